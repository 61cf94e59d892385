// After set-up the user sees the ตั้งค่า tab, on the first value to fill, not the last tab inserted.
import { createFakeEnvironment, installGlobals, type FakeEnvironment } from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { SCAFFOLD_ORDER } from '../../../src/gas/sheets';
import { SETTINGS_TAB } from '../../../src/core/tabs';

let env: FakeEnvironment;
beforeEach(() => {
  env = createFakeEnvironment();
  installGlobals(globalThis, env);
});

const shown = () =>
  env.uncounted(() => {
    const range = env.spreadsheet.getActiveRange();
    return { tab: env.spreadsheet.getActiveSheet().getName(), cell: range?.getA1Notation() ?? null };
  });

test('the one-call set-up ends on the ตั้งค่า tab, agency name selected', () => {
  api.scaffoldTabs();
  expect(shown()).toEqual({ tab: SETTINGS_TAB.name, cell: 'B2' });
  expect(env.counter.get('Spreadsheet.setActiveSelection')).toBe(1);
});

test('the sidebar’s tab-by-tab set-up ends there too', () => {
  for (let index = 0; index < SCAFFOLD_ORDER.length; index++) api.scaffoldTab({ index });
  expect(shown()).toEqual({ tab: SETTINGS_TAB.name, cell: 'B2' });
  expect(env.counter.get('Spreadsheet.setActiveSelection')).toBe(1);
});

test('a set-up that creates nothing leaves the user where they are', () => {
  api.scaffoldTabs();
  env.uncounted(() => env.spreadsheet.getSheets()[0]?.activate());
  const before = shown();
  api.scaffoldTabs();
  expect(shown()).toEqual(before);
});
