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
  prefillKeyOf,
  prefillRows,
  stalePrefillCells,
  type ColumnSpec,
  type PrefillSource,
  type TableTabSpec,
  type TabSpec,
} from '../../core/tabs';
import { cellText, matchHeaders, readSettings, type HeaderMatch } from '../../core/workbook';
import {
  applyColumnRules,
  dataRows,
  formatColumns,
  protectHeader,
  reapplyHeaderNotes,
  writeHeaderBlock,
  type DropdownSources,
  type PlacedColumn,
} from './header-format';
import { blockWrites, writeCells, type CellWrite } from './safe-write';
import { scaffoldSettings, workbookDefaults } from './settings-io';
import { ensureColumns, hasNoContent, readGrid, type Sheet, type SheetsServices, type Spreadsheet } from './types';

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

/** Gets or creates a tab at its standard position. */
function sheetFor(ss: Spreadsheet, spec: TabSpec): { sheet: Sheet; created: boolean } {
  const existing = ss.getSheetByName(spec.name);
  if (existing) return { sheet: existing, created: false };
  const index = Math.min(ALL_TABS.indexOf(spec), ss.getNumSheets());
  return { sheet: ss.insertSheet(spec.name, index), created: true };
}

/** The data rows under a matched header of `spec`'s `key` column on the tab `name`, or null. */
function columnBelowHeader(
  ss: Spreadsheet,
  name: string,
  columns: readonly ColumnSpec[],
): { sheet: Sheet; match: HeaderMatch } | null {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return null;
  const header = sheet.getRange(1, 1, Math.min(5, sheet.getMaxRows()), Math.max(1, sheet.getLastColumn())).getValues();
  const match = matchHeaders(columns, header);
  return match.foreign || match.empty ? null : { sheet, match };
}

/** Dropdown sources from the รายการ tab's columns (and the measure ids of มาตรการ). */
function dropdownSources(ss: Spreadsheet): DropdownSources {
  const sources: DropdownSources = { lists: {}, measureIds: null };
  const lists = columnBelowHeader(ss, LISTS_TAB.name, LISTS_TAB.columns);
  if (lists) {
    const { sheet, match } = lists;
    const rows = Math.max(1, sheet.getMaxRows() - match.headerRow);
    for (const col of LISTS_TAB.columns) {
      const c = match.columns[col.key];
      if (c !== undefined) sources.lists[col.key] = sheet.getRange(match.headerRow + 1, c, rows, 1);
    }
  }
  refreshMeasureIds(ss, sources);
  return sources;
}

/** Points the measure-id dropdown at the มาตรการ tab as it is now (it may have just been created). */
function refreshMeasureIds(ss: Spreadsheet, sources: DropdownSources): void {
  const measures = columnBelowHeader(ss, MEASURES_TAB.name, MEASURES_TAB.columns);
  const c = measures?.match.columns.id;
  sources.measureIds =
    measures && c !== undefined
      ? measures.sheet.getRange(
          measures.match.headerRow + 1,
          c,
          Math.max(1, measures.sheet.getMaxRows() - measures.match.headerRow),
          1,
        )
      : null;
  for (const key of [...(sources.rules?.keys() ?? [])]) if (key.startsWith('measureIds')) sources.rules?.delete(key);
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

/** Appends the pre-filled rows a tab lacks, in one block below the last row. */
function appendPrefill(
  sheet: Sheet,
  spec: TableTabSpec,
  match: HeaderMatch,
  values: unknown[][],
  source: PrefillSource,
  width: number,
): number {
  const wanted = prefillRows(spec.id, source);
  if (wanted.length === 0) return 0;
  const present = new Set<string>();
  for (const row of rowsAsText(spec, match, values)) if (row.key !== null) present.add(row.key);
  const missing = wanted.filter((w) => !present.has(w.key));
  if (missing.length === 0) return 0;
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
  writeCells(sheet, blockWrites(start, 1, rows), { values });
  return rows.length;
}

/**
 * Brings pre-filled cells the add-on wrote and the user left as they were up to date with the settings (a
 * changed fiscal year, digit style or agency name). Only those cells are written (one read of their
 * formulas, one write per run of them); the user's cells around them are never written back.
 */
function refreshPrefill(
  sheet: Sheet,
  spec: TableTabSpec,
  match: HeaderMatch,
  values: unknown[][],
  source: PrefillSource,
): number {
  const rows = rowsAsText(spec, match, values);
  const writes: CellWrite[] = [];
  for (const cell of stalePrefillCells(spec.id, source, rows)) {
    const c = match.columns[cell.field];
    if (c === undefined) continue;
    // Written only while the cell still shows the add-on's earlier text and holds no formula.
    const expect = rows[cell.index]?.cells[cell.field] ?? '';
    writes.push({ row: match.headerRow + cell.index + 1, column: c, value: cell.value, expect });
  }
  return writeCells(sheet, writes, { values });
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

/** Scaffolds one table tab. */
export function scaffoldTableTab(
  ss: Spreadsheet,
  spec: TableTabSpec,
  services: SheetsServices,
  source: PrefillSource,
  sources: () => DropdownSources,
): TabOutcome {
  const { sheet, created } = sheetFor(ss, spec);
  const values = created ? [] : readGrid(sheet);
  const match = matchHeaders(spec.columns, values);
  if (match.foreign) return { kind: 'foreign' };
  // Formulas that show "" are the user's content: such a tab is not empty, so it is not ours to fill.
  if (match.empty && !created && !hasNoContent(sheet)) return { kind: 'foreign' };
  if (match.empty) {
    ensureColumns(sheet, spec.columns.length);
    writeHeaderBlock(sheet, 1, 1, spec.columns, { values });
    const fresh = matchHeaders(spec.columns, [spec.columns.map((c) => c.header)]);
    const placed = spec.columns.map((s, i) => ({ spec: s, column: i + 1 }));
    const rows = dataRows(sheet, 1);
    formatColumns(sheet, 1, rows, placed);
    applyColumnRules(sheet, services, 1, rows, placed, sources());
    protectHeader(sheet, 1, spec.columns.length, services.rangeProtectionType);
    appendPrefill(sheet, spec, fresh, [spec.columns.map((c) => c.header)], source, spec.columns.length);
    return created
      ? { kind: 'created' }
      : { kind: 'repaired', addedColumns: spec.columns.map((c) => c.header), addedRows: 0 };
  }
  const addedColumns: string[] = [];
  const rows = dataRows(sheet, match.headerRow);
  if (match.missing.length > 0) {
    const first = Math.max(match.lastHeaderColumn, values[0]?.length ?? 0) + 1;
    ensureColumns(sheet, first + match.missing.length - 1);
    writeHeaderBlock(sheet, match.headerRow, first, match.missing, { values });
    const added = match.missing.map((s, i) => ({ spec: s, column: first + i }));
    formatColumns(sheet, match.headerRow, rows, added);
    for (const p of added) match.columns[p.spec.key] = p.column;
    match.lastHeaderColumn = first + match.missing.length - 1;
    addedColumns.push(...match.missing.map((m) => m.header));
  }
  // Existing columns too: a cleared dropdown, tick box or header note comes back; no value changes.
  const placed = placedColumns(spec.columns, match);
  reapplyHeaderNotes(sheet, match.headerRow, match.lastHeaderColumn, placed);
  applyColumnRules(sheet, services, match.headerRow, rows, placed, sources());
  protectHeader(sheet, match.headerRow, match.lastHeaderColumn, services.rangeProtectionType);
  const width = Math.max(match.lastHeaderColumn, values[0]?.length ?? 0);
  const refreshed = refreshPrefill(sheet, spec, match, values, source);
  const addedRows = appendPrefill(sheet, spec, match, values, source, width);
  return addedColumns.length > 0 || addedRows > 0 || refreshed > 0
    ? { kind: 'repaired', addedColumns, addedRows, ...(refreshed > 0 ? { refreshedCells: refreshed } : {}) }
    : { kind: 'unchanged' };
}

/** Scaffolds the รายการ tab: new list columns come with their default items. */
export function scaffoldListsTab(ss: Spreadsheet, services: SheetsServices): TabOutcome {
  const { sheet, created } = sheetFor(ss, LISTS_TAB);
  const values = created ? [] : readGrid(sheet);
  const match = matchHeaders(LISTS_TAB.columns, values);
  if (match.foreign || (match.empty && !created && !hasNoContent(sheet))) return { kind: 'foreign' };
  const missing = match.missing;
  if (!match.empty) {
    reapplyHeaderNotes(sheet, match.headerRow, match.lastHeaderColumn, placedColumns(LISTS_TAB.columns, match));
  }
  if (missing.length === 0) {
    protectHeader(sheet, match.headerRow, match.lastHeaderColumn, services.rangeProtectionType);
    return { kind: 'unchanged' };
  }
  const first = match.empty ? 1 : Math.max(match.lastHeaderColumn, values[0]?.length ?? 0) + 1;
  const depth = Math.max(...missing.map((c) => DEFAULT_LISTS[c.key as keyof typeof DEFAULT_LISTS].length));
  ensureColumns(sheet, first + missing.length - 1);
  writeHeaderBlock(sheet, match.headerRow, first, missing, { values });
  const block: string[][] = [];
  for (let i = 0; i < depth; i++)
    block.push(missing.map((c) => DEFAULT_LISTS[c.key as keyof typeof DEFAULT_LISTS][i] ?? ''));
  writeCells(sheet, blockWrites(match.headerRow + 1, first, block), { values });
  formatColumns(
    sheet,
    match.headerRow,
    dataRows(sheet, match.headerRow),
    missing.map((spec, i) => ({ spec, column: first + i })),
  );
  protectHeader(sheet, match.headerRow, first + missing.length - 1, services.rangeProtectionType);
  if (created) return { kind: 'created' };
  return { kind: 'repaired', addedColumns: missing.map((m) => m.header), addedRows: 0 };
}

function recordOutcome(summary: ScaffoldSummary, name: string, outcome: TabOutcome): void {
  if (outcome.kind === 'created') summary.created.push(name);
  else if (outcome.kind === 'repaired')
    summary.repaired.push({ tab: name, addedColumns: outcome.addedColumns, addedRows: outcome.addedRows });
  else if (outcome.kind === 'foreign') summary.foreign.push({ tab: name, ...FOREIGN_MESSAGE(name) });
  else summary.unchanged.push(name);
}

/** What pre-filled rows follow: the ตั้งค่า tab's years, digits and name (not read from a foreign tab). */
function prefillSourceOf(ss: Spreadsheet, settingsForeign: boolean, today: Date): PrefillSource {
  const settingsSheet = ss.getSheetByName(SETTINGS_TAB.name);
  const settings = settingsForeign || !settingsSheet ? null : readSettings(readGrid(settingsSheet)).settings;
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
  // The lists come first: every dropdown points at them.
  record(LISTS_TAB.name, scaffoldListsTab(ss, services));
  const today = options.today ?? new Date();
  const settingsOutcome = scaffoldSettings(ss, services, today);
  record(SETTINGS_TAB.name, settingsOutcome);
  const source = prefillSourceOf(ss, settingsOutcome.kind === 'foreign', today);
  let cached: DropdownSources | null = null;
  const sources = () => (cached ??= dropdownSources(ss));
  for (const spec of ALL_TABS) {
    if (spec.kind !== 'table') continue;
    // The measure-id dropdown of ผลการดำเนินการ needs the มาตรการ tab as scaffolded just before.
    if (spec.id === 'results' && cached) refreshMeasureIds(ss, cached);
    record(spec.name, scaffoldTableTab(ss, spec, services, source, sources));
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
  let outcome: TabOutcome;
  if (spec.kind === 'lists') outcome = scaffoldListsTab(ss, services);
  else if (spec.kind === 'keyValue') outcome = scaffoldSettings(ss, services, today);
  else outcome = scaffoldTableTab(ss, spec, services, prefillSourceOf(ss, false, today), () => dropdownSources(ss));
  recordOutcome(summary, spec.name, outcome);
  return summary;
}
