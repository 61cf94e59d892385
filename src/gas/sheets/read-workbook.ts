// Reads every standard tab once (one getSheetValues per tab) and maps it to typed data.
import { ALL_TABS, SCORES_TAB, SETTINGS_TAB, type TabId, type TabSpec } from '../../core/tabs';
import {
  readSettings,
  workbookFromGrids,
  type ScoreRow,
  type Settings,
  type WorkbookData,
  type WorkbookGrids,
} from '../../core/workbook';
import { readAllValues, type Sheet, type Spreadsheet } from './types';

/** The tabs behind grids this module read, so a caller given the grids reuses the handles (no lookup again). */
const sheetsOfGrids = new WeakMap<WorkbookGrids, Partial<Record<TabId, Sheet>>>();

/** The tab handles read along with `grids` by readWorkbookGrids, or undefined for grids from elsewhere. */
export function sheetsOf(grids: WorkbookGrids): Partial<Record<TabId, Sheet>> | undefined {
  return sheetsOfGrids.get(grids);
}

/** The tabs validation reads: every standard tab but the export history, which no rule looks at. */
export const VALIDATED_TABS: readonly TabSpec[] = ALL_TABS.filter((spec) => spec.id !== 'exportLog');

/** Each standard tab's grid (null when the tab does not exist); `specs` chooses fewer tabs (the others absent). */
export function readWorkbookGrids(ss: Spreadsheet, specs: readonly TabSpec[] = ALL_TABS): WorkbookGrids {
  const grids: WorkbookGrids = {};
  const sheets: Partial<Record<TabId, Sheet>> = {};
  for (const spec of specs) {
    const sheet = ss.getSheetByName(spec.name);
    if (sheet) sheets[spec.id as TabId] = sheet;
    grids[spec.id as TabId] = sheet ? readAllValues(sheet) : null;
  }
  sheetsOfGrids.set(grids, sheets);
  return grids;
}

export function readWorkbook(ss: Spreadsheet): WorkbookData {
  return workbookFromGrids(readWorkbookGrids(ss));
}

/** A tab as read once: its handle and its values from A1 (the data range, one getSheetValues), for writers. */
export interface TabGrid {
  readonly sheet: Sheet;
  readonly values: unknown[][];
  /** The formulas of the same cells, read when asked for ('' where none). */
  formulas(): string[][];
}

/** The tab named `name` as read now, or null when there is none (one lookup, one read). */
export function readTabGrid(ss: Spreadsheet, name: string): TabGrid | null {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return null;
  const values = readAllValues(sheet);
  const width = values.reduce((n, row) => Math.max(n, row.length), 1);
  return { sheet, values, formulas: () => sheet.getRange(1, 1, values.length, width).getFormulas() };
}

/** The ตั้งค่า tab's settings alone (one read), for calls that need no other tab; null when not filled in. */
export function readSettingsTab(ss: Spreadsheet): Settings | null {
  const sheet = ss.getSheetByName(SETTINGS_TAB.name);
  return readSettings(sheet ? readAllValues(sheet) : null).settings;
}

/** The คะแนน ITA rows alone (one read): the years already stored, for a new paste's trend. */
export function readScoresTab(ss: Spreadsheet): ScoreRow[] {
  const sheet = ss.getSheetByName(SCORES_TAB.name);
  return sheet ? workbookFromGrids({ scores: readAllValues(sheet) }).scores : [];
}
