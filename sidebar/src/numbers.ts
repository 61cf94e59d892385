// Numbers as people type them: Thai digits (๒๕๖๘), spaces, a Christian-era year or a two-digit year. A
// number input would silently drop Thai digits, so the year and score fields are text fields read here.

const THAI_ZERO = 0x0e50;

/** ๒๕๖๘ → 2568; other characters are kept. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** A decimal number from a field, or null when the field is empty or not a number. */
export function readNumber(text: string): number | null {
  const clean = toArabicDigits(text).trim().replace(/\s+/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(clean)) return null;
  return Number(clean);
}

const YEAR_MIN = 2560;
const YEAR_MAX = 2600;
const BE_OFFSET = 543;

/** Why a year field is not a usable Buddhist-era year, with the year the person probably meant. */
export type YearProblem =
  | { kind: 'empty' }
  | { kind: 'not-a-year' }
  | { kind: 'two-digits'; suggestion: number }
  | { kind: 'christian-era'; suggestion: number }
  | { kind: 'out-of-range' };

export type YearReading = { ok: true; year: number } | { ok: false; problem: YearProblem };

/** Reads a พ.ศ. year between 2560 and 2600; 68 and 2025 are refused with the year they most likely mean. */
export function readBuddhistYear(text: string): YearReading {
  if (!text.trim()) return { ok: false, problem: { kind: 'empty' } };
  const n = readNumber(text);
  if (n === null || !Number.isInteger(n) || n < 0) return { ok: false, problem: { kind: 'not-a-year' } };
  if (n >= YEAR_MIN && n <= YEAR_MAX) return { ok: true, year: n };
  if (n < 100) return { ok: false, problem: { kind: 'two-digits', suggestion: 2500 + n } };
  if (n + BE_OFFSET >= YEAR_MIN && n + BE_OFFSET <= YEAR_MAX) {
    return { ok: false, problem: { kind: 'christian-era', suggestion: n + BE_OFFSET } };
  }
  return { ok: false, problem: { kind: 'out-of-range' } };
}
