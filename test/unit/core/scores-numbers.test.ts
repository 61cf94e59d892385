import { parseScores, type ParseResult } from '../../../src/core/scores';

// Issue 9 §4: every number is read as a reader sees it, or refused with a finding naming its line.
const codes = (r: ParseResult) => r.findings.map((f) => f.code);
const first = (r: ParseResult) => r.years[0]?.indicators[1];

describe('numbers are read as a reader sees them', () => {
  it('reads a decimal comma "95,40" as 95.40 and says so on its line (was 40)', () => {
    const r = parseScores('ปี 2569\nการปฏิบัติหน้าที่ 95,40');
    expect(first(r)).toBe(95.4);
    const note = r.findings.find((f) => f.code === 'number-read-as');
    expect(note).toMatchObject({ severity: 'info', line: 2 });
    expect(note?.message_th).toContain('95,40');
    expect(note?.message_en).toContain('95.4');
  });

  it('reads a spaced point "95 . 40", "95 .40" and "95. 40" as 95.40 (was 40)', () => {
    for (const written of ['95 . 40', '95 .40', '95. 40']) {
      expect(first(parseScores(`การปฏิบัติหน้าที่ ${written}`))).toBe(95.4);
    }
  });

  it('ignores invisible marks inside a number: "9<LRM>5.40" is 95.40 (was 5.4)', () => {
    for (const mark of ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u00AD', '\u202A']) {
      expect(first(parseScores(`การปฏิบัติหน้าที่ 9${mark}5.4${mark}0`))).toBe(95.4);
    }
  });

  it('refuses an exponent "9.5e1" with an error on its line instead of reading 9.5', () => {
    const r = parseScores('ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\t9.5e1\nการใช้อำนาจ\t93.92');
    expect(first(r)).toBeUndefined();
    expect(r.ok).toBe(false);
    const f = r.findings.find((x) => x.code === 'unreadable-number');
    expect(f).toMatchObject({ severity: 'error', line: 1 });
    expect(f?.message_th).toContain('9.5e1');
    expect(f?.message_th).toContain('บรรทัดที่ 1');
  });

  it('refuses a negative score "-93.46" as out of range instead of reading 93.46', () => {
    const r = parseScores('การใช้อำนาจ -93.46');
    expect(r.years[0]?.indicators[3]).toBeUndefined();
    expect(r.findings.find((f) => f.code === 'score-out-of-range')).toMatchObject({ line: 1, severity: 'error' });
    expect(r.findings[0]?.message_en).toContain('-93.46');
  });

  it('keeps a dash between words and numbers a dash: "2566-2567" and "ม.ค.-มี.ค." are no negative numbers', () => {
    const r = parseScores('ผลการประเมิน ปี 2566-2567\nการใช้อำนาจ - 93.46');
    expect(r.years[0]?.indicators[3]).toBe(93.46);
    expect(codes(r)).not.toContain('score-out-of-range');
  });

  it('reads thousands separators as a reader does: "1,234" is 1234, never 234 or 1.234', () => {
    const r = parseScores('การปฏิบัติหน้าที่\t1,234');
    expect(first(r)).toBeUndefined();
    expect(r.findings.find((f) => f.code === 'score-out-of-range')?.message_th).toContain('1,234');
    // A count in narrative text is no score at all.
    const counted = parseScores('การปฏิบัติหน้าที่ 95.40 จากผู้ตอบ 1,234 คน งบประมาณ 12,345.50 บาท');
    expect(first(counted)).toBe(95.4);
    expect(counted.ok).toBe(true);
  });

  it('refuses "95,40" on a line that uses commas as separators, and "1.234,56" and "3.2.1" at a score position', () => {
    const r = parseScores('การปฏิบัติหน้าที่ 95,40, การใช้อำนาจ 93');
    expect(first(r)).toBeUndefined();
    expect(r.findings.find((f) => f.code === 'unreadable-number')).toMatchObject({ line: 1 });
    for (const written of ['1.234,56', '9,5,4', '95.40.1']) {
      const x = parseScores(`การปฏิบัติหน้าที่\t${written}`);
      expect(first(x)).toBeUndefined();
      expect(codes(x)).toContain('unreadable-number');
    }
  });

  it('reads full-width digits as the digits they show', () => {
    expect(first(parseScores('การปฏิบัติหน้าที่ ９５．４０'))).toBe(95.4);
  });

  it('keeps reading numbered items before a score: "1. 95.40" is item 1, score 95.40', () => {
    const r = parseScores('ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\t1. 95.40');
    expect(first(r)).toBe(95.4);
  });
});
