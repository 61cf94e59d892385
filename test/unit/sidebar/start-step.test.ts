// The step the sidebar opens at: the menu "Export reports…" lands on step 4, but never before the agency is named.
import type { SidebarState } from '../../../src/core/rpc/contract';
import { defaultSettings } from '../../../src/core/workbook/default-settings';
import { startStep } from '../../../sidebar/src/start-step';

const defaults = defaultSettings(new Date(2026, 9, 15), { frameworkYears: [] });
const state = (agencyName: string | null, openStep?: SidebarState['openStep']): SidebarState => ({
  settings: agencyName === null ? null : { ...defaults, agencyName },
  defaults,
  tabs: [],
  frameworkYears: [],
  lastExports: [],
  ...(openStep ? { openStep } : {}),
});

const ORG = 'องค์การบริหารส่วนตำบลห้วยแก้ว';

describe('startStep', () => {
  test('opened from "Export reports…" on a configured file: step 4 (export)', () => {
    expect(startStep(state(ORG, 'export'))).toBe(3);
  });

  test('opened plainly on a configured file: step 2 (scores)', () => {
    expect(startStep(state(ORG))).toBe(1);
  });

  test('no agency name saved: step 1 (settings), even when the menu asked for export', () => {
    expect(startStep(state(null, 'export'))).toBe(0);
    expect(startStep(state('  ', 'export'))).toBe(0);
    expect(startStep(state(null))).toBe(0);
  });
});
