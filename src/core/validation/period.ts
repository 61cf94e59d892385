// Thai period text -> start and end month (reference §f.3). Accepts abbreviated and full month names,
// Thai or Arabic digits, two- or four-digit พ.ศ. years, "-", "–" or "ถึง", an optional day before a month,
// the year written once at the end ("ม.ค.-พ.ค. 67"), and "ตลอดปีงบประมาณ [พ.ศ. Y]".
import { calendarYearOf, expandBuddhistYear, normalizeThaiText, parseThaiMonth, toArabicDigits } from '../thai';

/** A calendar month in พ.ศ. */
export interface YearMonth {
  yearBE: number;
  month: number;
}

export type PeriodParse =
  | { kind: 'range'; start: YearMonth; end: YearMonth; wholeFiscalYear: boolean }
  /** A cadence or deadline without a span ("ไตรมาสละ ๑ ครั้ง", "ทุกเดือน"): nothing to check. */
  | { kind: 'cadence' }
  | { kind: 'empty' }
  | { kind: 'unreadable' };

const CADENCE = /ทุก|ไตรมาส|ครั้ง|รอบ|ราย(เดือน|ปี|วัน)|ตามแผน|ต่อเนื่อง/;

/** Month index for comparisons: yearBE*12 + month. */
export function monthIndex(ym: YearMonth): number {
  return ym.yearBE * 12 + ym.month;
}

function fiscalYearSpan(fy: number): { start: YearMonth; end: YearMonth } {
  return { start: { yearBE: fy - 1, month: 10 }, end: { yearBE: fy, month: 9 } };
}

interface Part {
  month: number;
  year: number | null;
}

function parsePart(text: string): Part | null {
  let t = text
    .replace(/พ\.\s*ศ\./g, ' ')
    .replace(/เดือน/g, ' ')
    .trim();
  let year: number | null = null;
  const y = /(\d{2}|\d{4})\s*$/.exec(t);
  if (y && y[1] !== undefined) {
    year = expandBuddhistYear(Number(y[1]));
    t = t.slice(0, y.index).trim();
  }
  t = t.replace(/^(วันที่\s*)?\d{1,2}\s+/, '').replace(/^\d{1,2}(?=\D)/, '');
  const month = parseThaiMonth(t);
  return month === null ? null : { month, year };
}

/**
 * Parses a period cell. `fiscalYear` places months written without a year (ต.ค.–ธ.ค. in Y−1, the rest in Y)
 * and gives "ตลอดปีงบประมาณ" without a year its span.
 */
export function parsePeriod(input: string, fiscalYear: number | null): PeriodParse {
  const text = toArabicDigits(normalizeThaiText(String(input)))
    .replace(/[()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return { kind: 'empty' };
  if (/ตลอดปี/.test(text) || /^(ประจำ)?ปีงบประมาณ/.test(text)) {
    const y = /(\d{4}|\d{2})(?!\d)/.exec(text.replace(/^.*?(ปีงบประมาณ|ตลอดปี)/, ''));
    const fy = y && y[1] !== undefined ? expandBuddhistYear(Number(y[1])) : fiscalYear;
    if (fy === null) return { kind: 'cadence' };
    return { kind: 'range', ...fiscalYearSpan(fy), wholeFiscalYear: true };
  }
  const body = text.replace(/^ภายใน\s*/, '').replace(/\s*(จน)?ถึง\s*/g, '-');
  const pieces = body.split(/\s*-\s*/).filter((p) => p !== '');
  if (pieces.length === 0 || pieces.length > 2)
    return CADENCE.test(text) ? { kind: 'cadence' } : { kind: 'unreadable' };
  const parts = pieces.map(parsePart);
  if (parts.some((p) => p === null)) return CADENCE.test(text) ? { kind: 'cadence' } : { kind: 'unreadable' };
  const first = parts[0] as Part;
  const last = (parts[1] ?? parts[0]) as Part;
  const placeByFy = (m: number): number | null => (fiscalYear === null ? null : calendarYearOf(fiscalYear, m));
  let startYear = first.year;
  let endYear = last.year;
  if (startYear === null && endYear !== null) startYear = first.month > last.month ? endYear - 1 : endYear;
  if (endYear === null && startYear !== null) endYear = last.month < first.month ? startYear + 1 : startYear;
  if (startYear === null) startYear = placeByFy(first.month);
  if (endYear === null) endYear = placeByFy(last.month);
  if (startYear === null || endYear === null) return { kind: 'unreadable' };
  return {
    kind: 'range',
    start: { yearBE: startYear, month: first.month },
    end: { yearBE: endYear, month: last.month },
    wholeFiscalYear: false,
  };
}

/** Where a parsed range sits against fiscal year Y: inside, reversed (ends before it starts) or outside. */
export function checkPeriodInFiscalYear(
  p: { start: YearMonth; end: YearMonth },
  fiscalYear: number,
): 'ok' | 'reversed' | 'outside' {
  if (monthIndex(p.end) < monthIndex(p.start)) return 'reversed';
  const span = fiscalYearSpan(fiscalYear);
  if (monthIndex(p.start) < monthIndex(span.start) || monthIndex(p.end) > monthIndex(span.end)) return 'outside';
  return 'ok';
}
