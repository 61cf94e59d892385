// The export, with its Apps Script services passed in (so tests run it on the fakes): lock, read,
// validate, build the model, render ONE Google Doc, then append ONE row to ประวัติการส่งออก. The sheet is
// written last and only once, so a failure part-way leaves the sheet exactly as it was.
import type { ExportInput, ExportSummary, Finding, UserMessage } from '../../core/rpc/contract';
import { buildReportDocument, orderedReports, REPORT_NAMES } from '../../core/report';
import { bangkokTime } from '../../core/thai';
import { exportValidationOptions, validateWorkbook } from '../../core/validation';
import type { WorkbookData } from '../../core/workbook/types';
import { UserError } from '../rpc';
import type { DocsApi } from '../docs/docs-api';
import { renderGoogleDoc, type RenderOptions } from '../docs/render';

export interface ExportLogRowInput {
  time: string;
  report: string;
  link: string;
  user: string;
}

export interface ExportServices {
  documentApp: GoogleAppsScript.Document.DocumentApp;
  lock: GoogleAppsScript.Lock.Lock | null;
  readWorkbook: () => WorkbookData;
  appendExportLog: (row: ExportLogRowInput) => void;
  user: () => string;
  now: () => Date;
  docs?: DocsApi | null;
  chartImage?: RenderOptions['chartImage'];
}

/** How long a second export waits for the first before giving up, ms. */
const LOCK_WAIT_MS = 5000;

export const EXPORT_BUSY: UserMessage = {
  code: 'export-busy',
  message_th: 'มีการส่งออกรายงานของสเปรดชีตนี้อยู่แล้ว กรุณารอให้เสร็จก่อน แล้วลองอีกครั้ง',
  message_en: 'Another export of this spreadsheet is running. Please wait for it to finish, then try again.',
};

export const EXPORT_HAS_ERRORS: UserMessage = {
  code: 'export-validation-errors',
  message_th: 'ยังส่งออกไม่ได้: ข้อมูลในชีตมีข้อผิดพลาดที่ต้องแก้ก่อน (ดูรายการด้านล่าง)',
  message_en: 'Cannot export yet: the sheet has errors to fix first (see the list below).',
};

export const EXPORT_FAILED: UserMessage = {
  code: 'export-failed',
  message_th:
    'สร้างเอกสารไม่สำเร็จ ข้อมูลในชีตไม่ถูกเปลี่ยนแปลงและไม่ได้บันทึกประวัติการส่งออก ' +
    'หากมีเอกสารที่สร้างไม่ครบใน Google Drive สามารถลบทิ้งได้ กรุณาลองอีกครั้ง',
  message_en:
    'The document could not be created. Nothing in the sheet was changed and no export was logged. ' +
    'If an incomplete document was left in Google Drive you may delete it. Please try again.',
};

/** "24/03/2567 10:30" in Bangkok time. */
export function logTime(now: Date): string {
  const t = bangkokTime(now);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(t.day)}/${two(t.month)}/${t.yearBE} ${two(t.hour)}:${two(t.minute)}`;
}

export function runExport(services: ExportServices, input: ExportInput): ExportSummary {
  const lock = services.lock;
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) throw new UserError(EXPORT_BUSY);
  try {
    const now = services.now();
    const workbook = services.readWorkbook();
    const findings: Finding[] = validateWorkbook(workbook, exportValidationOptions({ ...input, today: now }));
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) throw new UserError(EXPORT_HAS_ERRORS, errors);
    const warnings = findings.filter((f) => f.severity === 'warning');
    const built = buildReportDocument(workbook, input, now);
    if (!built.ok) throw new UserError(built.error);
    // Asked before the Doc is created: whatever fails here leaves no Doc behind without its log row.
    const user = services.user();
    let rendered;
    try {
      rendered = renderGoogleDoc(services.documentApp, built.document, {
        docs: services.docs ?? null,
        ...(services.chartImage ? { chartImage: services.chartImage } : {}),
      });
    } catch (err) {
      if (typeof console !== 'undefined') console.error('[exportReports] render', err);
      throw new UserError(EXPORT_FAILED);
    }
    services.appendExportLog({
      time: logTime(now),
      report: orderedReports(input)
        .map((k) => REPORT_NAMES[k])
        .join(', '),
      link: rendered.url,
      user,
    });
    // What the document could not do as asked (one orientation without the Docs API) shows as a warning.
    const notes: Finding[] = rendered.notes.map((n) => ({ ...n, tab: '', row: 0, column: 0, severity: 'warning' }));
    return { name: rendered.name, url: rendered.url, warnings: [...warnings, ...notes] };
  } finally {
    lock.releaseLock();
  }
}
