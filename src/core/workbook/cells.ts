// One cell value <-> text/number, the way the tabs need it. Reading never throws on odd cell values
// (numbers, booleans, Dates, errors); writing protects text that Sheets would take for a formula.
import { formatThaiDate, toArabicDigits, toBuddhistYear } from '../thai';

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** The text of a cell as the user reads it. Dates become "24 มีนาคม 2566" (Arabic digits, พ.ศ.). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDate(v)) {
    const t = v.getTime();
    if (Number.isNaN(t)) return '';
    return formatThaiDate(
      { yearBE: toBuddhistYear(v.getFullYear()), month: v.getMonth() + 1, day: v.getDate() },
      'arabic',
    );
  }
  return String(v).trim();
}

/** A number typed with Arabic or Thai digits ("๘๐.๒๙", "1,234", " 85 "); null when the cell holds no number. */
export function cellNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = toArabicDigits(v).replace(/[\s,]/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** An integer cell (indicator number, year); null otherwise. */
export function cellInteger(v: unknown): number | null {
  const n = cellNumber(v);
  return n !== null && Number.isInteger(n) ? n : null;
}

/** True for a tick-box cell that is ticked (TRUE, or text "TRUE"/"✓"/"☑"). */
export function cellChecked(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  const t = cellText(v).toUpperCase();
  return t === 'TRUE' || t === '✓' || t === '☑';
}

// English month names Sheets reads as dates ("Jan 5", "March 2024") in every locale.
const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d/i;

/**
 * True when Sheets would not keep `text` as the same text if it were typed or written with setValues:
 * formulas (`=`), signs and `@` (`- bullet` becomes a formula), a leading apostrophe (Sheets would drop it),
 * anything that starts like a number, date, time, percent or currency (`0012`, `1,234`, `2567-10-01`,
 * `10:30`, `.5`, `$5`, `(5)`), TRUE/FALSE, and month-name dates. Wider than what Sheets parses on purpose:
 * an extra apostrophe costs nothing, a missing one changes the user's text.
 */
export function sheetsWouldParse(text: string): boolean {
  if (text === '') return false;
  if (/^[=+\-@']/.test(text)) return true;
  const t = text.trim();
  if (t === '') return false;
  if (/^[=+\-@'.,$€£¥฿(0-9]/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  return MONTH_WORD.test(t);
}

/**
 * The value to hand to setValues so a string is stored as that very text: a leading apostrophe where Sheets
 * would otherwise parse it (see sheetsWouldParse). Numbers and booleans are written as they are.
 */
export function safeCellValue(v: string | number | boolean | null | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return v;
  return sheetsWouldParse(v) ? `'${v}` : v;
}
