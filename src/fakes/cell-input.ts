/**
 * How Sheets stores what setValue/setValues receive (user-entered semantics):
 * - a string starting with `'` is text, stored without the apostrophe;
 * - a string starting with `=` is a formula; one starting with `+` or `-` that is not a number is read as a
 *   formula too (Sheets shows a parse error: "- เผยแพร่ข้อมูล" becomes `=- เผยแพร่ข้อมูล`, #ERROR!);
 * - in a plain-text cell (number format `@`) every string is stored as is;
 * - numeric-looking strings (`42`, `-1.5`, `+66812345678`, `1,234`, `50%`) become numbers, `TRUE`/`FALSE`
 *   become booleans, `yyyy-MM-dd[ HH:mm[:ss]]` becomes a Date in the spreadsheet's time zone;
 * - numbers, booleans and Dates are stored as given; null/undefined clear the cell.
 * Formulas are not evaluated: reading one gives `#ERROR!`, except `=HYPERLINK(url[, label])` and literal
 * formulas (`="text"`, `=12`), which give what Sheets shows. Tests use this to prove that pasted text such as
 * `=HYPERLINK(...)` or `+66 81 234 5678` was written as text.
 */
export type CellValue = string | number | boolean | Date;

export interface StoredInput {
  value: CellValue;
  formula: string;
}

export const PLAIN_TEXT_FORMAT = '@';
export const FORMULA_NOT_EVALUATED = '#ERROR!';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Offset of `timeZone` from UTC in minutes at `utcMillis` (Intl knows every IANA zone). */
export function zoneOffsetMinutes(timeZone: string, utcMillis: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(utcMillis));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(utcMillis / 1000) * 1000) / 60000);
}

/** The UTC instant of a wall-clock time in `timeZone`. */
function wallTimeToUtc(timeZone: string, y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const offset = zoneOffsetMinutes(timeZone, guess);
  const first = guess - offset * 60000;
  // Re-check at the corrected instant in case a DST change lies between.
  return guess - zoneOffsetMinutes(timeZone, first) * 60000;
}

/** Interprets one input value the way Sheets stores it; `makeDate` builds Dates in the caller's realm. */
export function interpretInput(
  input: unknown,
  numberFormat: string,
  timeZone: string,
  makeDate: (time: number) => Date,
): StoredInput {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  if (input instanceof Date || Object.prototype.toString.call(input) === '[object Date]') {
    return { value: makeDate((input as Date).getTime()), formula: '' };
  }
  const text = String(input);
  if (numberFormat === PLAIN_TEXT_FORMAT) return { value: text, formula: '' };
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  if (text.startsWith('=') && text.length > 1) return { value: evaluateFormula(text), formula: text };
  const trimmed = text.trim();
  if (/^[+-]/.test(text) && !NUMBER.test(trimmed) && !GROUPED_NUMBER.test(trimmed) && !PERCENT.test(trimmed)) {
    return { value: FORMULA_NOT_EVALUATED, formula: `=${text}` };
  }
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), formula: '' };
  if (GROUPED_NUMBER.test(trimmed)) return { value: Number(trimmed.replace(/,/g, '')), formula: '' };
  if (PERCENT.test(trimmed)) return { value: Number(trimmed.slice(0, -1)) / 100, formula: '' };
  if (/^true$/i.test(trimmed)) return { value: true, formula: '' };
  if (/^false$/i.test(trimmed)) return { value: false, formula: '' };
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const [y, mo, d, h, mi, s] = date.slice(1).map((p) => (p === undefined ? 0 : Number(p)));
    if (mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= 31) {
      return { value: makeDate(wallTimeToUtc(timeZone, y!, mo!, d!, h, mi, s)), formula: '' };
    }
  }
  return { value: text, formula: '' };
}

/** The value Sheets would show for the few formulas the fake understands; `#ERROR!` otherwise. */
export function evaluateFormula(formula: string): CellValue {
  const body = formula.slice(1).trim();
  const str = /^"((?:[^"]|"")*)"$/.exec(body);
  if (str) return (str[1] ?? '').replace(/""/g, '"');
  if (NUMBER.test(body)) return Number(body);
  const link = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(body);
  if (link) return (link[2] ?? link[1] ?? '').replace(/""/g, '"');
  return FORMULA_NOT_EVALUATED;
}
