// Validate says what export will say (issue 9 item 6) and empty reports are refused with their reason
// (issue 10 item 5): the sidebar's validate, the add-on's export and the CLI give the same errors for the
// same reports, round and memo choice.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeEnvironment, installGlobals, type FakeEnvironment } from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { runExport, type ExportServices } from '../../../src/gas/api/export-run';
import { readWorkbook } from '../../../src/gas/sheets';
import { UserError } from '../../../src/gas/rpc';
import { runCli } from '../../../src/node/cli';
import type { ExportInput, Finding, ReportKind } from '../../../src/core/rpc/contract';
import type { WorkbookData } from '../../../src/core/workbook/types';
import { seedWorkbookJson } from '../report/seed-sheets';
import { cleanSeedWorkbook, NOW } from '../report/seed-workbook';
import { recordingIo as io } from '../report/recording-io';

const OPTIONS = { layout: 'annual', digits: 'thai', landscape: false, cover: false } as const;

/** The workbook in a fake spreadsheet, as the add-on would find it. */
function open(wb: WorkbookData): FakeEnvironment {
  const env = createFakeEnvironment({ workbook: seedWorkbookJson(wb) });
  installGlobals(globalThis, env);
  return env;
}

function exportErrors(env: FakeEnvironment, input: ExportInput): Finding[] {
  const ss = env.SpreadsheetApp.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const services: ExportServices = {
    documentApp: env.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp,
    lock: env.LockService.getDocumentLock() as unknown as GoogleAppsScript.Lock.Lock,
    readWorkbook: () => readWorkbook(ss),
    appendExportLog: () => undefined,
    user: () => '',
    now: () => NOW,
  };
  try {
    runExport(services, input);
    return [];
  } catch (err) {
    if (err instanceof UserError) return err.findings ?? [err.user as Finding];
    throw err;
  }
}

const key = (f: Finding) => `${f.tab}!${f.row}:${f.column} ${f.code}`;
const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error').map(key);

test('results report with no result rows: validate with the export choice gives the export errors', () => {
  const env = open({ ...cleanSeedWorkbook(), results: [] });
  const choice = { reports: ['results'] as ReportKind[], round: '12' as const, memo: false };
  const validated = api.validateWorkbook(choice);
  const exported = exportErrors(env, { ...OPTIONS, ...choice });
  expect(exported.length).toBeGreaterThan(0);
  expect(errorsOf(validated.findings)).toEqual(errorsOf(exported));
  expect(validated.checked).toEqual(choice);
  expect(validated.findings.find((f) => f.code === 'report-no-results')?.message_th).toContain('ยังไม่มีผลของรอบ 12 เดือน');
});

test('the menu (no choice) checks the export step defaults: analysis and measures, the settings round, no memo', () => {
  const wb = cleanSeedWorkbook();
  const env = open({ ...wb, scores: [] });
  const validated = api.validateWorkbook();
  expect(validated.checked).toEqual({ reports: ['analysis', 'measures'], round: wb.settings?.round, memo: false });
  const exported = exportErrors(env, {
    ...OPTIONS,
    reports: ['analysis', 'measures'],
    round: wb.settings?.round ?? '12',
    memo: false,
  });
  expect(errorsOf(validated.findings)).toEqual(errorsOf(exported));
  expect(errorsOf(validated.findings)).toContain('คะแนน ITA!0:0 report-analysis-no-scores');
  api.validateFromMenu();
  expect(env.ui.alerts[0]?.prompt ?? '').toContain('ตรวจสำหรับการส่งออก: รายงานการวิเคราะห์ผลการประเมิน ITA');
});

// One empty workbook per report: what the report would print, and the reason it is refused.
const EMPTY: { report: ReportKind; change: (wb: WorkbookData) => WorkbookData; code: string; en: string }[] = [
  { report: 'analysis', change: (wb) => ({ ...wb, scores: [] }), code: 'report-analysis-no-scores', en: 'no scores' },
  {
    report: 'measures',
    change: (wb) => ({ ...wb, measures: [], results: [] }),
    code: 'report-no-measures',
    en: 'no measures',
  },
  { report: 'results', change: (wb) => ({ ...wb, results: [] }), code: 'report-no-results', en: 'no results' },
  {
    report: 'progress',
    change: (wb) => ({ ...wb, indicatorProgress: [] }),
    code: 'report-no-progress',
    en: 'no rows for indicators 1–8',
  },
  { report: 'oit', change: (wb) => ({ ...wb, oit: [] }), code: 'report-no-oit', en: 'no items' },
];

const dir = mkdtempSync(join(tmpdir(), 'ita-empty-reports-'));

test.each(EMPTY)('an empty $report report is refused by validate, export and the CLI (exit 2)', async (c) => {
  const wb = c.change(cleanSeedWorkbook());
  const env = open(wb);
  const choice = { reports: [c.report], round: '12' as const, memo: false };
  const validated = api.validateWorkbook(choice);
  const exported = exportErrors(env, { ...OPTIONS, ...choice });
  expect(exported.map((f) => f.code)).toContain(c.code);
  expect(errorsOf(validated.findings)).toEqual(errorsOf(exported));
  const reason = exported.find((f) => f.code === c.code);
  expect(reason?.message_th).toContain('ส่งออก');
  expect(reason?.message_en).toContain(c.en);
  expect(env.documents).toHaveLength(0);
  // The same workbook is fine when the report is not chosen.
  const other = c.report === 'oit' ? 'progress' : 'oit';
  expect(api.validateWorkbook({ ...choice, reports: [other] }).findings.map((f) => f.code)).not.toContain(c.code);
  // The CLI: exit 2, the reason in Thai and English, no file.
  const path = join(dir, `${c.report}.json`);
  writeFileSync(path, JSON.stringify(seedWorkbookJson(wb)));
  const cli = io();
  const out = join(dir, `${c.report}.docx`);
  expect(await runCli(['export', '--workbook', path, '--report', c.report, '--round', '12', '--out', out], cli)).toBe(
    2,
  );
  expect(cli.err).toContain(reason?.message_th.slice(0, 30));
  expect(cli.err).toContain(c.en);
});
