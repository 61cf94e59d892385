// ประวัติการส่งออก: one row per export, appended by the export helper; read back for the sidebar.
import { EXPORT_LOG_TAB } from '../../core/tabs';
import { matchHeaders, readTyped, toExportLogRow, type ExportLogRow } from '../../core/workbook';
import { scaffoldTableTab } from './scaffold';
import { blockWrites, writeCells, type WriteValue } from './safe-write';
import { readGrid, type Spreadsheet, type SheetsServices } from './types';

/** Appends one export to the log (creating the tab when missing). */
export function appendExportLog(ss: Spreadsheet, services: SheetsServices, row: Omit<ExportLogRow, 'sheetRow'>): void {
  let sheet = ss.getSheetByName(EXPORT_LOG_TAB.name);
  if (!sheet) {
    scaffoldTableTab(ss, EXPORT_LOG_TAB, services, { fiscalYear: 0, frameworkYear: 0, digits: 'thai' }, () => ({
      lists: {},
      measureIds: null,
    }));
    sheet = ss.getSheetByName(EXPORT_LOG_TAB.name);
    if (!sheet) return;
  }
  const values = readGrid(sheet);
  const match = matchHeaders(EXPORT_LOG_TAB.columns, values);
  if (match.foreign) return;
  const width = Math.max(match.lastHeaderColumn, values[0]?.length ?? 0, 4);
  const line = new Array<WriteValue>(width).fill('');
  for (const [field, value] of Object.entries(row)) {
    const c = match.columns[field];
    if (c !== undefined) line[c - 1] = value ?? '';
  }
  const start = Math.max(values.length, match.headerRow) + 1;
  writeCells(sheet, blockWrites(start, 1, [line]), { values });
}

/** Every logged export, newest last. */
export function readExportLog(ss: Spreadsheet): ExportLogRow[] {
  const sheet = ss.getSheetByName(EXPORT_LOG_TAB.name);
  if (!sheet) return [];
  return readTyped(EXPORT_LOG_TAB, readGrid(sheet), toExportLogRow).rows;
}
