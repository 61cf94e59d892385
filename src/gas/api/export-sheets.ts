// Sheet access of the export, through the tabs adapter (src/gas/sheets): read every tab once, read the
// export log, append one export-log row — the only write an export makes.
import type { ExportLogEntry } from '../../core/rpc/contract';
import type { WorkbookData } from '../../core/workbook/types';
import { appendExportLog, readExportLog, readWorkbook } from '../sheets';
import type { SheetsServices, Spreadsheet } from '../sheets/types';
import type { ExportLogRowInput } from './export-run';

export interface ExportSheets {
  readWorkbook(): WorkbookData;
  appendExportLog(row: ExportLogRowInput): void;
  /** Logged exports, oldest first. */
  readLog(): ExportLogEntry[];
}

export function exportSheets(ss: Spreadsheet, services: SheetsServices): ExportSheets {
  return {
    readWorkbook: () => readWorkbook(ss),
    appendExportLog: (row) => appendExportLog(ss, services, row),
    readLog: () => readExportLog(ss).map(({ time, report, link, user }) => ({ time, report, link, user })),
  };
}
