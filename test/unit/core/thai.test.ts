import {
  toArabicDigits,
  toThaiDigits,
  normalizeThaiText,
  matchKey,
  sameName,
  THAI_MONTHS_FISCAL_ORDER,
  parseThaiMonth,
  fiscalYearOf,
  fiscalYearRange,
  fiscalMonth,
  expandBuddhistYear,
  toBuddhistYear,
  roundHalfUp,
  formatScore,
  formatThaiDate,
  formatThaiMonthYear,
} from '../../../src/core/thai';

describe('digits', () => {
  it('converts Thai digits both ways and keeps other text', () => {
    expect(toArabicDigits('คะแนน ๘๐.๒๙ ปี ๒๕๖๖')).toBe('คะแนน 80.29 ปี 2566');
    expect(toThaiDigits('O42 ปี 2566')).toBe('O๔๒ ปี ๒๕๖๖');
  });
});

describe('normalisation for matching', () => {
  it('composes decomposed sara am, maps dashes, strips zero-width spaces', () => {
    expect(normalizeThaiText('ประจ\u0E4D\u0E32ปี')).toBe('ประจำปี');
    expect(normalizeThaiText('E\u2013Service\u200B')).toBe('E-Service');
  });
  it('compares names without spaces and without the optional ทาง', () => {
    expect(sameName('การใช้ ทรัพย์สินของทางราชการ', 'การใช้ทรัพย์สินของราชการ')).toBe(true);
    expect(sameName('ก า ร ใ ช้ อำนาจ', 'การใช้อำนาจ')).toBe(true);
    expect(sameName('การใช้อำนาจ', 'การใช้งบประมาณ')).toBe(false);
    expect(matchKey('แนวทาง')).toBe('แนวทาง');
  });
});

describe('months and fiscal years', () => {
  it('lists months in fiscal order starting with ตุลาคม', () => {
    expect(THAI_MONTHS_FISCAL_ORDER.map((m) => m.abbrev)).toEqual([
      'ต.ค.',
      'พ.ย.',
      'ธ.ค.',
      'ม.ค.',
      'ก.พ.',
      'มี.ค.',
      'เม.ย.',
      'พ.ค.',
      'มิ.ย.',
      'ก.ค.',
      'ส.ค.',
      'ก.ย.',
    ]);
  });
  it('parses full and abbreviated month names', () => {
    expect(parseThaiMonth('มีนาคม')).toBe(3);
    expect(parseThaiMonth('เดือนพฤศจิกายน')).toBe(11);
    expect(parseThaiMonth('มี.ค.')).toBe(3);
    expect(parseThaiMonth('ตค')).toBe(10);
    expect(parseThaiMonth('มีนา')).toBeNull();
  });
  it('puts ต.ค.–ธ.ค. in the next fiscal year (FY 2566 = 1 ต.ค. 2565 – 30 ก.ย. 2566)', () => {
    expect(fiscalYearOf(2565, 10)).toBe(2566);
    expect(fiscalYearOf(2566, 9)).toBe(2566);
    expect(fiscalYearRange(2566)).toEqual({
      start: { yearBE: 2565, month: 10, day: 1 },
      end: { yearBE: 2566, month: 9, day: 30 },
    });
    expect(fiscalMonth(2566, 1)).toEqual({ yearBE: 2565, month: 10 });
    expect(fiscalMonth(2566, 12)).toEqual({ yearBE: 2566, month: 9 });
  });
  it('expands two-digit years and converts CE to BE', () => {
    expect(expandBuddhistYear(66)).toBe(2566);
    expect(expandBuddhistYear(2567)).toBe(2567);
    expect(toBuddhistYear(2024)).toBe(2567);
  });
});

describe('formatting', () => {
  it('rounds half-up without floating-point surprises', () => {
    expect(roundHalfUp(81.4548)).toBe(81.45);
    expect(roundHalfUp(1.005)).toBe(1.01);
    expect(roundHalfUp(75.619)).toBe(75.62);
  });
  it('formats scores with two decimals in either digit style', () => {
    expect(formatScore(95.4, 'arabic')).toBe('95.40');
    expect(formatScore(80.29, 'thai')).toBe('๘๐.๒๙');
  });
  it('formats dates as in Thai official documents', () => {
    expect(formatThaiDate({ yearBE: 2566, month: 3, day: 24 }, 'thai')).toBe('๒๔ มีนาคม ๒๕๖๖');
    expect(formatThaiDate({ yearBE: 2566, month: 1, day: 10 }, 'thai', { withEra: true })).toBe('๑๐ มกราคม พ.ศ. ๒๕๖๖');
    expect(formatThaiMonthYear(2567, 1, 'arabic')).toBe('มกราคม 2567');
    expect(formatThaiMonthYear(2565, 10, 'thai', true)).toBe('ต.ค. ๖๕');
  });
});
