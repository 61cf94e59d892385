// The "first six months" OIT requirement follows the digit setting, and a sheet written by an earlier version
// (Arabic year, Thai "๖ เดือนแรก") is still recognised as untouched add-on text and refreshed.
import { prefillRows, stalePrefillCells } from '../../../src/core/tabs';

// The 2565 criteria have "first six months" items with the generic clause (the 2569 ones have none); the 2566
// ones state it in the NACC's words ("…๖ เดือนแรกของปี พ.ศ. <Y>", "(๑ ต.ค. ๖๕ - ๓๑ มี.ค. ๖๖)").
const ARABIC = { fiscalYear: 2567, frameworkYear: 2565, digits: 'arabic' as const };
const THAI = { ...ARABIC, digits: 'thai' as const };

const firstHalfRows = (source: typeof ARABIC | typeof THAI) =>
  prefillRows('oit', source).filter((r) => (r.cells.requirement ?? '').includes('เดือนแรก'));

describe('the first-half requirement clause', () => {
  test('Arabic-digit settings write "6 เดือนแรก" with an Arabic year and no Thai digit in the clause', () => {
    const rows = firstHalfRows(ARABIC);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.cells.requirement).toContain('ครอบคลุมระยะเวลา 6 เดือนแรกของปี พ.ศ. 2567');
      const clause = (row.cells.requirement ?? '').split('\n').find((l) => l.includes('เดือนแรก'));
      expect(clause).not.toMatch(/[๐-๙]/);
    }
  });

  test('in the NACC wording of 2566 too, the first-half line follows the digit setting', () => {
    const rows = firstHalfRows({ ...ARABIC, frameworkYear: 2566 });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const clause = (row.cells.requirement ?? '').split('\n').find((l) => l.includes('เดือนแรก'));
      expect(clause).toMatch(/6 เดือนแรก.*(2567|มี\.ค\. 67\))$/);
      expect(clause).not.toMatch(/[๐-๙]/);
    }
    const thai = firstHalfRows({ ...THAI, frameworkYear: 2566 });
    expect(thai.map((r) => r.cells.requirement).join('\n')).toContain('๖ เดือนแรกของปี พ.ศ. ๒๕๖๗');
  });

  test('Thai-digit settings still write "๖ เดือนแรก"', () => {
    const rows = firstHalfRows(THAI);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.cells.requirement).toContain('ครอบคลุมระยะเวลา ๖ เดือนแรกของปี พ.ศ. ๒๕๖๗');
    }
  });

  test('an untouched cell from an earlier version (Arabic year, "๖ เดือนแรก") is refreshed to the Arabic text', () => {
    const row = firstHalfRows(ARABIC)[0]!;
    const old = (row.cells.requirement ?? '').replace('6 เดือนแรก', '๖ เดือนแรก').replace('2567', '2566');
    const stale = stalePrefillCells('oit', ARABIC, [{ key: row.key, cells: { requirement: old } }]);
    expect(stale).toEqual([{ index: 0, field: 'requirement', value: row.cells.requirement }]);
  });

  test('the same legacy text for the current year is refreshed; a user edit of it is left alone', () => {
    const row = firstHalfRows(ARABIC)[0]!;
    const old = (row.cells.requirement ?? '').replace('6 เดือนแรก', '๖ เดือนแรก');
    expect(stalePrefillCells('oit', ARABIC, [{ key: row.key, cells: { requirement: old } }])).toHaveLength(1);
    const edited = `${old} (ตามประกาศของหน่วยงาน)`;
    expect(stalePrefillCells('oit', ARABIC, [{ key: row.key, cells: { requirement: edited } }])).toEqual([]);
  });
});
