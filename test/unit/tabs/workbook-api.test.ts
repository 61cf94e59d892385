import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  asGas,
  createFakeEnvironment,
  effectiveBackground,
  fakeSheetsServices,
  installGlobals,
  type FakeEnvironment,
} from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { ANALYSIS_TAB, MEASURES_TAB, PROGRESS_TAB, SCORES_TAB } from '../../../src/core/tabs';
import {
  appendExportLog,
  readExportLog,
  ERROR_HIGHLIGHT,
  WARNING_HIGHLIGHT,
  type Spreadsheet,
} from '../../../src/gas/sheets';
import { SETTINGS } from '../validation/fixture';

const PASTE = readFileSync(join(__dirname, '../../fixtures/pastes/kham-khok-sung-style-thai-digits.txt'), 'utf8');

let env: FakeEnvironment;
beforeEach(() => {
  env = createFakeEnvironment();
  installGlobals(globalThis, env);
});

function values(name: string): unknown[][] {
  return env.uncounted(() => env.spreadsheet.getSheetByName(name)?.getDataRange().getValues() ?? []);
}

function cellModel(name: string, row: number, col: number) {
  return env.spreadsheet.model.sheets.find((s) => s.name === name)?.cells[row - 1]?.[col - 1];
}

test('settings saved from the sidebar read back the same', () => {
  api.scaffoldTabs();
  const state = api.saveSettings({ ...SETTINGS, itaYear: 2566, fiscalYear: 2567, frameworkYear: 2566 });
  expect(state.settings?.agencyName).toBe(SETTINGS.agencyName);
  expect(state.settings?.chain.map((c) => c.signer.name)).toEqual(SETTINGS.chain.map((c) => c.signer.name));
  expect(state.settings?.fiscalYear).toBe(2567);
  expect(state.tabs.every((t) => t.status === 'ok')).toBe(true);
});

test('applyScores writes scores and analysis, appends chosen measures once, keeps user text', () => {
  api.scaffoldTabs();
  api.saveSettings({ ...SETTINGS, itaYear: 2566, fiscalYear: 2567, frameworkYear: 2566 });
  const preview = api.previewScores({ text: PASTE }) as {
    belowTarget: number[];
    suggestions: { suggestionId: string; indicator: number }[];
  };
  expect(preview.belowTarget.length).toBeGreaterThan(0);
  const chosen = preview.suggestions.map((s) => s.suggestionId);
  // nothing written by the preview
  expect(values(SCORES_TAB.name)).toHaveLength(1);
  const first = api.applyScores({ text: PASTE, chosenSuggestionIds: chosen });
  expect(first.scoresWritten).toBe(14);
  expect(first.analysisRows).toBe(10);
  expect(first.measuresAdded).toBe(new Set(preview.suggestions.map((s) => s.indicator)).size);
  // the user writes their own text in an analysis row and edits a measure
  const analysis = values(ANALYSIS_TAB.name);
  const devCol = ANALYSIS_TAB.columns.findIndex((c) => c.key === 'developIssue') + 1;
  env.uncounted(() => env.spreadsheet.getSheetByName(ANALYSIS_TAB.name)?.getRange(2, devCol).setValue('ข้อความของฉัน'));
  const again = api.applyScores({ text: PASTE, chosenSuggestionIds: chosen });
  expect(again.measuresAdded).toBe(0);
  expect(values(ANALYSIS_TAB.name)[1]?.[devCol - 1]).toBe('ข้อความของฉัน');
  expect(values(ANALYSIS_TAB.name)).toHaveLength(analysis.length);
  expect(values(SCORES_TAB.name)).toHaveLength(15);
  const measures = values(MEASURES_TAB.name);
  expect(measures[1]?.[0]).toBe('M01');
  expect(measures[1]?.[MEASURES_TAB.columns.length - 1]).toBe('ระบบแนะนำ');
});

test('validate highlights problem cells with conditional formats; the user colour is never touched', () => {
  api.scaffoldTabs();
  api.saveSettings({ ...SETTINGS });
  const progress = env.uncounted(() => env.spreadsheet.getSheetByName(PROGRESS_TAB.name));
  const ownersCol = PROGRESS_TAB.columns.findIndex((c) => c.key === 'owners') + 1;
  const model = () => env.spreadsheet.model.sheets.find((s) => s.name === PROGRESS_TAB.name)!;
  env.uncounted(() => {
    progress?.getRange(2, ownersCol).setValue('');
    progress?.getRange(2, ownersCol).setBackground('#00ff00');
  });
  const summary = api.validateWorkbook();
  const f = summary.findings.find((x) => x.tab === PROGRESS_TAB.name && x.row === 2 && x.column === ownersCol);
  expect(f?.code).toBe('required');
  expect(effectiveBackground(model(), 2, ownersCol)).toBe(ERROR_HIGHLIGHT);
  expect(cellModel(PROGRESS_TAB.name, 2, ownersCol)?.background).toBe('#00ff00');
  // the user fixes it; the next run removes the highlight and the user's green shows again
  env.uncounted(() => progress?.getRange(2, ownersCol).setValue('สำนักปลัด'));
  env.counter.reset();
  const next = api.validateWorkbook();
  expect(next.findings.some((x) => x.tab === PROGRESS_TAB.name && x.row === 2 && x.column === ownersCol)).toBe(false);
  expect(effectiveBackground(model(), 2, ownersCol)).toBe('#00ff00');
  expect([ERROR_HIGHLIGHT, WARNING_HIGHLIGHT]).not.toContain(effectiveBackground(model(), 2, ownersCol));
  // validate never reads or writes a background
  expect(env.counter.byPrefix('Range.setBackground') + env.counter.byPrefix('Range.getBackground')).toBe(0);
});

test('selectCell activates the finding cell; menus summarise in Thai and English', () => {
  api.scaffoldFromMenu();
  expect(env.spreadsheet.toasts[0]?.message).toContain('สร้างแท็บใหม่ 9 แท็บ');
  expect(env.spreadsheet.toasts[0]?.message).toContain('9 tab(s) created');
  api.selectCell({ tab: PROGRESS_TAB.name, row: 3, column: 2 });
  const active = env.uncounted(() => env.spreadsheet.getActiveRange());
  expect(active?.getA1Notation()).toBe('B3');
  api.validateFromMenu();
  expect(env.ui.alerts.length + env.spreadsheet.toasts.length).toBeGreaterThan(1);
});

test('export log: append and read back', () => {
  const ss = asGas<Spreadsheet>(env.spreadsheet);
  const services = fakeSheetsServices(env);
  appendExportLog(ss, services, {
    time: '2566-09-20 10:00',
    report: 'รายงานผล (O43)',
    link: 'https://docs.google.com/x',
    user: 'a@b.c',
  });
  appendExportLog(ss, services, {
    time: '2566-09-21 10:00',
    report: '=HYPERLINK("x")',
    link: 'https://docs.google.com/y',
    user: 'a@b.c',
  });
  const log = readExportLog(ss);
  expect(log.map((l) => l.report)).toEqual(['รายงานผล (O43)', '=HYPERLINK("x")']);
  expect(log[0]?.sheetRow).toBe(2);
});
