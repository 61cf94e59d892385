// Header and column formatting of a standard tab: bold shaded header with English notes, frozen header,
// widths, wrapping, dropdowns fed by the รายการ tab, tick boxes, and a warning-only header protection.
// Every Apps Script call costs a round trip, so a new tab is formatted in a fixed handful of calls (whole
// rectangles at once), and a repair writes only what differs from what it read.
import type { ColumnSpec } from '../../core/tabs';
import { allOf, blockWrites, writeCells, type PreparedWrite, type SeenGrid } from './safe-write';
import { NEW_TAB_COLUMNS, type Sheet, type SheetsServices } from './types';

export const HEADER_BACKGROUND = '#d9ead3';
export const PROTECTION_DESCRIPTION = 'ITA Report Kit: แถวหัวตาราง (header row) — แก้ไขได้แต่ระบบจะเตือน';
/** The width Sheets gives a column: a column of this class needs no call. */
export const DEFAULT_COLUMN_WIDTH = 100;

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Where each dropdown list lives: list key -> range on the รายการ tab; measure ids on มาตรการ. */
export interface DropdownSources {
  lists: Partial<Record<string, Range>>;
  measureIds: Range | null;
}

/**
 * The same, asked for only when a rule is really applied (a repair that finds every rule in place builds
 * none), with the rules built so far in this run: one per list.
 */
export interface Dropdowns {
  list(key: string): Range | null;
  measureIds(): Range | null;
  rules: Map<string, Rule>;
}

/** Dropdowns over sources given by a function, called once when first needed. */
export function dropdownsOf(sources: () => DropdownSources): Dropdowns {
  let got: DropdownSources | null = null;
  const get = () => (got ??= sources());
  return { list: (key) => get().lists[key] ?? null, measureIds: () => get().measureIds, rules: new Map() };
}

/** A column spec at its 1-based sheet column. */
export interface PlacedColumn {
  spec: ColumnSpec;
  column: number;
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

/**
 * Width classes: narrow codes and numbers, Sheets' default, medium text, long text. Few classes make long
 * runs of equal widths (one call each), and default-width columns need no call at all.
 */
export function widthClass(width: number): number {
  if (width <= 90) return 80;
  if (width <= 150) return DEFAULT_COLUMN_WIDTH;
  if (width <= 240) return 200;
  return 320;
}

/** One setColumnWidths call: `count` columns from `column` get `width`. */
export interface WidthPaint {
  column: number;
  count: number;
  width: number;
}

/**
 * The fewest setColumnWidths calls that leave every placed column at its class width, columns starting at
 * the default width: a later call may repaint part of an earlier one, so 200 | 320 | 200 takes two calls
 * (200 over all three, then 320 in the middle), not three. Calls in the order they must run.
 */
export function widthPaints(placed: readonly PlacedColumn[]): WidthPaint[] {
  const out: WidthPaint[] = [];
  for (const run of columnRuns(placed, () => true)) {
    const want = run.map((p) => widthClass(p.spec.width));
    const first = (run[0] as PlacedColumn).column;
    // cost(i, j, under): calls to give columns i..j their widths when they now show `under`. The first call
    // that covers column i can start at i and end at some k; inside it the columns then show its width.
    const memo = new Map<string, { cost: number; end: number }>();
    const cost = (i: number, j: number, under: number): number => {
      if (i > j) return 0;
      if (want[i] === under) return cost(i + 1, j, under);
      const key = `${i},${j},${under}`;
      const known = memo.get(key);
      if (known) return known.cost;
      let best = { cost: Infinity, end: i };
      for (let k = i; k <= j; k++) {
        const c = 1 + cost(i + 1, k, want[i] as number) + cost(k + 1, j, under);
        if (c < best.cost) best = { cost: c, end: k };
      }
      memo.set(key, best);
      return best.cost;
    };
    const emit = (i: number, j: number, under: number): void => {
      if (i > j) return;
      if (want[i] === under) return emit(i + 1, j, under);
      cost(i, j, under);
      const { end } = memo.get(`${i},${j},${under}`) as { end: number };
      out.push({ column: first + i, count: end - i + 1, width: want[i] as number });
      emit(i + 1, end, want[i] as number);
      emit(end + 1, j, under);
    };
    emit(0, want.length - 1, DEFAULT_COLUMN_WIDTH);
  }
  return out;
}

/** Widths of new columns (which Sheets creates at the default width): the fewest calls widthPaints finds. */
export function setColumnWidths(sheet: Sheet, placed: readonly PlacedColumn[]): void {
  for (const p of widthPaints(placed)) sheet.setColumnWidths(p.column, p.count, p.width);
}

/** The header cells' look: bold, shaded, wrapped, centred vertically (the wrap is set by the caller). */
function styleHeader(header: Range, columns: readonly ColumnSpec[], bold = true): void {
  header.setNotes([columns.map((c) => c.note)]);
  if (bold) header.setFontWeight('bold');
  header.setBackground(HEADER_BACKGROUND);
  header.setVerticalAlignment('middle');
}

/** The dropdown or tick-box rule of a column, built once per list per run; null when it has none. */
function ruleFor(spec: ColumnSpec, services: SheetsServices, sources: Dropdowns): Rule | null {
  const key = spec.checkbox ? 'checkbox' : spec.list ? `list:${spec.list}` : spec.measureIdList ? 'measureIds' : null;
  if (key === null) return null;
  const cached = sources.rules.get(key);
  if (cached) return cached;
  let rule: Rule | null = null;
  if (spec.checkbox) rule = services.newDataValidation().requireCheckbox().build();
  else {
    const source = spec.list ? sources.list(spec.list) : sources.measureIds();
    if (source) rule = listRule(services, source);
  }
  if (rule) sources.rules.set(key, rule);
  return rule;
}

/**
 * A dropdown of the values in `source`. Warn, never refuse: several units may share a cell ("สำนักปลัด /
 * กองคลัง") and pasted old documents must go in; the validator reports values outside the lists. Warning is
 * the builder's default ("The default for new data validation rules is true", DataValidation reference), so
 * no setAllowInvalid call.
 */
export function listRule(services: SheetsServices, source: Range): Rule {
  return services.newDataValidation().requireValueInRange(source, true).build();
}

/** Builds (or finds) the rules of `columns` now, so the reads of their lists come before any write. */
export function resolveRules(columns: readonly ColumnSpec[], services: SheetsServices, sources: Dropdowns): void {
  for (const c of columns) ruleFor(c, services, sources);
}

/** Whether a column of this spec carries a dropdown or tick box. */
export const hasRule = (spec: ColumnSpec): boolean => Boolean(spec.checkbox || spec.list || spec.measureIdList);

/** How the data rows of a new tab look, when not as their column specs say (the ตั้งค่า tab's lines). */
export interface DataLook {
  /** Whether data row `row` (1 = first below the header) of column `column` (1-based) wraps. */
  wrap(row: number, column: number): boolean;
  /** Bold cells among the written rows below the header. */
  bold?(row: number, column: number): boolean;
  /** A rule of one cell among the written rows below the header, where its column has none. */
  rule?(row: number, column: number): Rule | null;
}

/**
 * What the tabs created in one set-up run share: the look of the first header made, which the next ones
 * copy in one call (copyFormatToRange) instead of three (bold, shade, vertical alignment).
 */
export interface NewTabLook {
  /** A1 of the first header styled in this run, as a one-cell source (so any width repeats it exactly). */
  headerCell: (() => Range) | null;
}

/**
 * A tab created this run (known size, nothing on it): header and pre-filled rows in one write, the header's
 * look copied from the run's first header (or set, on the first), wrapping and dropdowns each in one call
 * over the whole rectangle, widths in the fewest calls, frozen and protected header. `rows` is the tab's row
 * count.
 */
export function formatNewTab(
  sheet: Sheet,
  services: SheetsServices,
  columns: readonly ColumnSpec[],
  block: (string | number | boolean)[][],
  rows: number,
  sources: Dropdowns,
  look: DataLook = { wrap: (_, c) => Boolean(columns[c - 1]?.wrap) },
  shared: NewTabLook = { headerCell: null },
): void {
  const width = columns.length;
  if (width > NEW_TAB_COLUMNS) sheet.insertColumnsAfter(NEW_TAB_COLUMNS, width - NEW_TAB_COLUMNS);
  const written = sheet.getRange(1, 1, block.length, width);
  written.setValues(block);
  const bold = look.bold;
  if (bold) {
    written.setFontWeights(block.map((_, r) => columns.map((_c, c) => (r === 0 || bold(r, c + 1) ? 'bold' : null))));
  }
  const header = block.length === 1 ? written : sheet.getRange(1, 1, 1, width);
  header.setNotes([columns.map((c) => c.note)]);
  if (shared.headerCell) shared.headerCell().copyFormatToRange(sheet, 1, width, 1, 1);
  else {
    if (!bold) header.setFontWeight('bold');
    header.setBackground(HEADER_BACKGROUND);
    header.setVerticalAlignment('middle');
    let cell: Range | null = null;
    shared.headerCell = () => (cell ??= sheet.getRange(1, 1));
  }
  const all = sheet.getRange(1, 1, rows, width);
  all.setWraps(Array.from({ length: rows }, (_, r) => columns.map((_c, c) => r === 0 || look.wrap(r, c + 1))));
  // One call for every rule: over all rows when a column has one, else over the written rows. Row 1 gets
  // null: the header has no rule (and a new tab has none to lose).
  const rules = columns.map((c) => ruleFor(c, services, sources));
  const ruleAt = (r: number, c: number): Rule | null =>
    r === 0 ? null : (rules[c] ?? (r < block.length ? (look.rule?.(r, c + 1) ?? null) : null));
  const ruleRows = rules.some((r) => r !== null) ? rows : block.length;
  const grid = Array.from({ length: ruleRows }, (_, r) => columns.map((_c, c) => ruleAt(r, c)));
  if (grid.some((line) => line.some((r) => r !== null))) (ruleRows === rows ? all : written).setDataValidations(grid);
  setColumnWidths(
    sheet,
    columns.map((spec, i) => ({ spec, column: i + 1 })),
  );
  sheet.setFrozenRows(1);
  protectRange(header);
}

/**
 * Writes header cells and notes for `columns` placed at `firstColumn` onward on an existing tab (one block
 * each). The header text goes only into empty cells (the safe-write path); `seen` is the data range the
 * caller just read.
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
  styleHeader(range, columns);
  range.setWrap(true);
}

/** Data rows below the header, as far as the sheet goes (at least one). */
export function dataRows(sheet: Sheet, headerRow: number): number {
  return Math.max(1, sheet.getMaxRows() - headerRow);
}

/** Widths and wrapping of columns added to an existing tab: one call per run of a width class or of wrapping. */
export function formatColumns(sheet: Sheet, headerRow: number, rows: number, placed: readonly PlacedColumn[]): void {
  setColumnWidths(sheet, placed);
  const wrapped = placed.filter((p) => p.spec.wrap);
  for (const run of columnRuns(wrapped, () => true)) {
    sheet.getRange(headerRow + 1, (run[0] as PlacedColumn).column, rows, run.length).setWrap(true);
  }
}

/**
 * Dropdowns and tick boxes on the data rows of new `placed` columns: one call per run of adjacent ruled
 * columns (existing columns get theirs back through prepareRuleRepair). Values are never touched; columns
 * without a rule (or whose list is missing) keep whatever validation they have.
 */
export function applyColumnRules(
  sheet: Sheet,
  services: SheetsServices,
  headerRow: number,
  rows: () => number,
  placed: readonly PlacedColumn[],
  sources: Dropdowns,
): void {
  const ruled = placed.filter((p) => hasRule(p.spec));
  for (const run of columnRuns(ruled, () => true)) {
    const line = run.map((p) => ruleFor(p.spec, services, sources));
    if (line.every((r) => r === null)) continue;
    const n = rows();
    const range = sheet.getRange(headerRow + 1, (run[0] as PlacedColumn).column, n, run.length);
    if (run.length === 1 && line[0]) range.setDataValidation(line[0]);
    else range.setDataValidations(Array.from({ length: n }, () => line));
  }
}

/** The ruled columns among `placed` where a data row read (`read`, row 0 = first data row) has no rule. */
export function lostRuleColumns(
  placed: readonly PlacedColumn[],
  read: readonly (readonly (Rule | null)[])[],
): PlacedColumn[] {
  return placed.filter((p) => hasRule(p.spec) && read.some((row) => !row[p.column - 1]));
}

/**
 * Dropdowns and tick boxes put back on the data rows of existing standard columns, from the rules read off
 * those rows (`read`: row 0 is the first data row). A cell that has a rule (ours or the user's) keeps it; a
 * cell without one gets the rule nearest above it in its column (below, at the top); the rows past the read
 * ones get the column's last rule; a column with no rule left gets its standard rule. Reusing the rules
 * read builds none and keeps the user's. Every read (the row count, the lists of a standard rule) is done
 * here; the writes (one for the tab when every data row was read, else one per run of adjacent columns to
 * restore) are returned unsent.
 */
export function prepareRuleRepair(
  sheet: Sheet,
  services: SheetsServices,
  headerRow: number,
  rows: () => number,
  placed: readonly PlacedColumn[],
  sources: Dropdowns,
  read: readonly (readonly (Rule | null)[])[],
): PreparedWrite {
  const lost = lostRuleColumns(placed, read);
  if (lost.length === 0) return allOf();
  const n = rows();
  const filled = new Map<number, (Rule | null)[]>();
  for (const p of lost) {
    const column = read.map((row) => row[p.column - 1] ?? null);
    const first = column.find((r) => r !== null) ?? ruleFor(p.spec, services, sources);
    // A column whose list is missing keeps whatever validation it has.
    if (!first) continue;
    let above: Rule = first;
    filled.set(
      p.column,
      Array.from({ length: n }, (_, i) => {
        const own = column[i];
        if (own) above = own;
        return own ?? above;
      }),
    );
  }
  const restored = lost.filter((p) => filled.has(p.column));
  if (restored.length === 0) return allOf();
  // Every data row was read: the columns between those restored are known too and are written back as
  // read, so one rectangle does the tab. Otherwise one write per run of adjacent restored columns.
  const columns = restored.map((p) => p.column);
  const runs =
    read.length >= n
      ? [{ first: Math.min(...columns), width: Math.max(...columns) - Math.min(...columns) + 1 }]
      : columnRuns(restored, () => true).map((run) => ({ first: (run[0] as PlacedColumn).column, width: run.length }));
  const ruleAt = (i: number, column: number): Rule | null => filled.get(column)?.[i] ?? read[i]?.[column - 1] ?? null;
  const writes = runs.map(({ first, width }) => () => {
    const block = Array.from({ length: n }, (_, i) => Array.from({ length: width }, (_c, c) => ruleAt(i, first + c)));
    sheet.getRange(headerRow + 1, first, n, width).setDataValidations(block);
  });
  return { count: writes.length, commit: () => writes.forEach((write) => write()) };
}

/**
 * Header notes of the standard columns put back where they are missing or differ, from notes already read
 * (`notes`: the header row's notes); notes on the user's own columns are kept. At most one write.
 */
export function reapplyHeaderNotes(
  sheet: Sheet,
  headerRow: number,
  width: number,
  placed: readonly PlacedColumn[],
  read: readonly string[],
): void {
  if (width === 0) return;
  const notes = Array.from({ length: width }, (_, i) => read[i] ?? '');
  let changed = false;
  for (const { spec, column } of placed) {
    if (column <= width && notes[column - 1] !== spec.note) {
      notes[column - 1] = spec.note;
      changed = true;
    }
  }
  if (changed) sheet.getRange(headerRow, 1, 1, width).setNotes([notes]);
}

/** What a repair needs to know about a tab's header protection, read before any write. */
export interface HeaderGuard {
  frozenRows: number;
  protected: boolean;
}

/** Reads the frozen rows and whether the add-on's header protection is there. */
export function readHeaderGuard(
  sheet: Sheet,
  protectionType: GoogleAppsScript.Spreadsheet.ProtectionType,
): HeaderGuard {
  return {
    frozenRows: sheet.getFrozenRows(),
    protected: sheet.getProtections(protectionType).some((p) => p.getDescription() === PROTECTION_DESCRIPTION),
  };
}

/** Frozen header and warning-only protection of the header row, each added when missing. */
export function protectHeader(sheet: Sheet, headerRow: number, width: number, guard: HeaderGuard): void {
  if (guard.frozenRows < headerRow) sheet.setFrozenRows(headerRow);
  if (!guard.protected) protectRange(sheet.getRange(headerRow, 1, 1, Math.max(1, width)));
}

function protectRange(range: Range): void {
  const protection = range.protect();
  protection.setDescription(PROTECTION_DESCRIPTION);
  protection.setWarningOnly(true);
}
