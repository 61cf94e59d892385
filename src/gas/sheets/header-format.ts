// Header and column formatting of a standard tab: bold shaded header with English notes, frozen header,
// widths, wrapping, dropdowns fed by the รายการ tab, tick boxes, and a warning-only header protection.
import type { ColumnSpec } from '../../core/tabs';
import type { Sheet, SheetsServices } from './types';

export const HEADER_BACKGROUND = '#d9ead3';
export const PROTECTION_DESCRIPTION = 'ITA Report Kit: แถวหัวตาราง (header row) — แก้ไขได้แต่ระบบจะเตือน';

/** Where each dropdown list lives: list key -> A1 range on the รายการ tab; measure ids on มาตรการ. */
export interface DropdownSources {
  lists: Partial<Record<string, GoogleAppsScript.Spreadsheet.Range>>;
  measureIds: GoogleAppsScript.Spreadsheet.Range | null;
}

/** Writes header cells and notes for `columns` placed at `firstColumn` onward (one block each). */
export function writeHeaderBlock(
  sheet: Sheet,
  headerRow: number,
  firstColumn: number,
  columns: readonly ColumnSpec[],
): void {
  if (columns.length === 0) return;
  const range = sheet.getRange(headerRow, firstColumn, 1, columns.length);
  range.setValues([columns.map((c) => c.header)]);
  range.setNotes([columns.map((c) => c.note)]);
  range.setFontWeight('bold');
  range.setBackground(HEADER_BACKGROUND);
  range.setWrap(true);
  range.setVerticalAlignment('middle');
}

/** Widths, wrapping, dropdowns and tick boxes of columns placed at `columnOf(spec)`; data rows only. */
export function formatColumns(
  sheet: Sheet,
  services: SheetsServices,
  headerRow: number,
  placed: readonly { spec: ColumnSpec; column: number }[],
  sources: DropdownSources,
): void {
  const firstData = headerRow + 1;
  const rows = Math.max(1, sheet.getMaxRows() - headerRow);
  for (const { spec, column } of placed) {
    sheet.setColumnWidth(column, spec.width);
    const data = sheet.getRange(firstData, column, rows, 1);
    if (spec.wrap) data.setWrap(true);
    let rule: GoogleAppsScript.Spreadsheet.DataValidation | null = null;
    if (spec.checkbox) rule = services.newDataValidation().requireCheckbox().build();
    else if (spec.list && sources.lists[spec.list]) {
      rule = services
        .newDataValidation()
        .requireValueInRange(sources.lists[spec.list] as GoogleAppsScript.Spreadsheet.Range, true)
        // Warn, never refuse: several units may share a cell ("สำนักปลัด / กองคลัง") and pasted old
        // documents must go in; the validator reports values outside the lists.
        .setAllowInvalid(true)
        .setHelpText(spec.note)
        .build();
    } else if (spec.measureIdList && sources.measureIds) {
      rule = services
        .newDataValidation()
        .requireValueInRange(sources.measureIds, true)
        .setAllowInvalid(true)
        .setHelpText(spec.note)
        .build();
    }
    if (rule) data.setDataValidation(rule);
  }
}

/** Frozen header and warning-only protection of the header row (added once). */
export function protectHeader(
  sheet: Sheet,
  headerRow: number,
  width: number,
  protectionType: GoogleAppsScript.Spreadsheet.ProtectionType,
): void {
  if (sheet.getFrozenRows() < headerRow) sheet.setFrozenRows(headerRow);
  const exists = sheet.getProtections(protectionType).some((p) => p.getDescription() === PROTECTION_DESCRIPTION);
  if (exists) return;
  const protection = sheet.getRange(headerRow, 1, 1, Math.max(1, width)).protect();
  protection.setDescription(PROTECTION_DESCRIPTION);
  protection.setWarningOnly(true);
}
