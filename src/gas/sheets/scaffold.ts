// Scaffold / repair: creates missing tabs, adds missing columns at the end, appends missing pre-filled rows,
// and never changes a cell the user typed. A same-named tab with a foreign shape is reported, not touched.
// Sheets calls per tab do not depend on the number of rows: one read of the data range, one write per block.
import type { ScaffoldSummary } from '../../core/rpc/contract';
import {
  ALL_TABS,
  DEFAULT_LISTS,
  LISTS_TAB,
  MEASURES_TAB,
  SETTINGS_TAB,
  hasPrefill,
  prefillKeyOf,
  prefillRows,
  stalePrefillCells,
  type ColumnSpec,
  type PrefillSource,
  type TableTabSpec,
  type TabSpec,
} from '../../core/tabs';
import { cellText, matchHeaders, readSettings, safeCellValue, type HeaderMatch } from '../../core/workbook';
import {
  applyColumnRules,
  dropdownsOf,
  prepareRuleRepair,
  formatColumns,
  formatNewTab,
  hasRule,
  lostRuleColumns,
  type HeaderGuard,
  protectHeader,
  readHeaderGuard,
  reapplyHeaderNotes,
  resolveRules,
  writeHeaderBlock,
  type DropdownSources,
  type Dropdowns,
  type NewTabLook,
  type PlacedColumn,
} from './header-format';
import { allOf, blockWrites, prepareCells, writeCells, type CellWrite, type PreparedWrite } from './safe-write';
import { scaffoldSettings, workbookDefaults } from './settings-io';
import {
  NEW_TAB_ROWS,
  SheetDirectory,
  ensureColumns,
  hasNoContent,
  readGrid,
  type Sheet,
  type SheetsServices,
  type Spreadsheet,
} from './types';

export interface ScaffoldOptions {
  /** Today, for the default fiscal year of a new ตั้งค่า tab. */
  today?: Date;
}

type TabOutcome =
  | { kind: 'created' }
  | { kind: 'repaired'; addedColumns: string[]; addedRows: number; refreshedCells?: number }
  | { kind: 'unchanged' }
  | { kind: 'foreign' };

const FOREIGN_MESSAGE = (name: string) => ({
  message_th: `แท็บ "${name}" มีอยู่แล้วแต่รูปแบบไม่ตรงกับแท็บมาตรฐาน ระบบไม่ได้แก้ไขแท็บนี้ เปลี่ยนชื่อแท็บเดิมแล้วสั่งสร้างใหม่ หากต้องการแท็บมาตรฐาน`,
  message_en: `A tab named "${name}" exists but does not look like the standard tab; it was left untouched. Rename it and run set-up again to get the standard tab.`,
});

/**
 * One set-up run: the tabs by name (each looked up once), the settings the pre-filled rows follow, and where
 * the tabs placed so far keep their lists and measure ids (so no header is read twice).
 */
export interface ScaffoldRun {
  readonly ss: Spreadsheet;
  readonly services: SheetsServices;
  readonly tabs: SheetDirectory;
  /** Table tabs read ahead of the run's first write (scaffoldWorkbook), so no read waits for a flush. */
  readonly reads: Map<string, TableRead>;
  /** Tabs placed in this run: sheet, header row, columns found, and their row count (read when needed). */
  readonly placed: Map<string, PlacedTab>;
  readonly dropdowns: Dropdowns;
  /** The header look the tabs created in this run share (the first one's, copied). */
  readonly look: NewTabLook;
}

export interface PlacedTab {
  sheet: Sheet;
  headerRow: number;
  columns: Record<string, number>;
  rows: () => number;
}

/** A run over `tabs`; dropdown lists come from the tabs it places, else from each tab's header, read once. */
export function scaffoldRun(ss: Spreadsheet, services: SheetsServices, tabs = new SheetDirectory(ss)): ScaffoldRun {
  const placed = new Map<string, PlacedTab>();
  const lookedUp = new Map<string, PlacedTab | null>();
  const where = (spec: TabSpec): PlacedTab | null => {
    const known = placed.get(spec.name);
    if (known) return known;
    if (!lookedUp.has(spec.name)) lookedUp.set(spec.name, columnBelowHeader(tabs, spec.name, spec.columns));
    return lookedUp.get(spec.name) ?? null;
  };
  const rangeBelow = (tab: PlacedTab | null, key: string) => {
    const c = tab?.columns[key];
    return tab && c !== undefined
      ? tab.sheet.getRange(tab.headerRow + 1, c, Math.max(1, tab.rows() - tab.headerRow), 1)
      : null;
  };
  const lists = new Map<string, GoogleAppsScript.Spreadsheet.Range | null>();
  return {
    ss,
    services,
    tabs,
    reads: new Map(),
    placed,
    look: { headerCell: null },
    dropdowns: {
      list(key) {
        if (!lists.has(key)) lists.set(key, rangeBelow(where(LISTS_TAB), key));
        return lists.get(key) ?? null;
      },
      // Not cached: the มาตรการ tab may be placed later in the run than the first ask.
      measureIds: () => rangeBelow(where(MEASURES_TAB), 'id'),
      rules: new Map(),
    },
  };
}

/** Rows of a tab, read once when first needed. */
function rowCount(sheet: Sheet, known?: number): () => number {
  let rows = known;
  return () => (rows ??= sheet.getMaxRows());
}

/** The header of an existing tab (read from its first rows), or null when missing, empty or foreign. */
function columnBelowHeader(tabs: SheetDirectory, name: string, columns: readonly ColumnSpec[]): PlacedTab | null {
  const sheet = tabs.get(name);
  if (!sheet) return null;
  const rows = rowCount(sheet);
  const header = sheet.getRange(1, 1, Math.min(5, rows()), Math.max(1, sheet.getLastColumn())).getValues();
  const match = matchHeaders(columns, header);
  return match.foreign || match.empty ? null : { sheet, headerRow: match.headerRow, columns: match.columns, rows };
}

/** The spec columns found in the sheet, at their sheet columns. */
function placedColumns(columns: readonly ColumnSpec[], match: HeaderMatch): PlacedColumn[] {
  return columns.flatMap((spec) => {
    const column = match.columns[spec.key];
    return column === undefined ? [] : [{ spec, column }];
  });
}

/** The data rows under the header as text by spec field, with their pre-fill key. */
function rowsAsText(
  spec: TableTabSpec,
  match: HeaderMatch,
  values: unknown[][],
): { key: string | null; cells: Record<string, string> }[] {
  const rows: { key: string | null; cells: Record<string, string> }[] = [];
  for (let r = match.headerRow; r < values.length; r++) {
    const cells: Record<string, string> = {};
    for (const col of spec.columns) {
      const c = match.columns[col.key];
      cells[col.key] = c === undefined ? '' : cellText(values[r]?.[c - 1]);
    }
    rows.push({ key: prefillKeyOf(spec.id, cells), cells });
  }
  return rows;
}

/** The pre-filled rows a tab lacks, in one block below the last row: prepared, with how many rows. */
function prepareAppendPrefill(
  sheet: Sheet,
  spec: TableTabSpec,
  match: HeaderMatch,
  values: unknown[][],
  source: PrefillSource,
  width: number,
): { write: PreparedWrite; rows: number } {
  const wanted = prefillRows(spec.id, source);
  if (wanted.length === 0) return { write: allOf(), rows: 0 };
  const present = new Set<string>();
  for (const row of rowsAsText(spec, match, values)) if (row.key !== null) present.add(row.key);
  const missing = wanted.filter((w) => !present.has(w.key));
  if (missing.length === 0) return { write: allOf(), rows: 0 };
  const rows = missing.map((w) => {
    const row = new Array<string>(width).fill('');
    for (const [field, value] of Object.entries(w.cells)) {
      const c = match.columns[field];
      if (c !== undefined) row[c - 1] = value;
    }
    return row;
  });
  const lastRow = Math.max(values.length, match.headerRow);
  // A tab whose data range is only the header ends at the header row.
  const start = values.length > match.headerRow ? lastRow + 1 : match.headerRow + 1;
  return { write: prepareCells(sheet, blockWrites(start, 1, rows), { values }), rows: rows.length };
}

/** Appends the pre-filled rows a tab lacks, in one block below the last row. */
function appendPrefill(
  sheet: Sheet,
  spec: TableTabSpec,
  match: HeaderMatch,
  values: unknown[][],
  source: PrefillSource,
  width: number,
): number {
  const prepared = prepareAppendPrefill(sheet, spec, match, values, source, width);
  prepared.write.commit();
  return prepared.rows;
}

/**
 * Brings pre-filled cells the add-on wrote and the user left as they were up to date with the settings (a
 * changed fiscal year, digit style or agency name). Only those cells are written (one read of their
 * formulas, one write per run of them); the user's cells around them are never written back. Prepared:
 * `commit()` writes.
 */
function prepareRefreshPrefill(
  sheet: Sheet,
  spec: TableTabSpec,
  match: HeaderMatch,
  values: unknown[][],
  source: PrefillSource,
): PreparedWrite {
  const rows = rowsAsText(spec, match, values);
  const writes: CellWrite[] = [];
  for (const cell of stalePrefillCells(spec.id, source, rows)) {
    const c = match.columns[cell.field];
    if (c === undefined) continue;
    // Written only while the cell still shows the add-on's earlier text and holds no formula.
    const expect = rows[cell.index]?.cells[cell.field] ?? '';
    writes.push({ row: match.headerRow + cell.index + 1, column: c, value: cell.value, expect });
  }
  return prepareCells(sheet, writes, { values });
}

function refreshPrefill(
  sheet: Sheet,
  spec: TableTabSpec,
  match: HeaderMatch,
  values: unknown[][],
  source: PrefillSource,
): number {
  const prepared = prepareRefreshPrefill(sheet, spec, match, values, source);
  prepared.commit();
  return prepared.count;
}

/** Refreshes the pre-filled tabs after the settings changed (saved from the sidebar). Returns cells changed. */
export function refreshPrefilledTabs(ss: Spreadsheet, source: PrefillSource): number {
  let changed = 0;
  for (const spec of ALL_TABS) {
    if (spec.kind !== 'table' || prefillRows(spec.id, source).length === 0) continue;
    const sheet = ss.getSheetByName(spec.name);
    if (!sheet) continue;
    const values = readGrid(sheet);
    const match = matchHeaders(spec.columns, values);
    if (match.foreign || match.empty) continue;
    changed += refreshPrefill(sheet, spec, match, values, source);
  }
  return changed;
}

/** A pre-filled row as a sheet row of `width` cells. */
function prefillLine(cells: Record<string, string>, columns: Record<string, number>, width: number) {
  const row = new Array<string | number | boolean>(width).fill('');
  for (const [field, value] of Object.entries(cells)) {
    const c = columns[field];
    if (c !== undefined) row[c - 1] = safeCellValue(value);
  }
  return row;
}

/** Scaffolds one table tab (on its own: the lists and measure ids come from `sources` when needed). */
export function scaffoldTableTab(
  ss: Spreadsheet,
  spec: TableTabSpec,
  services: SheetsServices,
  source: PrefillSource,
  sources: () => DropdownSources,
): TabOutcome {
  const run = scaffoldRun(ss, services);
  return scaffoldTableTabIn({ ...run, dropdowns: dropdownsOf(sources) }, spec, source);
}

/** Scaffolds one table tab within a run. */
export function scaffoldTableTabIn(run: ScaffoldRun, spec: TableTabSpec, source: PrefillSource): TabOutcome {
  const existing = run.tabs.get(spec.name);
  if (!existing) {
    // The dropdowns' lists are looked up before the tab is inserted: a read after a write makes Sheets flush.
    resolveRules(spec.columns, run.services, run.dropdowns);
    const sheet = run.tabs.insert(spec.name, ALL_TABS.indexOf(spec));
    const columns = Object.fromEntries(spec.columns.map((c, i) => [c.key, i + 1]));
    const width = spec.columns.length;
    const block = [
      spec.columns.map((c) => c.header),
      ...prefillRows(spec.id, source).map((w) => prefillLine(w.cells, columns, width)),
    ];
    const rows = Math.max(NEW_TAB_ROWS, block.length);
    formatNewTab(sheet, run.services, spec.columns, block, rows, run.dropdowns, undefined, run.look);
    run.placed.set(spec.name, { sheet, headerRow: 1, columns, rows: () => rows });
    return { kind: 'created' };
  }
  return repairTableTab(
    run,
    existing,
    spec,
    source,
    run.reads.get(spec.name) ?? readTableTab(existing, spec, run.services),
  );
}

/** What a repair reads of an existing table tab, before anything is written (to it or to another tab). */
export interface TableRead {
  readonly data: GoogleAppsScript.Spreadsheet.Range;
  readonly values: unknown[][];
  readonly match: HeaderMatch;
  /** Empty: no header and no content; foreign: another shape, or content without the header. */
  readonly kind: 'foreign' | 'empty' | 'filled';
  /** The header row's notes, the data rows' rules and the header guard (a filled tab). */
  readonly notes: string[];
  readonly rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][];
  readonly guard: HeaderGuard | null;
  /** Existing standard columns, at their sheet columns. */
  readonly existing: PlacedColumn[];
  readonly rows: () => number;
}

/** Reads an existing table tab for its repair: values, header notes, rules, frozen rows, protection. */
export function readTableTab(sheet: Sheet, spec: TableTabSpec, services: SheetsServices): TableRead {
  const data = sheet.getDataRange();
  const values = data.getValues();
  const match = matchHeaders(spec.columns, values);
  const rows = rowCount(sheet);
  const base = { data, values, match, rows, notes: [], rules: [], guard: null, existing: [] };
  if (match.foreign) return { ...base, kind: 'foreign' };
  // Formulas that show "" are the user's content: such a tab is not empty, so it is not ours to fill.
  if (match.empty) return { ...base, kind: hasNoContent(sheet) ? 'empty' : 'foreign' };
  const headerRow = match.headerRow;
  const notes = (data.getNotes()[headerRow - 1] ?? []).map(String);
  // Which standard columns still carry a rule on their data rows (a header-only tab: its first data row).
  const ruled = spec.columns.some(hasRule) && match.missing.length < spec.columns.length;
  const rules = !ruled
    ? []
    : values.length > headerRow
      ? data.getDataValidations().slice(headerRow)
      : sheet.getRange(headerRow + 1, 1, 1, Math.max(1, values[0]?.length ?? 1)).getDataValidations();
  const guard = readHeaderGuard(sheet, services.rangeProtectionType);
  const existing = placedColumns(spec.columns, match).filter((p) => !match.missing.includes(p.spec));
  // Rules to put back run to the sheet's last row: its row count is read now, with the rest.
  if (lostRuleColumns(existing, rules).length > 0) rows();
  return { ...base, kind: 'filled', notes, rules, guard, existing };
}

/** Repairs an existing table tab from what was read of it (`read`), every read before the first write. */
function repairTableTab(
  run: ScaffoldRun,
  sheet: Sheet,
  spec: TableTabSpec,
  source: PrefillSource,
  read: TableRead,
): TabOutcome {
  const { services } = run;
  const { values, match, rows } = read;
  if (read.kind === 'foreign') return { kind: 'foreign' };
  if (read.kind === 'empty') {
    ensureColumns(sheet, spec.columns.length);
    const guard = readHeaderGuard(sheet, services.rangeProtectionType);
    writeHeaderBlock(sheet, 1, 1, spec.columns, { values });
    const fresh = matchHeaders(spec.columns, [spec.columns.map((c) => c.header)]);
    const placed = spec.columns.map((s, i) => ({ spec: s, column: i + 1 }));
    const dataRows = () => Math.max(1, rows() - 1);
    formatColumns(sheet, 1, dataRows(), placed);
    applyColumnRules(sheet, services, 1, dataRows, placed, run.dropdowns);
    protectHeader(sheet, 1, spec.columns.length, guard);
    appendPrefill(sheet, spec, fresh, [spec.columns.map((c) => c.header)], source, spec.columns.length);
    run.placed.set(spec.name, { sheet, headerRow: 1, columns: fresh.columns, rows });
    return { kind: 'repaired', addedColumns: spec.columns.map((c) => c.header), addedRows: 0 };
  }
  const { headerRow } = match;
  const { notes, rules, existing } = read;
  const guard = read.guard as HeaderGuard;
  const dataRows = () => Math.max(1, rows() - headerRow);
  // Existing columns: a cleared dropdown, tick box or header note comes back; no value changes. The rules
  // are worked out now, so whatever they still need to read is read before anything is written.
  const restoreRules = prepareRuleRepair(sheet, services, headerRow, dataRows, existing, run.dropdowns, rules);
  const addedColumns: string[] = [];
  const existingWidth = match.lastHeaderColumn;
  if (match.missing.length > 0) {
    const first = Math.max(match.lastHeaderColumn, values[0]?.length ?? 0) + 1;
    ensureColumns(sheet, first + match.missing.length - 1);
    writeHeaderBlock(sheet, headerRow, first, match.missing, { values });
    const added = match.missing.map((s, i) => ({ spec: s, column: first + i }));
    formatColumns(sheet, headerRow, dataRows(), added);
    applyColumnRules(sheet, services, headerRow, dataRows, added, run.dropdowns);
    for (const p of added) match.columns[p.spec.key] = p.column;
    match.lastHeaderColumn = first + match.missing.length - 1;
    addedColumns.push(...match.missing.map((m) => m.header));
  }
  const width = Math.max(match.lastHeaderColumn, values[0]?.length ?? 0);
  const refresh = prepareRefreshPrefill(sheet, spec, match, values, source);
  const append = prepareAppendPrefill(sheet, spec, match, values, source, width);
  reapplyHeaderNotes(sheet, headerRow, existingWidth, existing, notes);
  restoreRules.commit();
  protectHeader(sheet, headerRow, match.lastHeaderColumn, guard);
  refresh.commit();
  append.write.commit();
  const refreshed = refresh.count;
  const addedRows = append.rows;
  run.placed.set(spec.name, { sheet, headerRow, columns: match.columns, rows });
  return addedColumns.length > 0 || addedRows > 0 || refreshed > 0
    ? { kind: 'repaired', addedColumns, addedRows, ...(refreshed > 0 ? { refreshedCells: refreshed } : {}) }
    : { kind: 'unchanged' };
}

/** Scaffolds the รายการ tab: new list columns come with their default items. */
export function scaffoldListsTab(
  ss: Spreadsheet,
  services: SheetsServices,
  run = scaffoldRun(ss, services),
): TabOutcome {
  const defaults = (c: ColumnSpec, i: number) => DEFAULT_LISTS[c.key as keyof typeof DEFAULT_LISTS][i] ?? '';
  const depthOf = (columns: readonly ColumnSpec[]) =>
    Math.max(...columns.map((c) => DEFAULT_LISTS[c.key as keyof typeof DEFAULT_LISTS].length));
  const existing = run.tabs.get(LISTS_TAB.name);
  if (!existing) {
    const sheet = run.tabs.insert(LISTS_TAB.name, ALL_TABS.indexOf(LISTS_TAB));
    const depth = depthOf(LISTS_TAB.columns);
    const block = [
      LISTS_TAB.columns.map((c) => c.header),
      ...Array.from({ length: depth }, (_, i) => LISTS_TAB.columns.map((c) => safeCellValue(defaults(c, i)))),
    ];
    const rows = Math.max(NEW_TAB_ROWS, block.length);
    formatNewTab(sheet, services, LISTS_TAB.columns, block, rows, run.dropdowns, undefined, run.look);
    const columns = Object.fromEntries(LISTS_TAB.columns.map((c, i) => [c.key, i + 1]));
    run.placed.set(LISTS_TAB.name, { sheet, headerRow: 1, columns, rows: () => rows });
    return { kind: 'created' };
  }
  const sheet = existing;
  const data = sheet.getDataRange();
  const values = data.getValues();
  const match = matchHeaders(LISTS_TAB.columns, values);
  if (match.foreign || (match.empty && !hasNoContent(sheet))) return { kind: 'foreign' };
  const notes = match.empty ? [] : (data.getNotes()[match.headerRow - 1] ?? []);
  const guard = readHeaderGuard(sheet, services.rangeProtectionType);
  const rows = rowCount(sheet);
  const missing = match.missing;
  if (!match.empty) {
    const placed = placedColumns(LISTS_TAB.columns, match);
    reapplyHeaderNotes(sheet, match.headerRow, match.lastHeaderColumn, placed, notes.map(String));
  }
  if (missing.length === 0) {
    protectHeader(sheet, match.headerRow, match.lastHeaderColumn, guard);
    run.placed.set(LISTS_TAB.name, { sheet, headerRow: match.headerRow, columns: match.columns, rows });
    return { kind: 'unchanged' };
  }
  const first = match.empty ? 1 : Math.max(match.lastHeaderColumn, values[0]?.length ?? 0) + 1;
  const depth = depthOf(missing);
  ensureColumns(sheet, first + missing.length - 1);
  writeHeaderBlock(sheet, match.headerRow, first, missing, { values });
  const block: string[][] = [];
  for (let i = 0; i < depth; i++) block.push(missing.map((c) => defaults(c, i)));
  writeCells(sheet, blockWrites(match.headerRow + 1, first, block), { values });
  const added = missing.map((spec, i) => ({ spec, column: first + i }));
  formatColumns(sheet, match.headerRow, Math.max(1, rows() - match.headerRow), added);
  protectHeader(sheet, match.headerRow, first + missing.length - 1, guard);
  for (const p of added) match.columns[p.spec.key] = p.column;
  run.placed.set(LISTS_TAB.name, { sheet, headerRow: match.headerRow, columns: match.columns, rows });
  return { kind: 'repaired', addedColumns: missing.map((m) => m.header), addedRows: 0 };
}

function recordOutcome(summary: ScaffoldSummary, name: string, outcome: TabOutcome): void {
  if (outcome.kind === 'created') summary.created.push(name);
  else if (outcome.kind === 'repaired')
    summary.repaired.push({ tab: name, addedColumns: outcome.addedColumns, addedRows: outcome.addedRows });
  else if (outcome.kind === 'foreign') summary.foreign.push({ tab: name, ...FOREIGN_MESSAGE(name) });
  else summary.unchanged.push(name);
}

/** What pre-filled rows follow: the ตั้งค่า tab's years, digits and name (`grid`: its cells; null if foreign). */
function prefillSourceOf(grid: unknown[][] | null, today: Date): PrefillSource {
  const settings = grid ? readSettings(grid).settings : null;
  // Unreadable years in the tab fall back to today's defaults, the same the new tab was given.
  const defaults = workbookDefaults(today);
  return {
    fiscalYear: settings?.fiscalYear || defaults.fiscalYear,
    frameworkYear: settings?.frameworkYear || defaults.frameworkYear,
    digits: settings?.digits ?? defaults.digits,
    agencyName: settings?.agencyName ?? '',
  };
}

/** Creates or repairs every standard tab. */
export function scaffoldWorkbook(
  ss: Spreadsheet,
  services: SheetsServices,
  options: ScaffoldOptions = {},
): ScaffoldSummary {
  const summary: ScaffoldSummary = { created: [], repaired: [], foreign: [], unchanged: [] };
  const record = (name: string, outcome: TabOutcome) => recordOutcome(summary, name, outcome);
  // Most tabs are wanted: the list of tabs is read once (and named, unless the user's own tabs make it longer).
  const run = scaffoldRun(ss, services, new SheetDirectory(ss, true, ALL_TABS.length));
  // Every existing table tab is read before the first write: a read after a write waits for a flush.
  for (const spec of ALL_TABS) {
    const sheet = spec.kind === 'table' ? run.tabs.get(spec.name) : null;
    if (sheet && spec.kind === 'table') run.reads.set(spec.name, readTableTab(sheet, spec, services));
  }
  // The lists come first: every dropdown points at them.
  record(LISTS_TAB.name, scaffoldListsTab(ss, services, run));
  const today = options.today ?? new Date();
  const settingsOutcome = scaffoldSettings(ss, services, today, run);
  record(SETTINGS_TAB.name, settingsOutcome);
  const source = prefillSourceOf(settingsOutcome.kind === 'foreign' ? null : settingsOutcome.grid, today);
  for (const spec of ALL_TABS) {
    if (spec.kind !== 'table') continue;
    record(spec.name, scaffoldTableTabIn(run, spec, source));
  }
  return summary;
}

/** The tabs in scaffoldWorkbook's order: the lists (every dropdown points at them), the settings, the tables. */
export const SCAFFOLD_ORDER: readonly TabSpec[] = [
  LISTS_TAB,
  SETTINGS_TAB,
  ...ALL_TABS.filter((spec) => spec.kind === 'table'),
];

/**
 * Sets up the tab at `index` of SCAFFOLD_ORDER alone, with the same per-tab code as scaffoldWorkbook; the
 * settings and dropdown lists are read afresh, so each call is complete and safe on its own (the sidebar
 * calls it tab by tab to show progress, and a failure part-way leaves the tabs before it finished).
 */
export function scaffoldTabAt(
  ss: Spreadsheet,
  services: SheetsServices,
  index: number,
  options: ScaffoldOptions = {},
): ScaffoldSummary {
  const spec = SCAFFOLD_ORDER[index];
  if (!spec) throw new RangeError(`There is no tab at set-up index ${index}.`);
  const today = options.today ?? new Date();
  const summary: ScaffoldSummary = { created: [], repaired: [], foreign: [], unchanged: [] };
  // One tab: each other tab it needs (settings, lists, measure ids) is looked up by name when needed.
  const run = scaffoldRun(ss, services);
  let outcome: TabOutcome;
  if (spec.kind === 'lists') outcome = scaffoldListsTab(ss, services, run);
  else if (spec.kind === 'keyValue') outcome = scaffoldSettings(ss, services, today, run);
  else {
    // Only a tab with pre-filled rows follows the settings: no other tab reads the ตั้งค่า tab.
    const settingsSheet = hasPrefill(spec.id) ? run.tabs.get(SETTINGS_TAB.name) : null;
    outcome = scaffoldTableTabIn(run, spec, prefillSourceOf(settingsSheet ? readGrid(settingsSheet) : null, today));
  }
  recordOutcome(summary, spec.name, outcome);
  return summary;
}
