// Years are never mixed (issue 9 item 3): with the ITA year 2569 in settings and 2569 scores written, a
// pasted 2566 report is stored as 2566's scores and never replaces the 2569 analysis or adds 2566's
// measures; the user may instead make 2566 the current ITA year; a paste of several years stores each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFakeEnvironment, installGlobals, type FakeEnvironment } from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { ANALYSIS_TAB, MEASURES_TAB, SCORES_TAB } from '../../../src/core/tabs';
import { SETTINGS } from '../validation/fixture';

const PASTE_2566 = readFileSync(join(__dirname, '../../fixtures/pastes/kham-khok-sung-style-thai-digits.txt'), 'utf8');
const TWO_YEARS = readFileSync(join(__dirname, '../../fixtures/pastes/two-years-thai.txt'), 'utf8');

/** ITA 2569: indicator 9 scores 100 (2566: 76, below the target), 10 is the only weak one. */
const SCORES_2569 = [91.5, 88.12, 93.75, 86.58, 90.1, 89.31, 87.64, 86.05, 100, 70.25];
const paste = (year: number, scores: readonly number[]) =>
  [`ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${year}`, ...scores.map((s, i) => `ตัวชี้วัดที่ ${i + 1}\t${s.toFixed(2)}`)].join(
    '\n',
  );
const SETTINGS_2569 = { ...SETTINGS, fiscalYear: 2570, itaYear: 2569, frameworkYear: 2569 };

let env: FakeEnvironment;
beforeEach(() => {
  env = createFakeEnvironment();
  installGlobals(globalThis, env);
  api.scaffoldTabs();
  api.saveSettings(SETTINGS_2569);
});

function rows(spec: { name: string; columns: readonly { key: string }[] }): Record<string, unknown>[] {
  const grid = env.uncounted(() => env.spreadsheet.getSheetByName(spec.name)?.getDataRange().getValues() ?? []);
  return grid.slice(1).map((r) => Object.fromEntries(spec.columns.map((c, i) => [c.key, r[i]])));
}

const scoreOf = (year: number, no: number) =>
  rows(SCORES_TAB).find((r) => r.year === year && r.kind === 'ตัวชี้วัด' && r.indicator === no)?.score;

interface Preview {
  year: number;
  years: number[];
  settingsYear: number | null;
  proposedYear: number | null;
  current: boolean;
  suggestions: { suggestionId: string; indicator: number }[];
}

/** What the sidebar does: preview, tick every suggested measure, write. */
function pasteAndWrite(text: string, yearChoice?: 'store' | 'make-current') {
  const preview = api.previewScores({ text, ...(yearChoice ? { yearChoice } : {}) }) as Preview;
  const chosen = preview.suggestions.map((s) => s.suggestionId);
  return {
    preview,
    done: api.applyScores({ text, chosenSuggestionIds: chosen, ...(yearChoice ? { yearChoice } : {}) }),
  };
}

function write2569(): void {
  const { done } = pasteAndWrite(paste(2569, SCORES_2569));
  expect(done.analysisRows).toBe(10);
  expect(rows(MEASURES_TAB).map((m) => m.indicator)).toEqual([10]);
}

test('a 2566 paste under ITA year 2569 is stored as 2566 and leaves the 2569 analysis and measures alone', () => {
  write2569();
  const analysisBefore = rows(ANALYSIS_TAB);
  const { preview, done } = pasteAndWrite(PASTE_2566);
  // The preview says the paste is another year and proposes nothing for it.
  expect(preview).toMatchObject({ year: 2566, years: [2566], settingsYear: 2569, proposedYear: 2566, current: false });
  expect(preview.suggestions).toEqual([]);
  expect(done).toMatchObject({ scoresWritten: 14, analysisRows: 0, measuresAdded: 0, years: [2566], itaYear: 2569 });
  expect(rows(ANALYSIS_TAB)).toEqual(analysisBefore);
  expect(rows(ANALYSIS_TAB).find((r) => r.indicator === 9)?.score).toBe(100);
  // No measure for indicator 9, which scores 100 in 2569.
  expect(rows(MEASURES_TAB).map((m) => m.indicator)).toEqual([10]);
  // Both years' rows, keyed by year.
  expect(scoreOf(2569, 9)).toBe(100);
  expect(scoreOf(2566, 9)).toBe(76);
  const summary = api.validateWorkbook({ reports: ['analysis', 'measures'], round: '12', memo: false });
  expect(summary.findings.filter((f) => f.tab === ANALYSIS_TAB.name && f.severity === 'error')).toEqual([]);
});

test('choosing "make 2566 the current year" changes the settings ITA year, then analyses 2566', () => {
  const { preview, done } = pasteAndWrite(PASTE_2566, 'make-current');
  expect(preview).toMatchObject({ year: 2566, current: true });
  expect(done).toMatchObject({ analysisRows: 10, itaYear: 2566 });
  expect(done.measuresAdded).toBeGreaterThan(0);
  expect(api.getSidebarState().settings?.itaYear).toBe(2566);
  expect(rows(ANALYSIS_TAB).find((r) => r.indicator === 9)?.score).toBe(76);
});

test('validation catches a วิเคราะห์ผล tab of another year than the settings ITA year', () => {
  // 2566 analysed as current, then the settings go back to 2569 with no 2569 scores stored.
  pasteAndWrite(PASTE_2566, 'make-current');
  api.saveSettings(SETTINGS_2569);
  const summary = api.validateWorkbook({ reports: ['analysis', 'measures'], round: '12', memo: false });
  const stale = summary.findings.find((f) => f.code === 'analysis-other-year');
  expect(stale).toMatchObject({ tab: ANALYSIS_TAB.name, severity: 'error' });
  expect(stale?.message_th).toContain('ปี 2566');
  expect(stale?.message_en).toContain('ITA year 2569');
  expect(summary.findings.some((f) => f.code === 'report-analysis-no-scores' && f.severity === 'error')).toBe(true);
});

test('the previous year pasted later feeds the trend column of the current analysis', () => {
  write2569();
  const previous = SCORES_2569.map((s) => Math.min(100, s - 2));
  const { done } = pasteAndWrite(paste(2568, previous));
  expect(done).toMatchObject({ years: [2568], measuresAdded: 0 });
  expect(done.analysisRows).toBe(10);
  const trend = rows(ANALYSIS_TAB).find((r) => r.indicator === 1)?.trend;
  expect(trend).toBeCloseTo(2, 2);
  expect(rows(ANALYSIS_TAB).find((r) => r.indicator === 1)?.score).toBe(91.5);
});

test('the current year pasted after the previous one takes its trend from the sheet', () => {
  pasteAndWrite(
    paste(
      2568,
      SCORES_2569.map((s) => s - 1),
    ),
  );
  expect(rows(ANALYSIS_TAB)).toEqual([]);
  pasteAndWrite(paste(2569, SCORES_2569));
  expect(rows(ANALYSIS_TAB).find((r) => r.indicator === 2)?.trend).toBeCloseTo(1, 2);
});

test('a paste of two years stores both; the latest is proposed as the current year', () => {
  const { preview, done } = pasteAndWrite(TWO_YEARS);
  expect(preview).toMatchObject({ years: [2565, 2566], proposedYear: 2566, settingsYear: 2569, current: false });
  expect(done).toMatchObject({ years: [2565, 2566], analysisRows: 0, measuresAdded: 0 });
  expect(scoreOf(2565, 1)).toBe(90.12);
  expect(scoreOf(2566, 1)).toBe(97.25);
  // Made current: the latest year is analysed, with the earlier one as its trend.
  const made = pasteAndWrite(TWO_YEARS, 'make-current');
  expect(made.done.itaYear).toBe(2566);
  const ind1 = rows(ANALYSIS_TAB).find((r) => r.indicator === 1);
  expect(ind1?.score).toBe(97.25);
  expect(ind1?.trend).toBeCloseTo(7.13, 2);
});

test('two years side by side (ตัวชี้วัด ⇥ ปี 2568 ⇥ ปี 2569) store both; 2569 is analysed with its trend', () => {
  const text = [
    'ตัวชี้วัด\tปี 2568\tปี 2569',
    ...SCORES_2569.map((v, i) => `ตัวชี้วัดที่ ${i + 1}\t${(v - 1).toFixed(2)}\t${v.toFixed(2)}`),
  ].join('\n');
  const { preview, done } = pasteAndWrite(text);
  expect(preview).toMatchObject({ year: 2569, years: [2568, 2569], current: true });
  expect(done).toMatchObject({ years: [2568, 2569], analysisRows: 10, measuresAdded: 1 });
  expect(scoreOf(2568, 3)).toBe(92.75);
  expect(scoreOf(2569, 3)).toBe(93.75);
  expect(rows(ANALYSIS_TAB).find((r) => r.indicator === 3)?.trend).toBeCloseTo(1, 2);
});
