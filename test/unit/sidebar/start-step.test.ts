// The step the sidebar opens at: the first step the workbook has not done, or the one the menu asked for
// ("Export reports…"), but never before the agency is named.
import type { SidebarState, WorkbookProgress } from '../../../src/core/rpc/contract';
import { defaultSettings } from '../../../src/core/workbook/default-settings';
import { nextStep, startStep } from '../../../sidebar/src/start-step';

const defaults = defaultSettings(new Date(2026, 9, 15), { frameworkYears: [] });
const ORG = 'องค์การบริหารส่วนตำบลห้วยแก้ว';
const SCORES: WorkbookProgress['scores'] = {
  year: 2569,
  overall: 78.53,
  level: 'B',
  target: 85,
  indicators: 10,
  belowTarget: 4,
  previousYear: 2568,
  previousOverall: null,
  change: null,
};
const DONE: WorkbookProgress = {
  settingsSaved: true,
  tabsReady: 9,
  tabsTotal: 9,
  scores: SCORES,
  validation: { time: '29/11/2569 09:00', errors: 0, warnings: 4, stale: false },
  lastExport: null,
};

const state = (progress: Partial<WorkbookProgress>, openStep?: SidebarState['openStep']): SidebarState => {
  const p = { ...DONE, ...progress };
  return {
    settings: p.settingsSaved ? { ...defaults, agencyName: ORG } : null,
    defaults,
    tabs: [],
    frameworkYears: [],
    lastExports: [],
    progress: p,
    items: { frameworkYear: 2569, analysis: 'O25', results: 'O26' },
    ...(openStep ? { openStep } : {}),
  };
};

describe('startStep', () => {
  test('no agency name saved: step 1 (settings), even when the menu asked for export', () => {
    expect(startStep(state({ settingsSaved: false }, 'export'))).toBe(0);
    expect(startStep(state({ settingsSaved: false }))).toBe(0);
  });

  test('named but tabs not all set up: step 1, where "set up tabs" is', () => {
    expect(startStep(state({ tabsReady: 1 }))).toBe(0);
  });

  test('tabs set up, no score of the ITA year: step 2 (scores)', () => {
    expect(startStep(state({ scores: null }))).toBe(1);
  });

  test('scores in, never validated, errors found, or validated before a later write: step 3', () => {
    expect(startStep(state({ validation: null }))).toBe(2);
    expect(startStep(state({ validation: { time: 't', errors: 2, warnings: 0, stale: false } }))).toBe(2);
    expect(startStep(state({ validation: { time: 't', errors: 0, warnings: 0, stale: true } }))).toBe(2);
  });

  test('validated without errors (warnings allowed): step 4 (export)', () => {
    expect(startStep(state({}))).toBe(3);
    expect(nextStep(state({}))).toBe('export');
  });

  test('opened from "Export reports…" on a configured file: step 4 whatever is done', () => {
    expect(startStep(state({ scores: null }, 'export'))).toBe(3);
  });
});
