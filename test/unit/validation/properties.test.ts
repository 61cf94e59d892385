import fc from 'fast-check';
import { parsePeriod, validateWorkbook, findLetterSpacing, findOtherAgencyNames } from '../../../src/core/validation';
import { THAI_MONTHS_FISCAL_ORDER, toArabicDigits, toThaiDigits } from '../../../src/core/thai';
import { workbookFromGrids, type WorkbookGrids } from '../../../src/core/workbook';
import { ALL_TABS } from '../../../src/core/tabs';
import { cleanGrids } from './fixture';

const anyCell = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...'ตัวชี้วัดที่ ๑๒๓๔ ต.ค.-ก.ย.ถึง 2566๒๕๖๖ O0๐E.อบต.เทศบาล/,-=+@…\n'.split('')) }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.date(),
  fc.constant(null),
  fc.constant(undefined),
);

test('validation never throws on arbitrary cell values in any tab', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(anyCell, { maxLength: 14 }), { maxLength: 8 }),
      fc.constantFrom(...ALL_TABS.map((t) => t.id)),
      (rows, tab) => {
        const grids = cleanGrids() as Record<string, unknown[][]>;
        const target = grids[tab] ?? [ALL_TABS.find((t) => t.id === tab)?.columns.map((c) => c.header) ?? []];
        grids[tab] = [...target, ...rows];
        const findings = validateWorkbook(workbookFromGrids(grids as WorkbookGrids));
        for (const f of findings) {
          expect(typeof f.message_th).toBe('string');
          expect(f.message_th.length).toBeGreaterThan(0);
          expect(['error', 'warning']).toContain(f.severity);
        }
      },
    ),
    { numRuns: 150 },
  );
});

test('validation never throws on arbitrary grids replacing whole tabs', () => {
  fc.assert(
    fc.property(fc.array(fc.array(anyCell, { maxLength: 6 }), { maxLength: 6 }), (rows) => {
      const grids: WorkbookGrids = {};
      for (const t of ALL_TABS) grids[t.id] = rows;
      expect(() => validateWorkbook(workbookFromGrids(grids))).not.toThrow();
    }),
    { numRuns: 100 },
  );
});

const monthAbbr = fc.constantFrom(...THAI_MONTHS_FISCAL_ORDER.map((m) => m.abbrev));
const monthFull = fc.constantFrom('ตุลาคม', 'มกราคม', 'มีนาคม', 'กันยายน', 'เดือนเมษายน');
const year = fc.oneof(fc.integer({ min: 60, max: 70 }).map(String), fc.integer({ min: 2560, max: 2570 }).map(String));
const sep = fc.constantFrom('-', ' - ', '–', ' ถึง ');
const periodText = fc.oneof(
  fc.tuple(monthAbbr, year, sep, monthAbbr, year).map(([a, y, s, b, z]) => `${a} ${y}${s}${b} ${z}`),
  fc.tuple(monthAbbr, sep, monthAbbr, year).map(([a, s, b, z]) => `${a}${s}${b} ${z}`),
  fc.tuple(monthFull, year, sep, monthFull, year).map(([a, y, s, b, z]) => `${a} ${y}${s}${b} ${z}`),
  year.map((y) => `ตลอดปีงบประมาณ พ.ศ. ${y}`),
  fc.string(),
);

test('period parser: Thai and Arabic digits give identical results', () => {
  fc.assert(
    fc.property(periodText, fc.integer({ min: 2560, max: 2570 }), (text, fy) => {
      expect(parsePeriod(toThaiDigits(text), fy)).toEqual(parsePeriod(toArabicDigits(text), fy));
    }),
    { numRuns: 400 },
  );
});

test('period parser: a range written with years is read back as those months', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 2560, max: 2570 }),
      fc.integer({ min: 0, max: 11 }),
      fc.integer({ min: 0, max: 11 }),
      (y, a, b) => {
        const names = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
        const p = parsePeriod(toThaiDigits(`${names[a]} ${y - 2500} ถึง ${names[b]} ${y + 1}`), null);
        expect(p).toEqual({
          kind: 'range',
          start: { yearBE: y, month: a + 1 },
          end: { yearBE: y + 1, month: b + 1 },
          wholeFiscalYear: false,
        });
      },
    ),
  );
});

test('text rules do not fire on ordinary Thai phrases', () => {
  expect(findLetterSpacing('ต่าง ๆ และ การ ให้ บริการ')).toEqual([]);
  expect(
    findOtherAgencyNames('องค์กรปกครองส่วนท้องถิ่น และ อบต.ห้วยแก้ว อบต.ฯ', 'องค์การบริหารส่วนตำบลห้วยแก้ว', 'องค์การบริหารส่วนตำบล'),
  ).toEqual([]);
  expect(findOtherAgencyNames('เทศบาลตำบลหนองขอนกว้าง', 'เทศบาลตำบลหนองขอนกว้าง', 'เทศบาลตำบล')).toEqual([]);
  expect(findOtherAgencyNames('องค์การบริหารส่วนตำบลออย', 'องค์การบริหารส่วนตำบลลอย', 'องค์การบริหารส่วนตำบล')).toEqual([
    'องค์การบริหารส่วนตำบลออย',
  ]);
});
