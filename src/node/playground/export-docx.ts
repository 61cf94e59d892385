// The playground's half of an export: Code.js made the (fake) Google Doc and logged it; here the same
// reports are rendered to a .docx from the workbook as it is now, and kept for download.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportInput } from '../../core/rpc/contract';
import type { FakeEnvironment } from '../../fakes';
import { readWorkbook, type Spreadsheet } from '../../gas/sheets';
import { renderReportsDocx } from '../docx';

export interface StoredDocx {
  /** Used in the download address: /download/<id>. */
  id: string;
  fileName: string;
}

/** A file name people can keep: the document's title without characters file systems refuse. */
function docxFileName(title: string): string {
  const clean = Array.from(title, (ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .trim()
    .slice(0, 120);
  return `${clean || 'ITA report'}.docx`;
}

export async function renderDocxForDownload(
  env: FakeEnvironment,
  input: ExportInput,
  title: string,
  dir: string,
): Promise<StoredDocx> {
  const workbook = env.uncounted(() => readWorkbook(env.spreadsheet as unknown as Spreadsheet));
  const bytes = await renderReportsDocx(workbook, input, new Date());
  mkdirSync(dir, { recursive: true });
  const id = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const fileName = docxFileName(title);
  writeFileSync(join(dir, `${id}.docx`), bytes);
  writeFileSync(join(dir, `${id}.json`), JSON.stringify({ fileName }));
  return { id, fileName };
}

/** The stored .docx for a download id, or null (unknown id or a name that is not an id). */
export function readStoredDocx(dir: string, id: string): { bytes: Buffer; fileName: string } | null {
  if (!/^[a-z0-9]+-[0-9a-f]{8}$/.test(id)) return null;
  const file = join(dir, `${id}.docx`);
  if (!existsSync(file)) return null;
  const meta = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as { fileName?: string };
  return { bytes: readFileSync(file), fileName: meta.fileName ?? 'ITA report.docx' };
}
