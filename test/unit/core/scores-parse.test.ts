import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScores, type ParseResult, type ScoreSet } from '../../../src/core/scores';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/pastes', name), 'utf8');

const TAKO_2566 = { 1: 97.25, 2: 86.57, 3: 93.92, 4: 86.58, 5: 93.46, 6: 87.89, 7: 85.14, 8: 83.2, 9: 82.5, 10: 51.25 };

function only(r: ParseResult): ScoreSet {
  expect(r.years).toHaveLength(1);
  return r.years[0] as ScoreSet;
}
const codes = (r: ParseResult) => r.findings.map((f) => f.code);

describe('paste shapes', () => {
  it('reads the sentence style of seed 001 with rows wrapped across table cells', () => {
    const r = parseScores(fixture('tako-2566-sentences.txt'));
    expect(r.ok).toBe(true);
    const set = only(r);
    expect(set.year).toBe(2566);
    expect(set.indicators).toEqual(TAKO_2566);
    expect(set.indicatorLines[2]).toBe(6); // "การใช้งบประมาณ" starts line 6, its number ended line 5
    expect(set.tools.IIT).toMatchObject({ value: 90.63, unit: 'percent' });
    expect(set.tools.OIT?.value).toBe(82.5);
    expect(set.overall).toEqual({ value: 79.84, line: 1 });
  });

  it('reads a NACC table with header "ตัวชี้วัดที่ 1 … ตัวชี้วัดที่ 10 | ITA" and one row per year', () => {
    const r = parseScores(fixture('nacc-2564-trat-table.txt'));
    expect(r.ok).toBe(true);
    expect(r.years.map((y) => y.year)).toEqual([2563, 2564]);
    expect(r.years[1]?.indicators[9]).toBe(72.89);
    expect(r.years[1]?.overall?.value).toBe(81.45);
    expect(r.years[0]?.indicators[10]).toBe(52.78);
  });

  it('reads a space-separated header table', () => {
    const set = only(parseScores(fixture('nacc-2564-chanthaburi-spaces.txt')));
    expect(set.year).toBe(2564);
    expect(set.indicators[4]).toBe(84.7);
    expect(set.overall?.value).toBe(80.99);
  });

  it('reads a two-column table with a "ตัวชี้วัด | คะแนน" header', () => {
    const set = only(parseScores('ตัวชี้วัด\tคะแนน\nการปฏิบัติหน้าที่\t95.40\nการใช้อำนาจ | 90\n'));
    expect(set.indicators).toEqual({ 1: 95.4, 3: 90 });
  });

  it('reads name-only lines in any order with variants, typos, letter spacing and Thai digits', () => {
    const r = parseScores(fixture('name-only-variants.txt'));
    expect(r.ok).toBe(true);
    expect(only(r).indicators).toEqual(TAKO_2566);
  });

  it('reads "1 การปฏิบัติหน้าที่ 91.50" and numbered table rows', () => {
    const set = only(parseScores('1 การปฏิบัติหน้าที่ 91.50\n2\tการใช้งบประมาณ\t88\n'));
    expect(set.indicators).toEqual({ 1: 91.5, 2: 88 });
  });

  it('reads Thai digits everywhere, the overall from "โดยภาพรวมได้คะแนน" and the year from "พ.ศ. ๒๕๖๖"', () => {
    const set = only(parseScores(fixture('kham-khok-sung-style-thai-digits.txt')));
    expect(set.year).toBe(2566);
    expect(set.overall?.value).toBe(80.29);
    expect(set.indicators[10]).toBe(66.25);
    expect(Object.keys(set.indicators)).toHaveLength(10);
  });

  it('detects tool scores given as weighted points and converts them to percent', () => {
    const r = parseScores(fixture('tool-points.txt'));
    const set = only(r);
    expect(set.tools.IIT).toMatchObject({ raw: 27.47, unit: 'points' });
    expect(set.tools.IIT?.value).toBeCloseTo(91.5667, 3);
    expect(set.tools.OIT?.value).toBeCloseTo(66.875, 6);
    expect(set.overall?.value).toBe(79.84);
  });

  it('keeps tool scores as percent when they match the indicator means', () => {
    const set = only(parseScores('IIT 91.56\nEIT 85.41\n' + fixture('name-only-variants.txt')));
    expect(set.tools.IIT).toMatchObject({ value: 91.56, unit: 'percent' });
  });

  it('assumes points for a small tool score when its indicators are missing, and says so', () => {
    const r = parseScores('การใช้อำนาจ 90\nOIT 26.75');
    expect(only(r).tools.OIT?.unit).toBe('points');
    expect(codes(r)).toContain('tool-points-assumed');
  });

  it('reads overall lines: ITA, คะแนนรวม, ภาพรวม', () => {
    for (const line of ['ITA 84.37', 'คะแนนรวม 84.37 คะแนน', 'ผลการประเมินภาพรวม ๘๔.๓๗']) {
      const set = only(parseScores(`${line}\nการใช้อำนาจ 90.00`));
      expect(set.overall?.value).toBe(84.37);
    }
  });

  it('separates several years ("ITAS ปี ๒๕๖๕" … "ITAS ปี ๒๕๖๖")', () => {
    const r = parseScores(fixture('two-years-thai.txt'));
    expect(r.ok).toBe(true);
    expect(r.years.map((y) => y.year)).toEqual([2565, 2566]);
    expect(r.years[1]?.indicators).toEqual(TAKO_2566);
    expect(codes(r)).toContain('multiple-years');
  });

  it('strips HTML markup left in pasted Word text', () => {
    const set = only(parseScores('<p>ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่</p>\t<p>มีผลคะแนน เท่ากับ ๙๕.๔๐ คะแนน</p><br/>'));
    expect(set.indicators[1]).toBe(95.4);
  });

  it('ignores periods, ordinals, counts and headings in a whole pasted report', () => {
    const r = parseScores(fixture('tako-whole-document.txt'));
    const set = only(r);
    expect(set.year).toBe(2566);
    // The seed's prose calls 93.92 "การใช้จ่ายเงิน" (indicator 2) while its table says 86.57: a real conflict.
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.line])).toEqual([
      ['duplicate-conflict', 64],
    ]);
  });

  it('accepts a close misspelling of an indicator name and warns', () => {
    const r = parseScores('การใช้ทรัพสินของราชการ 86.58');
    expect(only(r).indicators[4]).toBe(86.58);
    expect(codes(r)).toContain('fuzzy-name');
    expect(r.ok).toBe(true);
  });
});

describe('bad input is answered, never thrown', () => {
  it.each([[''], ['   \n\t '], [undefined], [null], [42]])('empty or non-text input %p', (input) => {
    const r = parseScores(input);
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['empty']);
    expect(r.findings[0]?.message_th).toMatch(/ไม่มีข้อความ/);
    expect(r.findings[0]?.message_en).toMatch(/no text/);
  });

  it('reports when no indicator is found', () => {
    const r = parseScores('สวัสดีครับ ผลการประเมินจะแจ้งภายหลัง');
    expect(r.ok).toBe(false);
    expect(codes(r)).toContain('no-indicators');
  });

  it('rejects a score outside 0–100 and names the line', () => {
    const r = parseScores('การปฏิบัติหน้าที่ 95.40\nการใช้อำนาจ 193.92');
    expect(r.ok).toBe(false);
    const f = r.findings.find((x) => x.code === 'score-out-of-range');
    expect(f?.line).toBe(2);
    expect(f?.message_th).toContain('บรรทัดที่ 2');
    expect(f?.message_en).toContain('Line 2');
    expect(r.years[0]?.indicators[3]).toBeUndefined();
  });

  it('rejects the same indicator twice with different scores', () => {
    const r = parseScores('การใช้อำนาจ 93.92\nตัวชี้วัดที่ 3 การใช้อำนาจ 90.00');
    expect(r.ok).toBe(false);
    const f = r.findings.find((x) => x.code === 'duplicate-conflict');
    expect(f?.severity).toBe('error');
    expect(f?.line).toBe(2);
  });

  it('accepts the same indicator twice with the same score', () => {
    const r = parseScores('การใช้อำนาจ 93.92\nตัวชี้วัดที่ 3 การใช้อำนาจ ๙๓.๙๒');
    expect(r.ok).toBe(true);
    expect(codes(r)).toContain('duplicate-same');
  });

  it('asks the user when an indicator number and name disagree (§b.6, §g.5)', () => {
    const r = parseScores('ตัวชี้วัดที่ 2 คุณภาพการดำเนินงาน 87.89');
    expect(r.ok).toBe(false);
    const f = r.findings.find((x) => x.code === 'number-name-mismatch');
    expect(f?.message_th).toContain('ตัวชี้วัดที่ 2');
    expect(f?.message_en).toContain('indicator 6');
    expect(r.years[0]?.indicators ?? {}).toEqual({});
  });

  it('rejects an indicator number outside 1–10', () => {
    const r = parseScores('ตัวชี้วัดที่ 11 90.00');
    expect(codes(r)).toContain('unknown-indicator-number');
    expect(r.ok).toBe(false);
  });

  it('rejects the schools’ ITA Online lists', () => {
    const r = parseScores(fixture('school-ita-online.txt'));
    expect(r.ok).toBe(false);
    expect(r.findings.find((f) => f.code === 'other-scheme')).toMatchObject({ line: 1 });
  });

  it('rejects MOPH MOIT lists', () => {
    const r = parseScores(fixture('moph-moit.txt'));
    expect(r.ok).toBe(false);
    expect(codes(r)).toContain('other-scheme');
  });

  it('every finding has Thai and English text', () => {
    const r = parseScores('ตัวชี้วัดที่ 2 คุณภาพการดำเนินงาน 87.89\nการใช้อำนาจ 500\nITA Online');
    for (const f of r.findings) {
      expect(f.message_th).toMatch(/[\u0E00-\u0E7F]/);
      expect(f.message_en).toMatch(/[A-Za-z]/);
    }
  });
});
