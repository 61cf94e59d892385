import { createFakeEnvironment, fakeSheetsServices, type FakeEnvironment } from '../../../src/fakes';
import { exportSheets } from '../../../src/gas/api/export-sheets';
import { EXPORT_BUSY, EXPORT_FAILED, runExport, type ExportServices } from '../../../src/gas/api/export-run';
import { UserError } from '../../../src/gas/rpc';
import type { WorkbookData } from '../../../src/core/workbook/types';
import { ALL_REPORTS, cleanSeedWorkbook, NOW, seedWorkbook } from './seed-workbook';

function services(env: FakeEnvironment, workbook: WorkbookData, over: Partial<ExportServices> = {}): ExportServices {
  return {
    documentApp: env.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp,
    lock: env.LockService.getDocumentLock() as unknown as GoogleAppsScript.Lock.Lock,
    readWorkbook: () => workbook,
    appendExportLog: (row) => sheetsOf(env).appendExportLog(row),
    user: () => 'clerk@tako.go.th',
    now: () => NOW,
    docs: {
      get: (id) => env.Docs.Documents.get(id) as ReturnType<NonNullable<ExportServices['docs']>['get']>,
      batchUpdate: (requests, id) => env.Docs.Documents.batchUpdate({ requests }, id),
    },
    ...over,
  };
}

function sheetsOf(env: FakeEnvironment) {
  const ss = env.SpreadsheetApp.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  return exportSheets(ss, fakeSheetsServices(env));
}

function caught(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error('expected a UserError');
}

const sheetNames = (env: FakeEnvironment) => env.uncounted(() => env.spreadsheet.getSheets().map((s) => s.getName()));

describe('exportReports (runExport on the fakes)', () => {
  it('creates one Google Doc, logs one row, returns the link and the warnings, and releases the lock', () => {
    const env = createFakeEnvironment();
    const summary = runExport(services(env, cleanSeedWorkbook()), ALL_REPORTS);
    expect(env.documents).toHaveLength(1);
    expect(summary.url).toContain(env.documents[0]?.id);
    expect(summary.name).toContain('องค์การบริหารส่วนตำบลตะโก');
    const log = env.uncounted(() => sheetsOf(env).readLog());
    expect(log).toEqual([
      {
        time: '24/03/2567 10:30',
        report:
          'รายงานการวิเคราะห์ผลการประเมิน ITA, มาตรการส่งเสริมคุณธรรมและความโปร่งใส, รายงานผลการดำเนินการตามมาตรการ, ความก้าวหน้ารายตัวชี้วัด, ความก้าวหน้า OIT',
        link: summary.url,
        user: 'clerk@tako.go.th',
      },
    ]);
    expect(env.locks.document.isHeld()).toBe(false);
  });

  it('refuses with the validation errors as findings, creating nothing and logging nothing', () => {
    const env = createFakeEnvironment();
    const before = sheetNames(env);
    const err = caught(() => runExport(services(env, seedWorkbook()), ALL_REPORTS));
    expect(err.user.code).toBe('export-validation-errors');
    expect(err.user.message_th).toContain('ยังส่งออกไม่ได้');
    expect(err.findings?.length).toBeGreaterThan(0);
    expect(err.findings?.every((f) => f.severity === 'error')).toBe(true);
    expect(env.documents).toHaveLength(0);
    expect(sheetNames(env)).toEqual(before);
    expect(env.locks.document.isHeld()).toBe(false);
  });

  it('tells a second export, in Thai and English, that one is already running', () => {
    const env = createFakeEnvironment();
    env.locks.document.holdElsewhere();
    const err = caught(() => runExport(services(env, cleanSeedWorkbook()), ALL_REPORTS));
    expect(err.user).toEqual(EXPORT_BUSY);
    expect(env.documents).toHaveLength(0);
  });

  it('leaves the sheet untouched when the document fails part-way', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const env = createFakeEnvironment();
    const before = sheetNames(env);
    const app = env.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp;
    const failing = {
      ...services(env, cleanSeedWorkbook()),
      documentApp: new Proxy(app, {
        get: (target, prop) =>
          prop === 'create'
            ? () => {
                throw new Error('Service Documents failed');
              }
            : Reflect.get(target, prop),
      }),
    };
    const err = caught(() => runExport(failing, ALL_REPORTS));
    expect(err.user).toEqual(EXPORT_FAILED);
    expect(sheetNames(env)).toEqual(before);
    expect(env.locks.document.isHeld()).toBe(false);
  });
});
