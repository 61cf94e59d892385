// Validate (read every tab, run the rules, paint the highlights, remove the previous ones) costs the same
// number of Sheets calls whatever the number of rows: 20 or 2,000 per tab.
import { createFakeEnvironment, installGlobals } from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { ALL_TABS, MEASURES_TAB, OIT_TAB, PROGRESS_TAB, RESULTS_TAB, type TableTabSpec } from '../../../src/core/tabs';
import { exportValidationOptions, validateWorkbook as runValidation } from '../../../src/core/validation';
import { workbookFromGrids } from '../../../src/core/workbook';
import { SETTINGS } from '../validation/fixture';

const row = (spec: TableTabSpec, v: Record<string, unknown>) => spec.columns.map((c) => v[c.key] ?? '');

/** Rows for each tab; every 10th row has a problem, so there are highlights to write and to remove. */
function rows(n: number): [TableTabSpec, unknown[][]][] {
  const ids = Array.from({ length: n }, (_, i) => `M${i + 1}`);
  return [
    [
      MEASURES_TAB,
      ids.map((id, i) =>
        row(MEASURES_TAB, {
          id,
          tool: 'EIT',
          indicator: 6 + (i % 3),
          measure: `มาตรการที่ ${i + 1} เผยแพร่ข้อมูลข่าวสาร`,
          owners: i % 10 === 3 ? '' : 'สำนักปลัด',
          period: 'ตลอดปีงบประมาณ',
        }),
      ),
    ],
    [
      RESULTS_TAB,
      ids.map((id, i) =>
        row(RESULTS_TAB, {
          measureId: id,
          round: 'รอบ ๑๒ เดือน',
          status: 'ดำเนินการแล้ว',
          summary: `๑. คำสั่งที่ ${i + 1}`,
          evidenceUrl: i % 10 === 5 ? 'www.example.go.th' : 'https://example.go.th/',
        }),
      ),
    ],
    [
      PROGRESS_TAB,
      ids.map((_, i) =>
        row(PROGRESS_TAB, { indicator: (i % 8) + 1, owners: 'สำนักปลัด', progress: `- ความก้าวหน้าที่ ${i + 1}` }),
      ),
    ],
    [
      OIT_TAB,
      ids.map((_, i) =>
        row(OIT_TAB, { code: `O${(i % 43) + 1}`, name: `ข้อมูลที่ ${i + 1}`, owners: 'สำนักปลัด', status: 'เสร็จแล้วจ้า' }),
      ),
    ],
  ];
}

function validateCalls(n: number): { first: number; second: number; findings: number } {
  const env = createFakeEnvironment();
  installGlobals(globalThis, env);
  api.saveSettings({ ...SETTINGS, fiscalYear: 2566, itaYear: 2565, frameworkYear: 2566 });
  api.scaffoldTabs();
  env.uncounted(() => {
    for (const [spec, block] of rows(n)) {
      const sheet = env.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(spec.name)!;
      const start = sheet.getLastRow() + 1;
      const need = start + block.length - 1;
      if (need > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), need - sheet.getMaxRows());
      sheet.getRange(start, 1, block.length, spec.columns.length).setValues(block);
    }
  });
  env.counter.reset();
  const summary = api.validateWorkbook();
  const first = env.counter.total();
  env.counter.reset();
  api.validateWorkbook();
  return { first, second: env.counter.total(), findings: summary.findings.length };
}

test('validate costs the same Sheets calls on 20 and on 2,000 rows per tab (first run and re-run)', () => {
  const small = validateCalls(20);
  const large = validateCalls(2000);
  // the large workbook really has many more problem cells to paint
  expect(large.findings).toBeGreaterThan(small.findings * 50);
  expect(large.first).toBe(small.first);
  expect(large.second).toBe(small.second);
});

test('validate of a workbook with a standard tab the user emptied finds what a read of its data range finds', () => {
  const env = createFakeEnvironment();
  installGlobals(globalThis, env);
  api.saveSettings({ ...SETTINGS, fiscalYear: 2566, itaYear: 2565, frameworkYear: 2566 });
  api.scaffoldTabs();
  const ss = env.SpreadsheetApp.getActiveSpreadsheet();
  env.uncounted(() => ss.getSheetByName(MEASURES_TAB.name)!.getDataRange().clearContent());
  const summary = api.validateWorkbook();
  const grids = env.uncounted(() =>
    Object.fromEntries(ALL_TABS.map((t) => [t.id, ss.getSheetByName(t.name)?.getDataRange().getValues() ?? null])),
  );
  const expected = runValidation(workbookFromGrids(grids), exportValidationOptions(summary.checked!));
  expect(summary.findings).toEqual(expected);
  expect(summary.findings.length).toBeGreaterThan(0);
});
