// The server side of "the sidebar opens where the user is": SidebarState.progress read through the workbook
// reader, the last validation kept as a small record in the document properties (marked stale by a write),
// the framework year's item codes, recent exports newest first, and set-up one tab per call.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFakeEnvironment, installGlobals, type FakeEnvironment } from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { LAST_VALIDATION_KEY, readValidationDone, recentExports } from '../../../src/core/workbook';
import { SETTINGS } from '../validation/fixture';

const PASTE = readFileSync(join(__dirname, '../../fixtures/pastes/kham-khok-sung-style-thai-digits.txt'), 'utf8');

let env: FakeEnvironment;
beforeEach(() => {
  env = createFakeEnvironment();
  installGlobals(globalThis, env);
});

const snapshot = () =>
  env.uncounted(() =>
    env.spreadsheet.getSheets().map((sheet) => ({ name: sheet.getName(), values: sheet.getDataRange().getValues() })),
  );

test('a new file: nothing done, today’s framework codes', () => {
  const state = api.getSidebarState();
  expect(state.progress).toEqual({
    settingsSaved: false,
    tabsReady: 0,
    tabsTotal: 9,
    scores: null,
    validation: null,
    lastExport: null,
  });
  expect(state.items.frameworkYear).toBe(state.defaults.frameworkYear);
});

test('item codes follow the saved framework year: O42/O43 for 2566, O25/O26 for 2569', () => {
  api.scaffoldTabs();
  expect(api.saveSettings({ ...SETTINGS, itaYear: 2566, fiscalYear: 2567, frameworkYear: 2566 }).items).toEqual({
    frameworkYear: 2566,
    analysis: 'O42',
    results: 'O43',
  });
  expect(api.saveSettings({ ...SETTINGS, itaYear: 2569, fiscalYear: 2570, frameworkYear: 2569 }).items).toEqual({
    frameworkYear: 2569,
    analysis: 'O25',
    results: 'O26',
  });
  // 2567 has no known measures item: no code rather than a wrong one.
  const unknown = api.saveSettings({ ...SETTINGS, itaYear: 2567, fiscalYear: 2568, frameworkYear: 2567 }).items;
  expect([unknown.analysis, unknown.results]).toEqual([null, null]);
});

test('scores, validation and the write after it are told; the record stays a few bytes', () => {
  api.scaffoldTabs();
  api.saveSettings({ ...SETTINGS, itaYear: 2566, fiscalYear: 2567, frameworkYear: 2566 });
  let p = api.getSidebarState().progress;
  expect([p.settingsSaved, p.tabsReady, p.scores, p.validation]).toEqual([true, 9, null, null]);

  api.applyScores({ text: PASTE, chosenSuggestionIds: [] });
  p = api.getSidebarState().progress;
  expect(p.scores?.year).toBe(2566);
  expect(p.scores?.indicators).toBe(10);
  expect(p.scores?.overall).not.toBeNull();
  expect(p.scores?.belowTarget).toBeGreaterThan(0);
  expect(p.scores?.change).toBeNull();

  const summary = api.validateWorkbook();
  p = api.getSidebarState().progress;
  expect(p.validation).toMatchObject({ errors: summary.errorCount, warnings: summary.warningCount, stale: false });
  expect(p.validation?.time).toMatch(/^\d\d\/\d\d\/25\d\d \d\d:\d\d$/);
  const raw = env.uncounted(() => env.PropertiesService.getDocumentProperties().getProperty(LAST_VALIDATION_KEY));
  expect((raw ?? '').length).toBeLessThan(100);

  api.applyScores({ text: PASTE, chosenSuggestionIds: [] });
  expect(api.getSidebarState().progress.validation?.stale).toBe(true);
  api.validateWorkbook();
  expect(api.getSidebarState().progress.validation?.stale).toBe(false);
  api.scaffoldTab({ index: 0 });
  expect(api.getSidebarState().progress.validation?.stale).toBe(true);
});

test('a hand-edited validation record is ignored, not trusted', () => {
  expect(readValidationDone('{"time":"x","errors":-1,"warnings":0}')).toBeNull();
  expect(readValidationDone('not json')).toBeNull();
  expect(readValidationDone(null)).toBeNull();
  expect(readValidationDone('{"time":"t","errors":2,"warnings":0}')).toEqual({
    time: 't',
    errors: 2,
    warnings: 0,
    stale: false,
  });
});

test('recent exports: the last rows of the log, newest first, five of them', () => {
  const log = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ time: `t${n}`, report: `r${n}`, link: '', user: '' }));
  expect(recentExports(log).map((e) => e.report)).toEqual(['r7', 'r6', 'r5', 'r4', 'r3']);
  expect(recentExports(log, 1).map((e) => e.report)).toEqual(['r7']);
  expect(recentExports([])).toEqual([]);
});

test('set-up one tab per call gives the same workbook as the one-call set-up', () => {
  const results = [];
  for (let index = 0; index < 9; index++) results.push(api.scaffoldTab({ index }));
  expect(results.map((r) => `${r.index + 1}/${r.total}`)).toEqual([
    '1/9',
    '2/9',
    '3/9',
    '4/9',
    '5/9',
    '6/9',
    '7/9',
    '8/9',
    '9/9',
  ]);
  expect(results.flatMap((r) => r.summary.created)).toEqual(results.map((r) => r.tab));
  const tabByTab = snapshot();

  env = createFakeEnvironment();
  installGlobals(globalThis, env);
  api.scaffoldTabs();
  const oneCall = snapshot();
  expect(tabByTab.map((t) => t.name).sort()).toEqual(oneCall.map((t) => t.name).sort());
  for (const tab of oneCall) expect(tabByTab.find((t) => t.name === tab.name)?.values).toEqual(tab.values);

  // Again: every tab is there, nothing changes.
  const again = Array.from({ length: 9 }, (_, index) => api.scaffoldTab({ index }));
  expect(again.flatMap((r) => r.summary.unchanged)).toHaveLength(9);
});

test('each per-tab call is complete on its own: a late tab first, then the rest', () => {
  const late = api.scaffoldTab({ index: 5 });
  expect(late.summary.created).toEqual([late.tab]);
  for (let index = 0; index < 9; index++) api.scaffoldTab({ index });
  expect(api.getSidebarState().tabs.every((t) => t.status === 'ok')).toBe(true);
  expect(() => api.scaffoldTab({ index: 9 })).toThrow(/no tab at this place/);
});
