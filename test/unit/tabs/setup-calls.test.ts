// Set-up of an empty workbook: every header looks the same whichever way the tabs are made, widths come out
// as their classes in the fewest calls, and set-up and validate cost exactly the floor the bench reports.
import fc from 'fast-check';
import { ALL_TABS, hasPrefill, prefillRows, type ColumnSpec } from '../../../src/core/tabs';
import { createFakeEnvironment, installGlobals, type SheetModel } from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { columnRuns, HEADER_BACKGROUND, widthClass, widthPaints } from '../../../src/gas/sheets/header-format';
import { SCAFFOLD_ORDER } from '../../../src/gas/sheets';
import { setUpFloor, validateFloor } from '../../../src/node/bench/floor';
import { SETTINGS } from '../validation/fixture';

function fresh() {
  const env = createFakeEnvironment();
  installGlobals(globalThis, env);
  return env;
}

/** Row 1 as a user sees it: bold, shade, vertical alignment and wrap of columns 1..width + 2. */
function headerLook(sheet: SheetModel, width: number) {
  return Array.from({ length: width + 2 }, (_, c) => {
    const cell = sheet.cells[0]?.[c];
    return [cell?.fontWeight ?? 'normal', cell?.background ?? '#ffffff', cell?.verticalAlignment ?? 'bottom'];
  });
}

test('every header is bold, shaded and centred up to its last column and no further, in one run or tab by tab', () => {
  const together = fresh();
  api.scaffoldTabs();
  const byTab = fresh();
  for (let i = 0; i < SCAFFOLD_ORDER.length; i++) api.scaffoldTab({ index: i });
  for (const env of [together, byTab]) {
    for (const spec of ALL_TABS) {
      const sheet = env.spreadsheet.model.sheets.find((s) => s.name === spec.name)!;
      const n = spec.columns.length;
      const look = headerLook(sheet, n);
      expect(look.slice(0, n)).toEqual(Array.from({ length: n }, () => ['bold', HEADER_BACKGROUND, 'middle']));
      expect(look.slice(n)).toEqual([
        ['normal', '#ffffff', 'bottom'],
        ['normal', '#ffffff', 'bottom'],
      ]);
      expect(sheet.cells[0]?.slice(0, n).every((c) => c?.wrapStrategy === 'WRAP')).toBe(true);
    }
  }
});

test('property: width calls leave every column at its class width, in no more calls than runs of one width', () => {
  const widths = fc.array(fc.constantFrom(60, 80, 120, 150, 160, 200, 240, 260, 320, 360), {
    minLength: 1,
    maxLength: 14,
  });
  fc.assert(
    fc.property(widths, fc.integer({ min: 1, max: 5 }), (list, first) => {
      const placed = list.map((width, i) => ({ spec: { width } as ColumnSpec, column: first + i }));
      const shown = new Map<number, number>();
      for (const p of widthPaints(placed)) for (let c = 0; c < p.count; c++) shown.set(p.column + c, p.width);
      for (const p of placed) expect(shown.get(p.column) ?? 100).toBe(widthClass(p.spec.width));
      const runs = columnRuns(placed, (a, b) => widthClass(a.spec.width) === widthClass(b.spec.width));
      const paintedRuns = runs.filter((r) => widthClass(r[0]!.spec.width) !== 100).length;
      expect(widthPaints(placed).length).toBeLessThanOrEqual(paintedRuns);
    }),
  );
  // 200 | 320 | 200 is two calls: 200 over all three, then 320 in the middle
  const three = [200, 320, 200].map((width, i) => ({ spec: { width } as ColumnSpec, column: i + 1 }));
  expect(widthPaints(three)).toEqual([
    { column: 1, count: 3, width: 200 },
    { column: 2, count: 1, width: 320 },
  ]);
});

test('set-up of an empty workbook costs its floor: no call that SpreadsheetApp could merge', () => {
  const env = fresh();
  const floor = setUpFloor(env.uncounted(() => env.spreadsheet.getSheets().length));
  env.counter.reset();
  api.scaffoldTabs();
  expect(env.counter.total()).toBe(floor.total);
  expect(env.counter.kinds.flushes).toBe(0);
});

test('validate costs its floor, first run and re-run, with highlights to write and to replace', () => {
  const env = fresh();
  api.saveSettings({ ...SETTINGS, fiscalYear: 2566, itaYear: 2565, frameworkYear: 2566, agencyType: 'ไม่มีในรายการ' });
  api.scaffoldTabs();
  env.counter.reset();
  const first = api.validateWorkbook();
  expect(first.findings.length).toBeGreaterThan(0);
  expect(env.counter.total()).toBe(validateFloor(first.findings).total);
  const old = Object.fromEntries(
    env.spreadsheet.model.sheets.map((s) => [s.name, s.conditionalFormats.length] as [string, number]),
  );
  env.counter.reset();
  const again = api.validateWorkbook();
  expect(env.counter.total()).toBe(validateFloor(again.findings, old).total);
  expect(env.counter.kinds.flushes).toBe(0);
});

test("the sidebar's set-up, tab by tab: every list is read before the tab is made, so no call flushes", () => {
  const env = fresh();
  for (let i = 0; i < SCAFFOLD_ORDER.length; i++) {
    env.counter.reset();
    api.scaffoldTab({ index: i });
    expect([SCAFFOLD_ORDER[i]!.name, env.counter.kinds.flushes]).toEqual([SCAFFOLD_ORDER[i]!.name, 0]);
  }
});

test('only a tab with pre-filled rows needs the settings, so set-up of another tab alone skips reading them', () => {
  const sources = [2566, 2568, 2570].map((year) => ({
    fiscalYear: year,
    frameworkYear: year,
    digits: 'thai' as const,
    agencyName: 'องค์การบริหารส่วนตำบลห้วยแก้ว',
  }));
  for (const spec of ALL_TABS) {
    if (hasPrefill(spec.id)) expect(prefillRows(spec.id, sources[0]!).length).toBeGreaterThan(0);
    else for (const source of sources) expect(prefillRows(spec.id, source)).toEqual([]);
  }
});
