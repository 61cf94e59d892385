// The ตั้งค่า tab reads like a Thai form: each row's คำอธิบาย is Thai first, the English after it.
import { createFakeEnvironment, installGlobals, type FakeEnvironment } from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { SETTINGS_TAB } from '../../../src/core/tabs';

let env: FakeEnvironment;
beforeEach(() => {
  env = createFakeEnvironment();
  installGlobals(globalThis, env);
});

test('every setting row of a new ตั้งค่า tab explains itself in Thai first, then in English', () => {
  api.scaffoldTabs();
  const rows = env.uncounted(() => env.spreadsheet.getSheetByName(SETTINGS_TAB.name)?.getDataRange().getValues() ?? []);
  const notes = rows.slice(1).map((r) => String(r[2] ?? ''));
  expect(notes.length).toBeGreaterThan(20);
  const notThaiFirst = notes.filter((n) => !/^[\u0E00-\u0E7F]/.test(n.replace(/^[^\u0E00-\u0E7FA-Za-z]+/, '')));
  expect(notThaiFirst).toEqual([]);
  // The English is still there, on its own line.
  expect(notes.every((n) => /\n[^\n]*[A-Za-z]/.test(n))).toBe(true);
});
