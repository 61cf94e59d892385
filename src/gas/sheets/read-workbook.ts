// Reads every standard tab once (getDataRange().getValues()) and maps it to typed data.
import { ALL_TABS, SCORES_TAB, SETTINGS_TAB, type TabId } from '../../core/tabs';
import {
  readSettings,
  workbookFromGrids,
  type ScoreRow,
  type Settings,
  type WorkbookData,
  type WorkbookGrids,
} from '../../core/workbook';
import { readGrid, type Spreadsheet } from './types';

/** Each standard tab's grid (null when the tab does not exist). */
export function readWorkbookGrids(ss: Spreadsheet): WorkbookGrids {
  const grids: WorkbookGrids = {};
  for (const spec of ALL_TABS) {
    const sheet = ss.getSheetByName(spec.name);
    grids[spec.id as TabId] = sheet ? readGrid(sheet) : null;
  }
  return grids;
}

export function readWorkbook(ss: Spreadsheet): WorkbookData {
  return workbookFromGrids(readWorkbookGrids(ss));
}

/** The ตั้งค่า tab's settings alone (one read), for calls that need no other tab; null when not filled in. */
export function readSettingsTab(ss: Spreadsheet): Settings | null {
  const sheet = ss.getSheetByName(SETTINGS_TAB.name);
  return readSettings(sheet ? readGrid(sheet) : null).settings;
}

/** The คะแนน ITA rows alone (one read): the years already stored, for a new paste's trend. */
export function readScoresTab(ss: Spreadsheet): ScoreRow[] {
  const sheet = ss.getSheetByName(SCORES_TAB.name);
  return sheet ? workbookFromGrids({ scores: readGrid(sheet) }).scores : [];
}
