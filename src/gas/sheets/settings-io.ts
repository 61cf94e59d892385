// ตั้งค่า tab: created as a readable form (Thai label | value | English note), repaired by appending the
// rows it lacks, and written by the sidebar's "save settings" (values only; labels and notes stay).
import { FRAMEWORK_YEARS } from '../../core/framework';
import {
  DIGITS_ARABIC,
  DIGITS_THAI,
  LISTS_TAB,
  SETTINGS_TAB,
  SETTING_ROWS,
  CHAIN_FIELDS,
  chainLabel,
} from '../../core/tabs';
import {
  cellText,
  defaultSettings,
  matchHeaders,
  readSettings,
  safeCellValue,
  settingKeyOfLabel,
  settingsLines,
  type Settings,
  type SettingLine,
} from '../../core/workbook';
import {
  formatNewTab,
  listRule,
  protectHeader,
  readHeaderGuard,
  writeHeaderBlock,
  type Dropdowns,
  type NewTabLook,
} from './header-format';
import {
  blockWrites,
  prepareCells,
  writeCells,
  type CellWrite,
  type PreparedWrite,
  type WriteValue,
} from './safe-write';
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
import { readTabGrid, type TabGrid } from './read-workbook';

/** What set-up did to the tab, with the tab's cells as they now are (known or read, never re-read). */
type Outcome =
  | { kind: 'created'; grid: unknown[][] }
  | { kind: 'repaired'; addedColumns: string[]; addedRows: number; grid: unknown[][] }
  | { kind: 'unchanged'; grid: unknown[][] }
  | { kind: 'foreign' };

/** The parts of a set-up run the settings tab uses (scaffold.ts ScaffoldRun). */
export interface SettingsRun {
  tabs: SheetDirectory;
  dropdowns: Dropdowns;
  /** The header look shared by the tabs the run creates. */
  look?: NewTabLook;
}

/** Appends setting rows below the last row (cells that are empty, through the safe-write path). */
function writeLines(
  sheet: Sheet,
  startRow: number,
  lines: SettingLine[],
  labelCol: number,
  valueCol: number,
  noteCol: number,
): void {
  if (lines.length === 0) return;
  const width = Math.max(labelCol, valueCol, noteCol);
  const rows = lines.map((l) => {
    const row = new Array<WriteValue>(width).fill('');
    row[labelCol - 1] = l.label;
    row[valueCol - 1] = l.value;
    row[noteCol - 1] = l.note;
    return row;
  });
  writeCells(sheet, blockWrites(startRow, 1, rows));
}

/** Today's default settings with the framework years the add-on knows (the sidebar gets the same). */
export function workbookDefaults(today: Date, agency: { agencyName?: string; agencyType?: string } = {}): Settings {
  return defaultSettings(today, { frameworkYears: FRAMEWORK_YEARS, ...agency });
}

/**
 * The rules of the value cells of ประเภทหน่วยงาน, รอบการรายงาน and รูปแบบตัวเลข, by setting key. A list
 * rule is the one the table tabs use for the same list (built once per run).
 */
function settingRules(
  services: SheetsServices,
  dropdowns: Dropdowns,
): Record<string, () => GoogleAppsScript.Spreadsheet.DataValidation | null> {
  const fromList = (key: string) => () => {
    const cached = dropdowns.rules.get(`list:${key}`);
    if (cached) return cached;
    const r = dropdowns.list(key);
    const rule = r ? listRule(services, r) : null;
    if (rule) dropdowns.rules.set(`list:${key}`, rule);
    return rule;
  };
  return {
    agencyType: fromList('agencyTypes'),
    round: fromList('rounds'),
    digits: () => {
      const cached = dropdowns.rules.get('digits');
      if (cached) return cached;
      const rule = services.newDataValidation().requireValueInList([DIGITS_THAI, DIGITS_ARABIC], true).build();
      dropdowns.rules.set('digits', rule);
      return rule;
    },
  };
}

/**
 * A new ตั้งค่า tab: header and today's default lines in one write, the value column's dropdowns with the
 * tab's other formats (formatNewTab: one call for all its rules).
 */
function createSettingsTab(
  sheet: Sheet,
  services: SheetsServices,
  today: Date,
  dropdowns: Dropdowns,
  shared?: NewTabLook,
): unknown[][] {
  const lines = settingsLines(workbookDefaults(today));
  const block = [
    SETTINGS_TAB.columns.map((c) => c.header),
    ...lines.map((l) => [safeCellValue(l.label), safeCellValue(l.value), safeCellValue(l.note)]),
  ];
  const rows = Math.max(NEW_TAB_ROWS, block.length);
  const rules = settingRules(services, dropdowns);
  // Every line wraps, and its label is bold like the header.
  formatNewTab(
    sheet,
    services,
    SETTINGS_TAB.columns,
    block,
    rows,
    dropdowns,
    {
      wrap: (row) => row <= lines.length,
      bold: (_row, column) => column === 1,
      rule: (row, column) => (column === 2 ? (rules[lines[row - 1]?.key ?? '']?.() ?? null) : null),
    },
    shared,
  );
  return block;
}

/** Creates or repairs the ตั้งค่า tab; existing values are never changed. */
export function scaffoldSettings(
  ss: Spreadsheet,
  services: SheetsServices,
  today: Date,
  run: SettingsRun = { tabs: new SheetDirectory(ss), dropdowns: listDropdowns(ss) },
): Outcome {
  const existing = run.tabs.get(SETTINGS_TAB.name);
  if (!existing) {
    // The dropdowns' lists are looked up before the tab is inserted: a read after a write makes Sheets flush.
    const rules = settingRules(services, run.dropdowns);
    for (const rule of Object.values(rules)) rule();
    const sheet = run.tabs.insert(SETTINGS_TAB.name, 0);
    return { kind: 'created', grid: createSettingsTab(sheet, services, today, run.dropdowns, run.look) };
  }
  const sheet = existing;
  const values = readGrid(sheet);
  const match = matchHeaders(SETTINGS_TAB.columns, values);
  if (match.foreign) return { kind: 'foreign' };
  // Formulas that show "" are the user's content: such a tab is not empty, so it is not ours to fill.
  if (match.empty && !hasNoContent(sheet)) return { kind: 'foreign' };
  const guard = readHeaderGuard(sheet, services.rangeProtectionType);
  if (match.empty) {
    ensureColumns(sheet, 3);
    writeHeaderBlock(sheet, 1, 1, SETTINGS_TAB.columns, { values });
    const lines = settingsLines(workbookDefaults(today));
    writeLines(sheet, 2, lines, 1, 2, 3);
    SETTINGS_TAB.columns.forEach((c, i) => sheet.setColumnWidth(i + 1, c.width));
    sheet.getRange(2, 1, lines.length, 3).setWrap(true);
    sheet.getRange(2, 1, lines.length, 1).setFontWeight('bold');
    protectHeader(sheet, 1, 3, guard);
    const rules = settingRules(services, run.dropdowns);
    lines.forEach((l, i) => {
      const rule = rules[l.key]?.() ?? null;
      if (rule) sheet.getRange(i + 2, 2).setDataValidation(rule);
    });
    return {
      kind: 'repaired',
      addedColumns: SETTINGS_TAB.columns.map((c) => c.header),
      addedRows: lines.length,
      grid: readGrid(sheet),
    };
  }
  const labelCol = match.columns.label ?? 1;
  const valueCol = match.columns.value ?? 2;
  const noteCol = match.columns.note ?? Math.max(labelCol, valueCol) + 1;
  const addedColumns: string[] = [];
  if (match.columns.note === undefined) {
    ensureColumns(sheet, noteCol);
    writeHeaderBlock(
      sheet,
      match.headerRow,
      noteCol,
      [SETTINGS_TAB.columns[2] as (typeof SETTINGS_TAB.columns)[number]],
      { values },
    );
    addedColumns.push(SETTINGS_TAB.columns[2]?.header ?? '');
  }
  const present = new Set<string>();
  for (let r = match.headerRow; r < values.length; r++) {
    const key = settingKeyOfLabel(cellText(values[r]?.[labelCol - 1]));
    if (key) present.add(key);
  }
  const defaults = settingsLines(workbookDefaults(today));
  const steps = new Set([...present].filter((k) => k.startsWith('chain.')).map((k) => Number(k.split('.')[1])));
  const missing: SettingLine[] = [];
  for (const spec of SETTING_ROWS) {
    if (!present.has(spec.key)) missing.push(defaults.find((d) => d.key === spec.key) as SettingLine);
  }
  if (steps.size === 0) missing.push(...defaults.filter((d) => d.key.startsWith('chain.')));
  else {
    for (const n of steps) {
      for (const f of CHAIN_FIELDS) {
        if (!present.has(`chain.${n}.${f.key}`))
          missing.push({ key: `chain.${n}.${f.key}`, label: chainLabel(n, f.label), value: '', note: f.note });
      }
    }
  }
  protectHeader(sheet, match.headerRow, Math.max(3, match.lastHeaderColumn), guard);
  if (missing.length > 0)
    writeLines(sheet, Math.max(values.length, match.headerRow) + 1, missing, labelCol, valueCol, noteCol);
  if (missing.length === 0 && addedColumns.length === 0) return { kind: 'unchanged', grid: values };
  // Lines were added: what the tab now holds is read back (rare: a repair of an edited tab).
  return { kind: 'repaired', addedColumns, addedRows: missing.length, grid: readGrid(sheet) };
}

/** Dropdown lists read from the รายการ tab's header when first needed (the settings tab on its own). */
function listDropdowns(ss: Spreadsheet): Dropdowns {
  let columns: Record<string, number> | null = null;
  const lists = () => ss.getSheetByName(LISTS_TAB.name);
  return {
    list(key) {
      const sheet = lists();
      if (!sheet) return null;
      columns ??= matchHeaders(
        LISTS_TAB.columns,
        sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues(),
      ).columns;
      const c = columns[key];
      return c !== undefined ? sheet.getRange(2, c, Math.max(1, sheet.getMaxRows() - 1), 1) : null;
    },
    measureIds: () => null,
    rules: new Map(),
  };
}

/**
 * Saves settings typed in the sidebar: the value cell of each existing row is updated (one column block),
 * missing rows are appended. Labels, notes and any other column are left alone.
 */
export function writeSettings(
  ss: Spreadsheet,
  services: SheetsServices,
  settings: Settings,
  today: Date = new Date(),
): void {
  const tabs = new SheetDirectory(ss);
  const outcome = scaffoldSettings(ss, services, today, { tabs, dropdowns: listDropdowns(ss) });
  const sheet = tabs.get(SETTINGS_TAB.name);
  if (!sheet || outcome.kind === 'foreign') return;
  // The tab as set-up left it: read there, or read back after a repair; a new tab is read (its cells were
  // written in their stored form).
  const values = outcome.kind === 'created' ? readGrid(sheet) : outcome.grid;
  const read = readSettings(values);
  if (read.match.foreign) return;
  const valueCol = read.match.columns.value ?? 2;
  const labelCol = read.match.columns.label ?? 1;
  const noteCol = read.match.columns.note ?? 3;
  const lines = settingsLines(settings);
  const rowOfKey = new Map<string, number>();
  for (let r = read.match.headerRow; r < values.length; r++) {
    const key = settingKeyOfLabel(cellText(values[r]?.[labelCol - 1]));
    if (key && !rowOfKey.has(key)) rowOfKey.set(key, r);
  }
  // The value cells are the sidebar's: each is replaced with what was saved, unless it holds a formula.
  const writes: CellWrite[] = [];
  for (const l of lines) {
    const r = rowOfKey.get(l.key);
    if (r !== undefined) writes.push({ row: r + 1, column: valueCol, value: l.value });
  }
  // Chain steps removed in the sidebar: their rows are emptied (values only), labels stay.
  for (const [key, r] of rowOfKey) {
    if (key.startsWith('chain.') && !lines.some((l) => l.key === key))
      writes.push({ row: r + 1, column: valueCol, value: '' });
  }
  writeCells(sheet, writes, { values });
  const missing = lines.filter((l) => !rowOfKey.has(l.key));
  writeLines(sheet, values.length + 1, missing, labelCol, valueCol, noteCol);
}

/** Writes one setting's value cell (the ITA year a paste made current); label, note and other rows stay. */
export function writeSettingValue(ss: Spreadsheet, key: string, value: string | number): boolean {
  const prepared = prepareSettingValue(readTabGrid(ss, SETTINGS_TAB.name), key, value);
  prepared?.commit();
  return prepared !== null;
}

/**
 * Prepares the write of one setting's value cell on the ตั้งค่า tab read as `tab`; null when the tab or the
 * setting's row is not there (nothing can be written).
 */
export function prepareSettingValue(tab: TabGrid | null, key: string, value: string | number): PreparedWrite | null {
  if (!tab) return null;
  const { sheet, values } = tab;
  const read = readSettings(values);
  const row = read.cells[key]?.row;
  if (read.match.foreign || row === undefined || row < 1) return null;
  // Through the one safe path: a formula the user put in the cell stays.
  return prepareCells(sheet, [{ row, column: read.match.columns.value ?? 2, value }], { values });
}
