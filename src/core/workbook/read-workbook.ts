// All tabs' grids -> WorkbookData. A missing tab reads as empty (settings as null, lists as defaults).
import { LISTS_TAB } from '../tabs/table-tabs';
import { DEFAULT_LISTS } from '../tabs/defaults';
import {
  ANALYSIS_TAB,
  EXPORT_LOG_TAB,
  MEASURES_TAB,
  OIT_TAB,
  PROGRESS_TAB,
  RESULTS_TAB,
  SCORES_TAB,
} from '../tabs/table-tabs';
import type { TabId } from '../tabs/spec';
import { cellText } from './cells';
import { matchHeaders } from './header-match';
import {
  readTyped,
  toAnalysisRow,
  toExportLogRow,
  toMeasureRow,
  toOitRow,
  toProgressRow,
  toResultRow,
  toScoreRow,
} from './read-tables';
import { readSettings } from './settings-map';
import type { Lists, TabLayout, WorkbookData } from './types';

export type Grid = readonly (readonly unknown[])[];
/** Each tab's data range values from A1; null or absent = the tab does not exist. */
export type WorkbookGrids = Partial<Record<TabId, Grid | null>>;

/** The lists of the รายการ tab; a missing tab or column gives the default list. */
export function readLists(values: Grid | null | undefined): { lists: Lists; layout: TabLayout | null } {
  const lists: Lists = {
    units: [...DEFAULT_LISTS.units],
    statuses: [...DEFAULT_LISTS.statuses],
    rounds: [...DEFAULT_LISTS.rounds],
    tools: [...DEFAULT_LISTS.tools],
    agencyTypes: [...DEFAULT_LISTS.agencyTypes],
  };
  if (!values) return { lists, layout: null };
  const match = matchHeaders(LISTS_TAB.columns, values);
  if (match.empty || match.foreign) return { lists, layout: null };
  for (const col of LISTS_TAB.columns) {
    const c = match.columns[col.key];
    if (c === undefined) continue;
    const items: string[] = [];
    for (let r = match.headerRow; r < values.length; r++) {
      const t = cellText(values[r]?.[c - 1]);
      if (t !== '' && !items.includes(t)) items.push(t);
    }
    lists[col.key] = items;
  }
  return { lists, layout: { headerRow: match.headerRow, columns: match.columns } };
}

export function workbookFromGrids(grids: WorkbookGrids): WorkbookData {
  const layout: NonNullable<WorkbookData['layout']> = {};
  const table = <T>(id: TabId, spec: Parameters<typeof readTyped>[0], map: (r: never) => T): T[] => {
    const values = grids[id];
    if (!values) return [];
    const read = readTyped(spec, values, map as never);
    if (!read.match.empty && !read.match.foreign) {
      layout[id] = { headerRow: read.match.headerRow, columns: read.match.columns };
    }
    return read.rows as T[];
  };
  const settingsRead = readSettings(grids.settings ?? null);
  if (settingsRead.settings) {
    layout.settings = { headerRow: settingsRead.match.headerRow, columns: settingsRead.match.columns };
  }
  const lists = readLists(grids.lists);
  if (lists.layout) layout.lists = lists.layout;
  return {
    settings: settingsRead.settings,
    scores: table('scores', SCORES_TAB, toScoreRow),
    analysis: table('analysis', ANALYSIS_TAB, toAnalysisRow),
    measures: table('measures', MEASURES_TAB, toMeasureRow),
    results: table('results', RESULTS_TAB, toResultRow),
    indicatorProgress: table('indicatorProgress', PROGRESS_TAB, toProgressRow),
    oit: table('oit', OIT_TAB, toOitRow),
    lists: lists.lists,
    exportLog: table('exportLog', EXPORT_LOG_TAB, toExportLogRow),
    layout,
    settingsCells: settingsRead.cells,
  };
}
