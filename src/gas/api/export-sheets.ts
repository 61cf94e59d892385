// Sheet access of the export: read every standard tab once (2 calls per tab), read the export log, and
// append one export-log row. Local to the export until src/gas/sheets offers the same.
import { ALL_TABS, EXPORT_LOG_TAB, tabName } from '../../core/tabs';
import type { ExportLogEntry } from '../../core/rpc/contract';
import { workbookFromGrids, type WorkbookGrids } from '../../core/workbook';
import type { WorkbookData } from '../../core/workbook/types';
import type { ExportLogRowInput } from './export-run';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function grid(ss: Spreadsheet, name: string): unknown[][] | null {
  const sheet = ss.getSheetByName(name);
  return sheet ? sheet.getDataRange().getValues() : null;
}

export function readWorkbookFromSheets(ss: Spreadsheet): WorkbookData {
  const grids: WorkbookGrids = {};
  for (const tab of ALL_TABS) grids[tab.id] = grid(ss, tab.name);
  return workbookFromGrids(grids);
}

export function readExportLogRows(ss: Spreadsheet): ExportLogEntry[] {
  const wb = workbookFromGrids({ exportLog: grid(ss, tabName('exportLog')) });
  return wb.exportLog.map(({ time, report, link, user }) => ({ time, report, link, user }));
}

/**
 * Appends one row under the log's own header (columns found by header text, so a user-reordered log
 * still lines up). Creates the tab with its header when it is missing: the only write of an export.
 */
export function appendExportLogRow(ss: Spreadsheet, row: ExportLogRowInput): void {
  const name = tabName('exportLog');
  let sheet = ss.getSheetByName(name);
  const headers = EXPORT_LOG_TAB.columns.map((c) => c.header);
  if (!sheet) {
    sheet = ss.insertSheet(name);
    sheet.appendRow(headers);
  }
  const wb = workbookFromGrids({ exportLog: sheet.getDataRange().getValues() });
  const columns = wb.layout?.exportLog?.columns ?? {};
  const keys = EXPORT_LOG_TAB.columns.map((c) => c.key as keyof ExportLogRowInput);
  const width = Math.max(keys.length, ...Object.values(columns));
  const values: string[] = new Array<string>(width).fill('');
  keys.forEach((key, i) => {
    const col = columns[key] ?? i + 1;
    values[col - 1] = row[key];
  });
  sheet.appendRow(values);
}
