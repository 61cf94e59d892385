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
  settingKeyOfLabel,
  settingsLines,
  type Settings,
  type SettingLine,
} from '../../core/workbook';
import { protectHeader, writeHeaderBlock } from './header-format';
import { blockWrites, writeCells, type CellWrite, type WriteValue } from './safe-write';
import { ensureColumns, hasNoContent, readGrid, type Sheet, type SheetsServices, type Spreadsheet } from './types';

type Outcome =
  | { kind: 'created' }
  | { kind: 'repaired'; addedColumns: string[]; addedRows: number }
  | { kind: 'unchanged' }
  | { kind: 'foreign' };

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

/** Dropdowns on the value cells of ประเภทหน่วยงาน, รอบการรายงาน and รูปแบบตัวเลข. */
function settingDropdowns(
  ss: Spreadsheet,
  sheet: Sheet,
  services: SheetsServices,
  rowOf: (key: string) => number | undefined,
  valueCol: number,
): void {
  const lists = ss.getSheetByName(LISTS_TAB.name);
  // One header read serves both list-backed dropdowns.
  const listColumns = lists
    ? matchHeaders(LISTS_TAB.columns, lists.getRange(1, 1, 1, Math.max(1, lists.getLastColumn())).getValues()).columns
    : {};
  const listRange = (key: string) => {
    const c = listColumns[key];
    return lists && c !== undefined ? lists.getRange(2, c, Math.max(1, lists.getMaxRows() - 1), 1) : null;
  };
  const apply = (key: string, build: () => GoogleAppsScript.Spreadsheet.DataValidation | null) => {
    const row = rowOf(key);
    const rule = row ? build() : null;
    if (row && rule) sheet.getRange(row, valueCol).setDataValidation(rule);
  };
  apply('agencyType', () => {
    const r = listRange('agencyTypes');
    return r ? services.newDataValidation().requireValueInRange(r, true).setAllowInvalid(true).build() : null;
  });
  apply('round', () => {
    const r = listRange('rounds');
    return r ? services.newDataValidation().requireValueInRange(r, true).setAllowInvalid(true).build() : null;
  });
  apply('digits', () => services.newDataValidation().requireValueInList([DIGITS_THAI, DIGITS_ARABIC], true).build());
}

/** Creates or repairs the ตั้งค่า tab; existing values are never changed. */
export function scaffoldSettings(ss: Spreadsheet, services: SheetsServices, today: Date): Outcome {
  const existing = ss.getSheetByName(SETTINGS_TAB.name);
  const sheet = existing ?? ss.insertSheet(SETTINGS_TAB.name, 0);
  const values = existing ? readGrid(sheet) : [];
  const match = matchHeaders(SETTINGS_TAB.columns, values);
  if (match.foreign) return { kind: 'foreign' };
  // Formulas that show "" are the user's content: such a tab is not empty, so it is not ours to fill.
  if (match.empty && existing && !hasNoContent(sheet)) return { kind: 'foreign' };
  if (match.empty) {
    ensureColumns(sheet, 3);
    writeHeaderBlock(sheet, 1, 1, SETTINGS_TAB.columns, { values });
    const lines = settingsLines(workbookDefaults(today));
    writeLines(sheet, 2, lines, 1, 2, 3);
    SETTINGS_TAB.columns.forEach((c, i) => sheet.setColumnWidth(i + 1, c.width));
    sheet.getRange(2, 1, lines.length, 3).setWrap(true);
    sheet.getRange(2, 1, lines.length, 1).setFontWeight('bold');
    protectHeader(sheet, 1, 3, services.rangeProtectionType);
    const rowByKey = new Map(lines.map((l, i) => [l.key, i + 2]));
    settingDropdowns(ss, sheet, services, (k) => rowByKey.get(k), 2);
    return existing
      ? { kind: 'repaired', addedColumns: SETTINGS_TAB.columns.map((c) => c.header), addedRows: lines.length }
      : { kind: 'created' };
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
  protectHeader(sheet, match.headerRow, Math.max(3, match.lastHeaderColumn), services.rangeProtectionType);
  if (missing.length > 0)
    writeLines(sheet, Math.max(values.length, match.headerRow) + 1, missing, labelCol, valueCol, noteCol);
  if (missing.length === 0 && addedColumns.length === 0) return { kind: 'unchanged' };
  return { kind: 'repaired', addedColumns, addedRows: missing.length };
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
  scaffoldSettings(ss, services, today);
  const sheet = ss.getSheetByName(SETTINGS_TAB.name);
  if (!sheet) return;
  const values = readGrid(sheet);
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
  const sheet = ss.getSheetByName(SETTINGS_TAB.name);
  if (!sheet) return false;
  const values = readGrid(sheet);
  const read = readSettings(values);
  const row = read.cells[key]?.row;
  if (read.match.foreign || row === undefined || row < 1) return false;
  // Through the one safe path: a formula the user put in the cell stays.
  writeCells(sheet, [{ row, column: read.match.columns.value ?? 2, value }], { values });
  return true;
}
