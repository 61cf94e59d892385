// "Every user value survives": random user content on every standard tab — formulas (also ones that show
// ""), apostrophe text, numbers, dates, notes, backgrounds (the add-on's old highlight colours too) — with
// rows inserted and deleted between actions, then set-up, save settings in every combination of fiscal
// year, framework year, round and digits, validate twice, a fix, validate, write scores and export. Every
// value, formula, background and note the user put is identical afterwards (a cell the user left empty
// may be filled in by the add-on; its background and note still stay).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { createFakeEnvironment, installGlobals, type FakeEnvironment, type SheetModel } from '../../../src/fakes';
import * as api from '../../../src/gas/api/workbook-api';
import { exportReports } from '../../../src/gas/api/export-api';
import { FRAMEWORK_YEARS } from '../../../src/core/framework';
import { ALL_TABS, SETTINGS_TAB, type TabSpec } from '../../../src/core/tabs';
import { matchHeaders } from '../../../src/core/workbook';
import { ERROR_HIGHLIGHT, WARNING_HIGHLIGHT } from '../../../src/gas/sheets';
import { SETTINGS } from '../validation/fixture';

const PASTE = readFileSync(join(__dirname, '../../fixtures/pastes/kham-khok-sung-style-thai-digits.txt'), 'utf8');
const TODAY = { ...SETTINGS, fiscalYear: 2570, itaYear: 2569, frameworkYear: 2569 };

/** Tabs whose standard columns hold the user's own rows (no column the add-on owns on existing rows). */
const USER_ROWS = new Set(['measures', 'results', 'indicatorProgress', 'oit', 'lists']);

// ---- what a user types ----

const typed = fc.oneof(
  fc.constantFrom(
    '=""',
    '=""&""',
    '="ข้อความ"',
    '=1+2',
    '=HYPERLINK("https://example.go.th/","ลิงก์")',
    "'=ดูแผน",
    "'0012",
    "'TRUE",
    "'2567-10-01",
    "'1,234",
    "'- ข้อความของฉัน",
    "'+66 81 234 5678",
    'สำนักปลัด',
    'ดำเนินการแล้ว',
    'ตลอดปีงบประมาณ',
    '๙๕.๔๐',
    '2567-10-01',
    '1,234',
    '0012',
    'TRUE',
  ),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }),
  fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
  fc.string({ maxLength: 12 }),
);
const background = fc.constantFrom(null, ERROR_HIGHLIGHT, WARNING_HIGHLIGHT, '#00ff00', '#d9ead3', '#ffffff');
const note = fc.constantFrom('', 'โน้ตของฉัน', '=not a formula');

interface Put {
  /** Index into the standard tabs. */
  tab: number;
  /** 0..1: position among the rows (scaled to the tab), and an extra column or a standard one. */
  rowAt: number;
  colAt: number;
  extra: boolean;
  value: unknown;
  background: string | null;
  note: string;
}

const put: fc.Arbitrary<Put> = fc.record({
  tab: fc.nat({ max: ALL_TABS.length - 1 }),
  rowAt: fc.double({ min: 0, max: 1, noNaN: true }),
  colAt: fc.double({ min: 0, max: 0.999, noNaN: true }),
  extra: fc.boolean(),
  value: typed,
  background,
  note,
});

interface RowOp {
  tab: number;
  at: number;
  count: number;
  insert: boolean;
}
const rowOp: fc.Arbitrary<RowOp> = fc.record({
  tab: fc.nat({ max: ALL_TABS.length - 1 }),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  count: fc.integer({ min: 1, max: 2 }),
  insert: fc.boolean(),
});

// ---- bookkeeping of the user's cells ----

interface Expected {
  value: unknown;
  formula: string;
  background: string;
  note: string;
}

class UserCells {
  /** tab name -> "row,col" -> what the user left there. */
  readonly byTab = new Map<string, Map<string, Expected>>();

  constructor(private readonly env: FakeEnvironment) {}

  model(name: string): SheetModel | undefined {
    return this.env.spreadsheet.model.sheets.find((s) => s.name === name);
  }

  /** Types into a cell as a user does (uncounted) and remembers the result. */
  write(name: string, row: number, column: number, p: Omit<Put, 'tab' | 'rowAt' | 'colAt' | 'extra'>): void {
    const sheet = this.env.uncounted(() => this.env.spreadsheet.getSheetByName(name));
    if (!sheet) return;
    try {
      this.env.uncounted(() => {
        if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), row - sheet.getMaxRows());
        if (column > sheet.getMaxColumns())
          sheet.insertColumnsAfter(sheet.getMaxColumns(), column - sheet.getMaxColumns());
        const range = sheet.getRange(row, column);
        range.setValue(p.value);
        range.setBackground(p.background);
        range.setNote(p.note);
      });
    } catch {
      return; // a strict rule (tick box) refused the value, as Sheets would
    }
    const cell = this.model(name)?.cells[row - 1]?.[column - 1];
    if (!cell) return;
    const cells = this.byTab.get(name) ?? new Map<string, Expected>();
    cells.set(`${row},${column}`, {
      value: cell.value instanceof Date ? cell.value.getTime() : cell.value,
      formula: cell.formula,
      background: cell.background,
      note: cell.note,
    });
    this.byTab.set(name, cells);
  }

  /** The user inserts or deletes rows; the remembered cells move with them. */
  rows(name: string, op: RowOp): void {
    const sheet = this.env.uncounted(() => this.env.spreadsheet.getSheetByName(name));
    const model = this.model(name);
    if (!sheet || !model) return;
    const last = Math.max(
      2,
      this.env.uncounted(() => sheet.getLastRow()),
    );
    const at = 2 + Math.floor(op.at * (last - 1));
    const cells = this.byTab.get(name) ?? new Map<string, Expected>();
    const moved = new Map<string, Expected>();
    if (op.insert) {
      this.env.uncounted(() => sheet.insertRowsBefore(at, op.count));
      for (const [key, e] of cells) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        moved.set(`${r >= at ? r + op.count : r},${c}`, e);
      }
    } else {
      if (at + op.count - 1 > model.maxRows - 1) return;
      this.env.uncounted(() => sheet.deleteRows(at, op.count));
      for (const [key, e] of cells) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        if (r >= at && r < at + op.count) continue;
        moved.set(`${r >= at + op.count ? r - op.count : r},${c}`, e);
      }
    }
    this.byTab.set(name, moved);
  }

  /** Cells that differ from what the user left, as readable lines. */
  differences(): string[] {
    const out: string[] = [];
    for (const [name, cells] of this.byTab) {
      const model = this.model(name);
      for (const [key, e] of cells) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        const cell = model?.cells[r - 1]?.[c - 1];
        const now = {
          value: cell?.value instanceof Date ? cell.value.getTime() : (cell?.value ?? ''),
          formula: cell?.formula ?? '',
          background: cell?.background ?? '#ffffff',
          note: cell?.note ?? '',
        };
        // A cell the user left empty may be filled in by the add-on; its format and note stay.
        const empty = e.value === '' && e.formula === '';
        const same =
          now.background === e.background &&
          now.note === e.note &&
          (empty || (Object.is(now.value, e.value) && now.formula === e.formula));
        if (!same) out.push(`${name}!R${r}C${c}: ${JSON.stringify(e)} became ${JSON.stringify(now)}`);
      }
    }
    return out;
  }
}

/** Where a put lands on the tab as it is now: a user column right of the standard ones, or a user row. */
function place(env: FakeEnvironment, spec: TabSpec, p: Put): { row: number; column: number } | null {
  const sheet = env.uncounted(() => env.spreadsheet.getSheetByName(spec.name));
  if (!sheet) return null;
  const grid = env.uncounted(() => sheet.getDataRange().getValues());
  const match = matchHeaders(spec.columns, grid);
  if (match.foreign || match.empty) return null;
  const rows = Math.max(grid.length, 2) + 5;
  const row = 1 + Math.floor(p.rowAt * rows);
  if (p.extra || !USER_ROWS.has(spec.id) || spec.id === SETTINGS_TAB.id) {
    const width = Math.max(match.lastHeaderColumn, grid[0]?.length ?? 0);
    return { row, column: width + 1 + Math.floor(p.colAt * 2) };
  }
  if (row <= match.headerRow) return null;
  return { row, column: 1 + Math.floor(p.colAt * match.lastHeaderColumn) };
}

const COMBINATIONS = [2569, 2570].flatMap((fiscalYear) =>
  FRAMEWORK_YEARS.flatMap((frameworkYear) =>
    (['6', '12'] as const).flatMap((round) =>
      (['thai', 'arabic'] as const).map((digits) => ({
        ...TODAY,
        fiscalYear,
        itaYear: frameworkYear,
        frameworkYear,
        round,
        digits,
      })),
    ),
  ),
);

test('every user value, formula, background and note survives set-up, settings, validate, scores and export', () => {
  fc.assert(
    fc.property(
      fc.array(put, { minLength: 20, maxLength: 60 }),
      fc.array(rowOp, { minLength: 1, maxLength: 4 }),
      fc.array(put, { minLength: 5, maxLength: 20 }),
      fc.array(rowOp, { minLength: 1, maxLength: 3 }),
      (first, ops, later, moreOps) => {
        const env = createFakeEnvironment();
        installGlobals(globalThis, env);
        const user = new UserCells(env);
        const fill = (puts: readonly Put[]) => {
          for (const p of puts) {
            const spec = ALL_TABS[p.tab] as TabSpec;
            const at = place(env, spec, p);
            if (at) user.write(spec.name, at.row, at.column, p);
          }
        };
        const move = (list: readonly RowOp[]) => {
          for (const op of list) {
            const spec = ALL_TABS[op.tab] as TabSpec;
            if (spec.id !== SETTINGS_TAB.id) user.rows(spec.name, op);
          }
        };
        api.saveSettings(TODAY);
        api.scaffoldTabs();
        fill(first);
        move(ops);
        api.scaffoldTabs();
        COMBINATIONS.forEach((settings, i) => {
          api.saveSettings(settings);
          if (i % 8 === 7) move(moreOps.slice(0, 1));
        });
        fill(later);
        move(moreOps);
        api.validateWorkbook();
        const found = api.validateWorkbook();
        // the user fixes one problem the way the sidebar shows it: by typing into the cell
        const fix = found.findings.find((f) => f.row > 1 && f.column > 0);
        if (fix) user.write(fix.tab, fix.row, fix.column, { value: 'สำนักปลัด', background: null, note: '' });
        api.validateWorkbook();
        const preview = api.previewScores({ text: PASTE }) as { suggestions: { suggestionId: string }[] };
        api.applyScores({ text: PASTE, chosenSuggestionIds: preview.suggestions.map((s) => s.suggestionId) });
        try {
          exportReports({
            reports: ['analysis', 'results'],
            round: '12',
            layout: 'annual',
            digits: 'thai',
            landscape: false,
            memo: true,
            cover: false,
          });
        } catch {
          // a refused export (findings in the random content) writes nothing either
        }
        expect(user.differences()).toEqual([]);
        const props = env.uncounted(() => env.PropertiesService.getDocumentProperties().getKeys());
        expect(props.filter((k) => k.startsWith('ita.highlight.'))).toEqual([]);
      },
    ),
    { numRuns: 4 },
  );
});
