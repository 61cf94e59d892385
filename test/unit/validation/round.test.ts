// "Every measure has a result for the round" uses the round the user picks in the export step, not only
// the one in the settings tab.
import { createFakeEnvironment } from '../../../src/fakes';
import { runExport, type ExportServices } from '../../../src/gas/api/export-run';
import { UserError } from '../../../src/gas/rpc';
import { validateWorkbook } from '../../../src/core/validation';
import { workbookFromGrids } from '../../../src/core/workbook';
import type { WorkbookData } from '../../../src/core/workbook/types';
import { ALL_REPORTS, cleanSeedWorkbook, NOW } from '../report/seed-workbook';
import { cleanGrids } from './fixture';

const missing = (data: WorkbookData, round?: '6' | '12') =>
  validateWorkbook(data, { purpose: 'results', ...(round ? { round } : {}) })
    .filter((f) => f.code === 'measure-without-result')
    .map((f) => `${f.row} ${f.severity} ${f.message_th}`);

test('the round option overrides the settings round; without it the settings round is used', () => {
  // The seed fixture's settings say รอบ ๑๒ เดือน and both measures have a 12-month result only.
  const data = workbookFromGrids(cleanGrids());
  expect(missing(data)).toEqual([]);
  expect(missing(data, '12')).toEqual([]);
  const six = missing(data, '6');
  expect(six).toHaveLength(2);
  expect(six[0]).toMatch(/^2 error .*"M01".*รอบ 6 เดือน/);
});

function exportServices(workbook: WorkbookData): ExportServices {
  const env = createFakeEnvironment();
  return {
    documentApp: env.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp,
    lock: env.LockService.getDocumentLock() as unknown as GoogleAppsScript.Lock.Lock,
    readWorkbook: () => workbook,
    appendExportLog: () => undefined,
    user: () => 'clerk@tako.go.th',
    now: () => NOW,
  };
}

test('the export checks results of the round picked in the export step', () => {
  // Settings round 12, every measure has a 12-month result: exporting the 12-month report goes through…
  expect(() => runExport(exportServices(cleanSeedWorkbook()), ALL_REPORTS)).not.toThrow();
  // …the 6-month report is refused, naming the measures that lack a 6-month result.
  const wb = cleanSeedWorkbook();
  const withSix = new Set(wb.results.filter((r) => r.round === '6').map((r) => r.measureId));
  let err: unknown;
  try {
    runExport(exportServices(wb), { ...ALL_REPORTS, round: '6' });
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(UserError);
  const findings = (err as UserError).findings ?? [];
  const lacking = wb.measures.filter((m) => !withSix.has(m.id)).map((m) => m.id);
  expect(lacking.length).toBeGreaterThan(0);
  expect(findings.map((f) => f.code)).toEqual(lacking.map(() => 'measure-without-result'));
  expect(findings.every((f) => f.message_en.includes('6-month'))).toBe(true);
});
