// The one safe-write path: every write keeps the user's text as text, never replaces a formula (one that
// shows "" included), and never writes back a cell it does not change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  asGas,
  createFakeEnvironment,
  fakeSheetsServices,
  installGlobals,
  type FakeEnvironment,
} from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { ANALYSIS_TAB, OIT_TAB, PROGRESS_TAB, SCORES_TAB } from '../../../src/core/tabs';
import { safeCellValue, sheetsWouldParse } from '../../../src/core/workbook';
import { writeCells } from '../../../src/gas/sheets/safe-write';
import { appendExportLog, type Sheet } from '../../../src/gas/sheets';
import { SETTINGS } from '../validation/fixture';

const PASTE = readFileSync(join(__dirname, '../../fixtures/pastes/kham-khok-sung-style-thai-digits.txt'), 'utf8');
const TODAY = { ...SETTINGS, fiscalYear: 2570, itaYear: 2569, frameworkYear: 2569, digits: 'thai' as const };

let env: FakeEnvironment;
beforeEach(() => {
  env = createFakeEnvironment();
  installGlobals(globalThis, env);
});

const sheet = (name: string) => env.uncounted(() => env.spreadsheet.getSheetByName(name) as unknown as Sheet);
const cell = (name: string, row: number, col: number) =>
  env.spreadsheet.model.sheets.find((s) => s.name === name)?.cells[row - 1]?.[col - 1];
const col = (spec: { columns: readonly { key: string }[] }, key: string) =>
  spec.columns.findIndex((c) => c.key === key) + 1;

test('saving settings with another year or digit style keeps the user text typed in ความก้าวหน้ารายตัวชี้วัด', () => {
  api.scaffoldTabs();
  api.saveSettings(TODAY);
  const typed = ["'=ดูแผน", "'0012", "'TRUE", "'2567-10-01", "'1,234"];
  env.uncounted(() =>
    sheet(PROGRESS_TAB.name)
      .getRange(4, 2, typed.length, 1)
      .setValues(typed.map((t) => [t])),
  );
  api.saveSettings({ ...TODAY, fiscalYear: 2571, digits: 'arabic' });
  api.saveSettings({ ...TODAY, fiscalYear: 2569 });
  typed.forEach((t, i) => {
    expect(cell(PROGRESS_TAB.name, 4 + i, 2)?.formula).toBe('');
    expect(cell(PROGRESS_TAB.name, 4 + i, 2)?.value).toBe(t.slice(1));
  });
  // the rows the user did not touch did follow the settings
  expect(String(cell(PROGRESS_TAB.name, 2, 2)?.value)).not.toBe('');
});

test.each([2569, 2566])(
  "the add-on's own '- …' OIT bullets (framework %i) stay text when a new fiscal year refreshes them",
  (frameworkYear) => {
    // Settings first: set-up then pre-fills the OIT list of that framework year.
    api.saveSettings({ ...TODAY, frameworkYear });
    api.scaffoldTabs();
    const req = col(OIT_TAB, 'requirement');
    const rows = env.spreadsheet.model.sheets.find((s) => s.name === OIT_TAB.name)?.cells ?? [];
    // The user rewrites one bullet between two the add-on will refresh.
    const rowsWithBullets = rows.flatMap((r, i) => (String(r?.[req - 1]?.value ?? '').startsWith('- ') ? [i + 1] : []));
    const mine = rowsWithBullets[2] as number;
    env.uncounted(() => sheet(OIT_TAB.name).getRange(mine, req).setValue("'- ข้อความของฉัน"));
    api.saveSettings({ ...TODAY, frameworkYear, fiscalYear: 2571 });
    expect(cell(OIT_TAB.name, mine, req)).toMatchObject({ value: '- ข้อความของฉัน', formula: '' });
    const bullets = rows
      .slice(1)
      .map((r) => r?.[req - 1])
      .filter((c) => c && c.value !== '');
    expect(bullets.length).toBeGreaterThan(3);
    for (const c of bullets) {
      expect(c?.formula).toBe('');
      expect(String(c?.value).startsWith('- ')).toBe(true);
    }
    expect(bullets.some((c) => String(c?.value).includes('๒๕๗๑'))).toBe(true);
  },
);

test('writing scores keeps a user formula that shows "" in วิเคราะห์ผล and in คะแนน ITA', () => {
  api.scaffoldTabs();
  api.saveSettings({ ...SETTINGS, itaYear: 2566, fiscalYear: 2567, frameworkYear: 2566 });
  api.applyScores({ text: PASTE, chosenSuggestionIds: [] });
  const issue = col(ANALYSIS_TAB, 'assessmentIssue');
  const score = col(SCORES_TAB, 'score');
  env.uncounted(() => {
    sheet(ANALYSIS_TAB.name).getRange(2, issue).setFormula('=""');
    sheet(ANALYSIS_TAB.name).getRange(3, issue).setValue('');
    sheet(SCORES_TAB.name).getRange(2, score).setFormula('=""');
  });
  api.applyScores({ text: PASTE, chosenSuggestionIds: [] });
  expect(cell(ANALYSIS_TAB.name, 2, issue)?.formula).toBe('=""');
  expect(cell(SCORES_TAB.name, 2, score)?.formula).toBe('=""');
  // an empty user cell is still filled in
  expect(String(cell(ANALYSIS_TAB.name, 3, issue)?.value)).not.toBe('');
});

test('set-up leaves a same-named tab whose row-1 formulas show "" untouched and calls it foreign', () => {
  env.uncounted(() => {
    const s = env.spreadsheet.insertSheet(PROGRESS_TAB.name);
    s.getRange(1, 1, 1, 3).setFormulas([['=""', '=""', '=""']]);
  });
  const summary = api.scaffoldTabs();
  expect(summary.foreign.map((f) => f.tab)).toContain(PROGRESS_TAB.name);
  for (let c = 1; c <= 3; c++) {
    expect(cell(PROGRESS_TAB.name, 1, c)?.formula).toBe('=""');
    expect(cell(PROGRESS_TAB.name, 1, c)?.value).toBe('');
  }
  expect(cell(PROGRESS_TAB.name, 2, 1)).toBeUndefined();
});

test('export log entries that look like formulas, numbers or dates are logged as text', () => {
  api.scaffoldTabs();
  const ss = asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(env.spreadsheet);
  appendExportLog(ss, fakeSheetsServices(env), {
    time: '2570-01-02',
    report: '- รายงาน',
    link: '0012',
    user: 'TRUE',
  });
  const row = env.spreadsheet.model.sheets.find((s) => s.name === 'ประวัติการส่งออก')?.cells[1] ?? [];
  expect(row.slice(0, 4).map((c) => c?.value)).toEqual(['2570-01-02', '- รายงาน', '0012', 'TRUE']);
});

describe('writeCells', () => {
  test('writes only the given cells, keeps text as text, skips formulas and cells the user changed', () => {
    const s = env.uncounted(() => env.spreadsheet.insertSheet('t') as unknown as Sheet);
    env.uncounted(() =>
      s.getRange(1, 1, 3, 2).setValues([
        ['old', "'0012"],
        ['=""', 'mine'],
        ['', "'- user"],
      ]),
    );
    env.uncounted(() => s.getRange(2, 1).setFormula('=""'));
    env.counter.reset();
    const n = writeCells(s, [
      { row: 1, column: 1, value: '1,234', expect: 'old' },
      { row: 2, column: 1, value: 'x', expect: '' },
      { row: 2, column: 2, value: 'x', expect: 'old' },
      { row: 3, column: 1, value: '=SUM(1)', expect: '' },
    ]);
    expect(n).toBe(2);
    const model = env.spreadsheet.model.sheets.find((m) => m.name === 't')!;
    expect(model.cells[0]?.[0]?.value).toBe('1,234');
    expect(model.cells[1]?.[0]?.formula).toBe('=""');
    expect(model.cells[1]?.[1]?.value).toBe('mine');
    expect(model.cells[2]?.[0]).toMatchObject({ value: '=SUM(1)', formula: '' });
    // neighbours were not written back: the user's "'0012" and "'- user" are still text
    expect(model.cells[0]?.[1]?.value).toBe('0012');
    expect(model.cells[2]?.[1]?.value).toBe('- user');
  });

  test('a plain-text cell gets the text without an apostrophe', () => {
    const s = env.uncounted(() => env.spreadsheet.insertSheet('t') as unknown as Sheet);
    env.uncounted(() => s.getRange(1, 1).setNumberFormat('@'));
    writeCells(s, [{ row: 1, column: 1, value: '0012', expect: '' }]);
    expect(env.spreadsheet.model.sheets.find((m) => m.name === 't')?.cells[0]?.[0]?.value).toBe('0012');
  });

  test('adjacent cells go in one call', () => {
    const s = env.uncounted(() => env.spreadsheet.insertSheet('t') as unknown as Sheet);
    env.counter.reset();
    const writes = Array.from({ length: 50 }, (_, i) => ({ row: 2 + i, column: 3, value: `- ${i}`, expect: '' }));
    writeCells(s, writes, { values: [] });
    expect(env.counter.get('Range.setValues')).toBe(1);
  });
});

test.each(['=x', '+66 81', '-1', '@me', "'q", '0012', '1,234', '2567-10-01', 'TRUE', 'false', ' 12 ', '10:30', '50%'])(
  'Sheets would parse %p: it is written with an apostrophe',
  (text) => {
    expect(sheetsWouldParse(text)).toBe(true);
    expect(safeCellValue(text)).toBe(`'${text}`);
  },
);

test.each(['สำนักปลัด', 'ตัวชี้วัดที่ ๑', ''])('%p is written as it is', (text) => {
  expect(safeCellValue(text)).toBe(text);
});
