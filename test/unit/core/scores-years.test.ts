import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScores, type ParseResult } from '../../../src/core/scores';

// Issue 9 §3: a paste with several years reads every year (columns or blocks headed by a year).
const byYear = (r: ParseResult) => r.years.map((y) => [y.year, y.indicators, y.overall?.value ?? null]);

describe('two or more years side by side', () => {
  it('reads "ตัวชี้วัด ⇥ ปี 2566 ⇥ ปี 2567" as two sets with their own columns (was 2567 with 2566’s scores)', () => {
    const r = parseScores(
      'ตัวชี้วัด\tปี 2566\tปี 2567\nการปฏิบัติหน้าที่\t95.40\t96.12\nการใช้งบประมาณ\t88.00\t89.50\nITA\t80.00\t82.50\n',
    );
    expect(r.ok).toBe(true);
    expect(byYear(r)).toEqual([
      [2566, { 1: 95.4, 2: 88 }, 80],
      [2567, { 1: 96.12, 2: 89.5 }, 82.5],
    ]);
    expect(r.proposedYear).toBe(2567);
  });

  it('reads a header of bare years "2566 2567" with space-separated rows and numbered names', () => {
    const r = parseScores('ตัวชี้วัด 2566 2567\n1. การปฏิบัติหน้าที่ 95.40 96.12\n2. การใช้งบประมาณ 88 89.5\n');
    expect(byYear(r)).toEqual([
      [2566, { 1: 95.4, 2: 88 }, null],
      [2567, { 1: 96.12, 2: 89.5 }, null],
    ]);
  });

  it('reads Thai digits, "|" cells, a later year first and a change column', () => {
    const r = parseScores(
      'ประเด็น | คะแนน ปี ๒๕๖๘ | คะแนน ปี ๒๕๖๙ | ผลต่าง\nการใช้อำนาจ | ๙๓.๙๒ | ๙๕.๐๐ | +๑.๐๘\n' +
        'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล | ๗๐.๐๐ | ๑๐๐.๐๐ | +๓๐.๐๐\n',
    );
    expect(byYear(r)).toEqual([
      [2568, { 3: 93.92, 9: 70 }, null],
      [2569, { 3: 95, 9: 100 }, null],
    ]);
    expect(r.proposedYear).toBe(2569);
  });

  it('proposes the latest year even when it comes first', () => {
    const r = parseScores('ตัวชี้วัด\t2569\t2568\nการใช้อำนาจ\t95.00\t93.92\n');
    expect(r.years.map((y) => y.year)).toEqual([2569, 2568]);
    expect(r.proposedYear).toBe(2569);
  });

  it('leaves a year blank for a "-" cell and refuses a row whose numbers cannot be matched to the years', () => {
    const r = parseScores('ตัวชี้วัด\tปี 2566\tปี 2567\nการปฏิบัติหน้าที่\t-\t96.12\nการใช้งบประมาณ 88\n');
    expect(byYear(r)).toEqual([[2567, { 1: 96.12 }, null]]);
    const f = r.findings.find((x) => x.code === 'year-row-ambiguous');
    expect(f).toMatchObject({ severity: 'error', line: 3 });
  });

  it('reads blocks headed by a year', () => {
    const r = parseScores('ปี 2566\nการปฏิบัติหน้าที่ 95.40\nการใช้อำนาจ 90\nปี 2567\nการปฏิบัติหน้าที่ 96.12\n');
    expect(byYear(r)).toEqual([
      [2566, { 1: 95.4, 3: 90 }, null],
      [2567, { 1: 96.12 }, null],
    ]);
    expect(r.proposedYear).toBe(2567);
  });

  it('does not take a period "ตุลาคม 2566 - มีนาคม 2567" for year columns', () => {
    const r = parseScores('ระยะเวลา ตุลาคม 2566 - มีนาคม 2567\nการปฏิบัติหน้าที่ 95.40\n');
    expect(r.years.map((y) => y.indicators)).toEqual([{ 1: 95.4 }]);
    expect(r.ok).toBe(true);
  });

  it('keeps proposing the single year of a one-year paste, and null when no year is named', () => {
    const two = readFileSync(join(__dirname, '../../fixtures/pastes/two-years-thai.txt'), 'utf8');
    expect(parseScores(two).proposedYear).toBe(Math.max(...parseScores(two).years.map((y) => y.year ?? 0)));
    expect(parseScores('การใช้อำนาจ 93.92').proposedYear).toBeNull();
  });
});
