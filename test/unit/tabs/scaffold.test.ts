import fc from 'fast-check';
import {
  ALL_TABS,
  MEASURES_TAB,
  OIT_TAB,
  PROGRESS_TAB,
  RESULTS_TAB,
  SETTINGS_TAB,
  LISTS_TAB,
} from '../../../src/core/tabs';
import { scaffoldWorkbook } from '../../../src/gas/sheets';
import { grid, put, sheetNames, workbench, type Workbench } from './helpers';

// FY 2567, analysing ITA 2566: the 2566 criteria (43 OIT items) pre-fill the OIT tab.
const TODAY = new Date(2023, 9, 15);

function scaffold(w: Workbench) {
  return scaffoldWorkbook(w.ss, w.services, { today: TODAY });
}

function model(w: Workbench, name: string) {
  const sheet = w.env.spreadsheet.model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('scaffold on an empty workbook', () => {
  test('creates every standard tab with headers, English notes, frozen header, warning-only protection', () => {
    const w = workbench();
    const summary = scaffold(w);
    expect(summary.created.sort()).toEqual(ALL_TABS.map((t) => t.name).sort());
    for (const spec of ALL_TABS) {
      const m = model(w, spec.name);
      const header = (m.cells[0] ?? []).slice(0, spec.columns.length);
      expect(header.map((c) => c?.value)).toEqual(spec.columns.map((c) => c.header));
      expect(header.map((c) => c?.note)).toEqual(spec.columns.map((c) => c.note));
      expect(m.frozenRows).toBe(1);
      const p = m.protections.find((x) => x.type === 'RANGE');
      expect(p?.warningOnly).toBe(true);
      expect(p?.rect?.row).toBe(1);
    }
    // the user's original Sheet1 is left alone
    expect(sheetNames(w)).toContain('Sheet1');
  });

  test('pre-fills the OIT items of the framework year and indicators 1–8', () => {
    const w = workbench();
    scaffold(w);
    const oit = grid(w, OIT_TAB.name);
    expect(oit.length).toBe(1 + 43);
    expect(oit[1]?.[0]).toBe('O1');
    expect(oit[43]?.[3]).toBe('การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    // requirement text starting with "-" is stored as text, not a formula
    expect(String(oit[1]?.[4]).startsWith('- ')).toBe(true);
    expect(model(w, OIT_TAB.name).cells[1]?.[4]?.formula ?? '').toBe('');
    const progress = grid(w, PROGRESS_TAB.name);
    expect(progress.length).toBe(1 + 8);
    expect(progress[1]?.[0]).toBe('ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่');
    // year-free, so it stays right when the reported year changes
    expect(String(progress[1]?.[3])).toBe('ตลอดปีงบประมาณ');
  });

  test('settings tab is a readable form with the signer chain as rows', () => {
    const w = workbench();
    scaffold(w);
    const s = grid(w, SETTINGS_TAB.name);
    const labels = s.map((r) => r[0]);
    expect(labels).toContain('ชื่อหน่วยงาน');
    expect(labels).toContain('ความเห็นลำดับที่ 4: ชื่อ-สกุล');
    const fy = s.find((r) => r[0] === 'ปีงบประมาณที่รายงาน (พ.ศ.)');
    expect(fy?.[1]).toBe(2567);
    expect(typeof fy?.[2]).toBe('string');
  });

  test('dropdowns come from the รายการ tab, tick boxes where they fit', () => {
    const w = workbench();
    scaffold(w);
    const results = model(w, RESULTS_TAB.name);
    const statusCol = RESULTS_TAB.columns.findIndex((c) => c.key === 'status');
    const rule = results.cells[1]?.[statusCol]?.validation;
    expect(rule?.criteria).toBe('VALUE_IN_RANGE');
    expect(rule?.range?.sheetId).toBe(model(w, LISTS_TAB.name).id);
    expect(rule?.allowInvalid).toBe(true);
    const oit = model(w, OIT_TAB.name);
    const pub = OIT_TAB.columns.findIndex((c) => c.key === 'published');
    expect(oit.cells[5]?.[pub]?.validation?.criteria).toBe('CHECKBOX');
  });
});

describe('scaffold again', () => {
  test('changes nothing and uses few Sheets calls', () => {
    const w = workbench();
    scaffold(w);
    const before = ALL_TABS.map((t) => JSON.stringify(grid(w, t.name)));
    w.env.counter.reset();
    const summary = scaffold(w);
    expect(summary.created).toEqual([]);
    expect(summary.repaired).toEqual([]);
    expect(summary.unchanged.length).toBe(ALL_TABS.length);
    expect(ALL_TABS.map((t) => JSON.stringify(grid(w, t.name)))).toEqual(before);
    // the only writes put the dropdowns and tick boxes back: no value, note or format is written
    expect(w.env.counter.byPrefix('Range.set')).toBe(w.env.counter.byPrefix('Range.setDataValidation'));
    expect(w.env.counter.byPrefix('Range.setValue')).toBe(0);
  });

  test('repair puts back cleared dropdowns, tick boxes and header notes on existing columns, values untouched', () => {
    const w = workbench();
    scaffold(w);
    const statusCol = RESULTS_TAB.columns.findIndex((c) => c.key === 'status') + 1;
    const pubCol = OIT_TAB.columns.findIndex((c) => c.key === 'published') + 1;
    const ownersCol = OIT_TAB.columns.findIndex((c) => c.key === 'owners') + 1;
    const own = OIT_TAB.columns.length + 1;
    put(w, RESULTS_TAB.name, 2, 1, [['M01', 'รอบ ๑๒ เดือน', 'เสร็จแล้ว']]);
    put(w, OIT_TAB.name, 1, own, [['หมายเหตุของฉัน'], ['จดไว้']]);
    w.env.uncounted(() => {
      const results = w.ss.getSheetByName(RESULTS_TAB.name)!;
      results.getRange(2, statusCol, 50, 1).clearDataValidations();
      results.getRange(1, statusCol).setNote('');
      const oit = w.ss.getSheetByName(OIT_TAB.name)!;
      oit.getRange(2, pubCol, 60, 1).clearDataValidations();
      oit.getRange(2, ownersCol, 60, 1).clearDataValidations();
      oit.getRange(1, 1).setNote('my own words');
      oit.getRange(1, own).setNote('note on my column');
    });
    const before = ALL_TABS.map((t) => JSON.stringify(grid(w, t.name)));
    scaffold(w);
    expect(ALL_TABS.map((t) => JSON.stringify(grid(w, t.name)))).toEqual(before);
    const results = model(w, RESULTS_TAB.name);
    expect(results.cells[1]?.[statusCol - 1]?.validation?.criteria).toBe('VALUE_IN_RANGE');
    expect(results.cells[40]?.[statusCol - 1]?.validation?.range?.sheetId).toBe(model(w, LISTS_TAB.name).id);
    expect(results.cells[0]?.[statusCol - 1]?.note).toBe(RESULTS_TAB.columns[statusCol - 1]?.note);
    const oit = model(w, OIT_TAB.name);
    expect(oit.cells[3]?.[pubCol - 1]?.validation?.criteria).toBe('CHECKBOX');
    expect(oit.cells[3]?.[ownersCol - 1]?.validation?.criteria).toBe('VALUE_IN_RANGE');
    expect(oit.cells[0]?.[0]?.note).toBe(OIT_TAB.columns[0]?.note);
    // the user's own column keeps its note and gets no rule
    expect(oit.cells[0]?.[own - 1]?.note).toBe('note on my column');
    expect(oit.cells[1]?.[own - 1]?.validation ?? null).toBeNull();
    // a repair with nothing to put back writes nothing; putting one rule back costs one write, no more reads
    w.env.counter.reset();
    scaffold(w);
    const plain = { ...w.env.counter.kinds };
    expect(plain.writes).toBe(0);
    w.env.uncounted(() => w.ss.getSheetByName(OIT_TAB.name)!.getRange(2, pubCol, 60, 1).clearDataValidations());
    w.env.counter.reset();
    scaffold(w);
    expect(w.env.counter.kinds.writes).toBe(1);
    expect(w.env.counter.kinds.reads).toBeLessThanOrEqual(plain.reads + 2); // row counts, for the rule's range
  });

  test("rows added past the 1,000th get their dropdowns back; a cell with the user's own rule keeps it", () => {
    const w = workbench();
    scaffold(w);
    const statusCol = RESULTS_TAB.columns.findIndex((c) => c.key === 'status') + 1;
    const rows = Array.from({ length: 1500 }, (_, i) =>
      RESULTS_TAB.columns.map((_c, j) => (j === 0 ? `M${i + 1}` : '')),
    );
    put(w, RESULTS_TAB.name, 2, 1, rows);
    w.env.uncounted(() => {
      const mine = w.env.SpreadsheetApp.newDataValidation().requireValueInList(['ทำแล้ว', 'ยังไม่ทำ']).build();
      w.ss.getSheetByName(RESULTS_TAB.name)!.getRange(10, statusCol).setDataValidation(mine);
    });
    const before = JSON.stringify(grid(w, RESULTS_TAB.name));
    expect(model(w, RESULTS_TAB.name).cells[1200]?.[statusCol - 1]?.validation ?? null).toBeNull();
    scaffold(w);
    expect(JSON.stringify(grid(w, RESULTS_TAB.name))).toBe(before);
    const results = model(w, RESULTS_TAB.name);
    for (const row of [1001, 1201, 1501]) {
      const rule = results.cells[row - 1]?.[statusCol - 1]?.validation;
      expect(rule?.criteria).toBe('VALUE_IN_RANGE');
      expect(rule?.range?.sheetId).toBe(model(w, LISTS_TAB.name).id);
    }
    expect(results.cells[9]?.[statusCol - 1]?.validation?.criteria).toBe('VALUE_IN_LIST');
  });

  test('a renamed and moved column is found by its header; a deleted column is appended at the end', () => {
    const w = workbench();
    scaffold(w);
    // user swaps two columns, renames one slightly, deletes "ที่มา" and adds a column of their own
    const headers = MEASURES_TAB.columns.filter((c) => c.key !== 'source').map((c) => c.header);
    const idIdx = headers.indexOf('รหัสมาตรการ');
    const measureIdx = headers.indexOf('มาตรการ/กิจกรรม');
    headers[idIdx] = 'มาตรการ/ กิจกรรม';
    headers[measureIdx] = 'รหัสมาตรการ';
    headers.push('หมายเหตุของฉัน');
    const row = headers.map((h) =>
      h === 'รหัสมาตรการ' ? 'M01' : h === 'หมายเหตุของฉัน' ? 'จดไว้' : h === 'มาตรการ/ กิจกรรม' ? 'มาตรการเผยแพร่ข้อมูล' : '',
    );
    w.env.uncounted(() => {
      const sheet = w.ss.getSheetByName(MEASURES_TAB.name);
      sheet?.getRange(1, 1, 1, 26).clearContent();
    });
    put(w, MEASURES_TAB.name, 1, 1, [headers, row]);
    const summary = scaffold(w);
    expect(summary.repaired).toEqual([{ tab: MEASURES_TAB.name, addedColumns: ['ที่มา'], addedRows: 0 }]);
    const g = grid(w, MEASURES_TAB.name);
    expect(g[0]?.slice(0, headers.length)).toEqual(headers);
    expect(g[0]?.[headers.length]).toBe('ที่มา');
    expect(g[1]?.slice(0, headers.length)).toEqual(row);
  });

  test('a same-named tab with a foreign shape is reported and left untouched', () => {
    const w = workbench();
    put(w, 'OIT', 1, 1, [
      ['Name', 'Score'],
      ['x', 1],
    ]);
    const summary = scaffold(w);
    expect(summary.foreign.map((f) => f.tab)).toEqual(['OIT']);
    expect(summary.foreign[0]?.message_th).toContain('OIT');
    expect(grid(w, 'OIT')).toEqual([
      ['Name', 'Score'],
      ['x', 1],
    ]);
  });

  test('property: after filling every tab with random data, scaffolding again keeps every user cell', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('=SUM(A1:A2)', '- ข้อความ', '+66 81', '@user', '๑๒๓', 'ตัวชี้วัดที่ ๑', ''),
      fc.integer({ min: -5, max: 3000 }),
      fc.boolean(),
    );
    const base = workbench();
    scaffold(base);
    const template = ALL_TABS.map((t) => ({ name: t.name, values: grid(base, t.name) }));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const w = workbench();
          scaffold(w);
          for (const t of template) {
            const start = t.values.length + 1;
            put(w, t.name, start, 1, rows);
          }
          const before = template.map((t) =>
            JSON.stringify(
              w.env.spreadsheet.model.sheets
                .find((s) => s.name === t.name)
                ?.cells.map((r) => r?.map((c) => [c?.value, c?.formula])),
            ),
          );
          scaffold(w);
          const after = template.map((t) =>
            JSON.stringify(
              w.env.spreadsheet.model.sheets
                .find((s) => s.name === t.name)
                ?.cells.map((r) => r?.map((c) => [c?.value, c?.formula])),
            ),
          );
          // OIT/progress rows whose key a random row happens to remove cannot occur: nothing may differ at all
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('constant Sheets calls per tab', () => {
  /** Calls of the first repair after `n` rows were typed from row 60, and of the repair after it. */
  function repairs(n: number): { first: number; again: number } {
    const w = workbench();
    scaffold(w);
    const rows = Array.from({ length: n }, (_, i) => Array.from({ length: 12 }, (_, j) => `r${i}c${j}`));
    for (const t of ALL_TABS) put(w, t.name, 60, 1, rows);
    w.env.counter.reset();
    scaffold(w);
    const first = w.env.counter.total();
    w.env.counter.reset();
    scaffold(w);
    return { first, again: w.env.counter.total() };
  }

  test('rules lost past the 1,000th row come back with one row count and one write per tab, reads first', () => {
    const w = workbench();
    scaffold(w);
    const rows = Array.from({ length: 2000 }, (_, i) => Array.from({ length: 12 }, (_, j) => `r${i}c${j}`));
    for (const t of ALL_TABS) put(w, t.name, 60, 1, rows);
    w.env.counter.reset();
    scaffold(w);
    const first = { total: w.env.counter.total(), ...w.env.counter.kinds };
    const restored = w.env.counter.byPrefix('Range.setDataValidation');
    w.env.counter.reset();
    scaffold(w);
    const again = w.env.counter.total();
    // every tab with dropdowns or tick boxes lost some; no rule is built: the rules read are reused
    expect(restored).toBe(
      ALL_TABS.filter((t) => t.kind === 'table' && t.columns.some((c) => c.list || c.checkbox || c.measureIdList))
        .length,
    );
    expect(first.writes).toBe(restored);
    expect(first.total - again).toBe(3 * restored);
    expect(first.flushes).toBe(0);
  });

  test("the user's own tabs add no call to a repair", () => {
    const calls = (ownTabs: number) => {
      const w = workbench();
      scaffold(w);
      w.env.uncounted(() => {
        for (let i = 0; i < ownTabs; i++) w.ss.insertSheet(`แท็บของฉัน ${i + 1}`);
      });
      w.env.counter.reset();
      scaffold(w);
      return w.env.counter.total();
    };
    expect(calls(20)).toBe(calls(0));
  });

  test('scaffold on 20 vs 2,000 filled rows costs the same', () => {
    const small = repairs(20);
    const large = repairs(2000);
    // rows added past a tab's end have no dropdowns yet: the first repair puts them back, in calls that do
    // not depend on how many rows were added
    expect(repairs(5000).first).toBe(large.first);
    expect(small.again).toBe(small.first);
    expect(large.again).toBe(small.again);
  });
});
