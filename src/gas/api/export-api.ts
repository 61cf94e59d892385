// Server functions of the export step (sidebar → google.script.run), wired to the Apps Script services.
import type { ExportInput, ExportLogEntry, ExportSummary } from '../../core/rpc/contract';
import { chartImage } from '../docs/chart-image';
import { docsAdvancedService } from '../docs/docs-api';
import { runExport } from './export-run';
import { recentExports } from '../../core/workbook';
import { exportSheets } from './export-sheets';
import { sheetsServices } from './sheets-services';

export function exportReports(input: ExportInput): ExportSummary {
  const sheets = exportSheets(SpreadsheetApp.getActiveSpreadsheet(), sheetsServices());
  return runExport(
    {
      documentApp: DocumentApp,
      lock: LockService.getDocumentLock(),
      readWorkbook: sheets.readWorkbook,
      appendExportLog: sheets.appendExportLog,
      user: () => Session.getActiveUser().getEmail(),
      now: () => new Date(),
      docs: docsAdvancedService(),
      chartImage,
    },
    input,
  );
}

/** The most recent exports, newest first (the one rule of recentExports). */
export function listExports(): ExportLogEntry[] {
  return recentExports(exportSheets(SpreadsheetApp.getActiveSpreadsheet(), sheetsServices()).readLog());
}
