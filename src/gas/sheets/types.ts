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

/**
 * A tab's values from A1 to its last row and column with content, in one call (getSheetValues with -1 sizes,
 * as the reference documents); the same grid as readGrid. An empty tab has no such rectangle: [['']] then,
 * what getDataRange gives.
 */
export function readAllValues(sheet: Sheet): unknown[][] {
  try {
    const values = sheet.getSheetValues(1, 1, -1, -1);
    return values.length > 0 ? values : [['']];
  } catch {
    return [['']];
  }
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

/** The size Sheets gives a tab made by insertSheet: known, so never read back. */
export const NEW_TAB_ROWS = 1000;
export const NEW_TAB_COLUMNS = 26;

/**
 * The tabs of the spreadsheet by name, each looked up once per run and its handle reused. `whole` reads the
 * list once (getSheets plus one getName per tab: cheapest when most tabs are wanted); otherwise each name is
 * looked up when first asked for (cheapest for one tab). With `wanted` (how many names will be asked for),
 * a list longer than that is not named tab by tab: each wanted name is looked up instead (the user's own
 * tabs cost nothing).
 */
export class SheetDirectory {
  readonly #byName = new Map<string, Sheet | null>();
  #count: number | null = null;
  #whole = false;

  constructor(
    private readonly ss: Spreadsheet,
    whole = false,
    wanted = Infinity,
  ) {
    if (!whole) return;
    const sheets = ss.getSheets();
    this.#count = sheets.length;
    if (sheets.length > wanted) return;
    for (const sheet of sheets) this.#byName.set(sheet.getName(), sheet);
    this.#whole = true;
  }

  get(name: string): Sheet | null {
    const known = this.#byName.get(name);
    if (known !== undefined || this.#whole) return known ?? null;
    const sheet = this.ss.getSheetByName(name);
    this.#byName.set(name, sheet);
    return sheet;
  }

  /** Inserts a tab at `index` (or the end, when there are fewer tabs). */
  insert(name: string, index: number): Sheet {
    const count = (this.#count ??= this.ss.getNumSheets());
    const sheet = this.ss.insertSheet(name, Math.min(index, count));
    this.#count = count + 1;
    this.#byName.set(name, sheet);
    return sheet;
  }
}

/** True when a tab holds nothing: no value and no formula (formulas that show "" count as content). */
export function hasNoContent(sheet: Sheet): boolean {
  const range = sheet.getDataRange();
  return (
    range.getFormulas().every((row) => row.every((f) => f === '')) &&
    range.getValues().every((row) => row.every((v) => v === '' || v === null))
  );
}
