// Header and column formatting of a standard tab: bold shaded header with English notes, frozen header,
// widths, wrapping, dropdowns fed by the รายการ tab, tick boxes, and a warning-only header protection.
import type { ColumnSpec } from '../../core/tabs';
import { blockWrites, writeCells, type SeenGrid } from './safe-write';
import type { Sheet, SheetsServices } from './types';

export const HEADER_BACKGROUND = '#d9ead3';
export const PROTECTION_DESCRIPTION = 'ITA Report Kit: แถวหัวตาราง (header row) — แก้ไขได้แต่ระบบจะเตือน';

/** Where each dropdown list lives: list key -> A1 range on the รายการ tab; measure ids on มาตรการ. */
export interface DropdownSources {
  lists: Partial<Record<string, GoogleAppsScript.Spreadsheet.Range>>;
  measureIds: GoogleAppsScript.Spreadsheet.Range | null;
  /** Rules built so far from these sources, so each distinct rule is built once per run. */
  rules?: Map<string, GoogleAppsScript.Spreadsheet.DataValidation>;
}

/** A column spec at its 1-based sheet column. */
export interface PlacedColumn {
  spec: ColumnSpec;
  column: number;
}

/**
 * Writes header cells and notes for `columns` placed at `firstColumn` onward (one block each). The header
 * text goes only into empty cells (the safe-write path); `seen` is the data range the caller just read.
 */
export function writeHeaderBlock(
  sheet: Sheet,
  headerRow: number,
  firstColumn: number,
  columns: readonly ColumnSpec[],
  seen?: SeenGrid,
): void {
  if (columns.length === 0) return;
  writeCells(sheet, blockWrites(headerRow, firstColumn, [columns.map((c) => c.header)]), seen);
  const range = sheet.getRange(headerRow, firstColumn, 1, columns.length);
  range.setNotes([columns.map((c) => c.note)]);
  range.setFontWeight('bold');
  range.setBackground(HEADER_BACKGROUND);
  range.setWrap(true);
  range.setVerticalAlignment('middle');
}

/** Runs of adjacent sheet columns (in column order) where `same(previous, next)` holds. */
export function columnRuns<T extends PlacedColumn>(placed: readonly T[], same: (a: T, b: T) => boolean): T[][] {
  const out: T[][] = [];
  for (const p of [...placed].sort((a, b) => a.column - b.column)) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && p.column === last.column + 1 && same(last, p)) run.push(p);
    else out.push([p]);
  }
  return out;
}

/** Data rows below the header, as far as the sheet goes (at least one). */
export function dataRows(sheet: Sheet, headerRow: number): number {
  return Math.max(1, sheet.getMaxRows() - headerRow);
}

/** Widths and wrapping of new columns: one call per run of equal widths, one per run of wrapped columns. */
export function formatColumns(sheet: Sheet, headerRow: number, rows: number, placed: readonly PlacedColumn[]): void {
  for (const run of columnRuns(placed, (a, b) => a.spec.width === b.spec.width)) {
    const first = run[0] as PlacedColumn;
    sheet.setColumnWidths(first.column, run.length, first.spec.width);
  }
  const wrapped = placed.filter((p) => p.spec.wrap);
  for (const run of columnRuns(wrapped, () => true)) {
    sheet.getRange(headerRow + 1, (run[0] as PlacedColumn).column, rows, run.length).setWrap(true);
  }
}

/** The dropdown or tick-box rule of a column, built once per distinct rule; null when it has none. */
function ruleFor(
  spec: ColumnSpec,
  services: SheetsServices,
  sources: DropdownSources,
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const source = spec.checkbox
    ? null
    : spec.list
      ? (sources.lists[spec.list] ?? null)
      : spec.measureIdList
        ? sources.measureIds
        : null;
  if (!spec.checkbox && !source) return null;
  const key = spec.checkbox ? 'checkbox' : `${spec.list ?? 'measureIds'}\u0001${spec.note}`;
  const cache = (sources.rules ??= new Map());
  const cached = cache.get(key);
  if (cached) return cached;
  const rule = spec.checkbox
    ? services.newDataValidation().requireCheckbox().build()
    : services
        .newDataValidation()
        .requireValueInRange(source as GoogleAppsScript.Spreadsheet.Range, true)
        // Warn, never refuse: several units may share a cell ("สำนักปลัด / กองคลัง") and pasted old
        // documents must go in; the validator reports values outside the lists.
        .setAllowInvalid(true)
        .setHelpText(spec.note)
        .build();
  cache.set(key, rule);
  return rule;
}

/**
 * Dropdowns and tick boxes on the data rows of `placed` columns, new or existing (a repair puts back a
 * rule the user cleared). Values are never touched; columns without a rule (or whose list is missing)
 * keep whatever validation they have. One call per run of adjacent ruled columns.
 */
export function applyColumnRules(
  sheet: Sheet,
  services: SheetsServices,
  headerRow: number,
  rows: number,
  placed: readonly PlacedColumn[],
  sources: DropdownSources,
): void {
  const ruled = placed
    .map((p) => ({ ...p, rule: ruleFor(p.spec, services, sources) }))
    .filter((p): p is PlacedColumn & { rule: GoogleAppsScript.Spreadsheet.DataValidation } => p.rule !== null);
  if (ruled.length === 0) return;
  for (const run of columnRuns(ruled, () => true)) {
    const range = sheet.getRange(headerRow + 1, (run[0] as PlacedColumn).column, rows, run.length);
    if (run.length === 1) range.setDataValidation((run[0] as (typeof ruled)[number]).rule);
    else {
      const line = run.map((p) => p.rule);
      range.setDataValidations(Array.from({ length: rows }, () => line));
    }
  }
}

/**
 * Header notes of the standard columns put back where they are missing or differ (one read, at most one
 * write); notes on the user's own columns are kept.
 */
export function reapplyHeaderNotes(sheet: Sheet, headerRow: number, width: number, placed: readonly PlacedColumn[]) {
  if (width === 0) return;
  const range = sheet.getRange(headerRow, 1, 1, width);
  const notes = range.getNotes()[0] ?? [];
  let changed = false;
  for (const { spec, column } of placed) {
    if (column <= width && notes[column - 1] !== spec.note) {
      notes[column - 1] = spec.note;
      changed = true;
    }
  }
  if (changed) range.setNotes([notes]);
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
