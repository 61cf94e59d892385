// Placeholder until the export work lands (owned by the export helper).
import { UserError } from '../rpc';
import type { ExportInput, ExportLogEntry, ExportSummary } from '../../core/rpc/contract';

const notReady = () =>
  new UserError({ code: 'not-ready', message_th: 'ยังไม่พร้อมใช้งาน', message_en: 'Not available yet' });

export function exportReports(_input: ExportInput): ExportSummary {
  throw notReady();
}
export function listExports(): ExportLogEntry[] {
  throw notReady();
}
