// What the Sheets adapter needs besides the spreadsheet: the data-validation builder factory (a
// SpreadsheetApp method) and the document properties (highlight memory). workbook-api.ts passes the real
// services; tests, the playground and the CLI pass the fakes.
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetsServices {
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  /** SpreadsheetApp.newConditionalFormatRule(): highlights are conditional-format rules. */
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  /** Document properties: read once to restore and delete what the pre-rule version of highlights stored. */
  documentProperties: GoogleAppsScript.Properties.Properties;
  /** SpreadsheetApp.ProtectionType.RANGE. */
  rangeProtectionType: GoogleAppsScript.Spreadsheet.ProtectionType;
}

/** Grid of a tab: its data range values from A1 (one getValues). */
export function readGrid(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/** Makes room below the last row when a write would run past the sheet's end (Sheets refuses otherwise). */
export function ensureRows(sheet: Sheet, lastNeededRow: number): void {
  const max = sheet.getMaxRows();
  if (lastNeededRow > max) sheet.insertRowsAfter(max, lastNeededRow - max);
}

export function ensureColumns(sheet: Sheet, lastNeededColumn: number): void {
  const max = sheet.getMaxColumns();
  if (lastNeededColumn > max) sheet.insertColumnsAfter(max, lastNeededColumn - max);
}

/** True when a tab holds nothing: no value and no formula (formulas that show "" count as content). */
export function hasNoContent(sheet: Sheet): boolean {
  const range = sheet.getDataRange();
  return (
    range.getFormulas().every((row) => row.every((f) => f === '')) &&
    range.getValues().every((row) => row.every((v) => v === '' || v === null))
  );
}
