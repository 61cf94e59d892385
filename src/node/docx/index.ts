/** The .docx renderer of the report model (Node: CLI and playground). */
import { buildReportDocument } from '../../core/report';
import type { ExportInput } from '../../core/rpc/contract';
import type { WorkbookData } from '../../core/workbook/types';
import { renderDocx } from './render';

export { renderDocx } from './render';

/**
 * The same document as the Google Doc export, as .docx bytes. Throws an Error whose message is in Thai and
 * English when the workbook has no settings (the callers validate first).
 */
export async function renderReportsDocx(workbook: WorkbookData, input: ExportInput, now: Date): Promise<Buffer> {
  const built = buildReportDocument(workbook, input, now);
  if (!built.ok) throw new Error(`${built.error.message_th} / ${built.error.message_en}`);
  return renderDocx(built.document);
}
