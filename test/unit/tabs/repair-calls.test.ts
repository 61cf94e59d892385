// Set-up run again on a filled workbook (the menu's "repair"), as the bench measures it: its Sheets calls do
// not grow with the rows, and rows past a tab's first 1,000 get their dropdowns back within the same budget.
import { createFakeEnvironment, installGlobals } from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { ALL_TABS } from '../../../src/core/tabs';

function repairCalls(rowsPerTab: number) {
  const env = createFakeEnvironment();
  installGlobals(globalThis, env);
  api.scaffoldTabs();
  env.uncounted(() => {
    for (const spec of ALL_TABS) {
      if (spec.kind !== 'table') continue;
      const sheet = env.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(spec.name)!;
      const start = sheet.getLastRow() + 1;
      const need = start + rowsPerTab - 1;
      if (need > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), need - sheet.getMaxRows());
      const rows = Array.from({ length: rowsPerTab }, (_, i) => spec.columns.map((c) => `${c.key} ${i}`));
      sheet.getRange(start, 1, rowsPerTab, spec.columns.length).setValues(rows);
    }
  });
  env.counter.reset();
  api.scaffoldTabs();
  return { calls: env.counter.total(), ...env.counter.kinds };
}

test('repair of 20 or 2,000 rows per tab: at most 90 calls, no read waiting on a write', () => {
  const small = repairCalls(20);
  const large = repairCalls(2000);
  expect(small.writes).toBe(0);
  expect(large.calls).toBeLessThanOrEqual(90);
  expect(large.flushes).toBe(0);
  // what the rows past the 1,000th add is a fixed few calls per tab, not per row
  expect(repairCalls(5000).calls).toBe(large.calls);
});
