// Server functions of the export step (sidebar → google.script.run), wired to the Apps Script services.
import type { ExportInput, ExportLogEntry, ExportSummary } from '../../core/rpc/contract';
import { docsAdvancedService } from '../docs/docs-api';
import { chartImage } from '../docs/chart-image';
import { appendExportLogRow, readExportLogRows, readWorkbookFromSheets } from './export-sheets';
import { runExport } from './export-run';

/** How many recent exports the sidebar lists. */
const RECENT_EXPORTS = 10;

export function exportReports(input: ExportInput): ExportSummary {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return runExport(
    {
      documentApp: DocumentApp,
      lock: LockService.getDocumentLock(),
      readWorkbook: () => readWorkbookFromSheets(ss),
      appendExportLog: (row) => appendExportLogRow(ss, row),
      user: () => Session.getActiveUser().getEmail(),
      now: () => new Date(),
      docs: docsAdvancedService(),
      chartImage,
    },
    input,
  );
}

/** The most recent exports, newest first. */
export function listExports(): ExportLogEntry[] {
  return readExportLogRows(SpreadsheetApp.getActiveSpreadsheet()).slice(-RECENT_EXPORTS).reverse();
}
