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

/**
 * The value to hand to setValues: text that starts with = + - @ gets a leading apostrophe so Sheets
 * stores it as text, never as a formula ("- เผยแพร่ข้อมูล…" is a common Thai dash bullet).
 * Text that Sheets would turn into a number or date is also kept as text.
 */
export function safeCellValue(v: string | number | boolean | null | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return v;
  if (/^[=+\-@]/.test(v)) return `'${v}`;
  if (/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?\s*$/i.test(v) || /^\d{4}-\d{1,2}-\d{1,2}/.test(v)) return `'${v}`;
  if (/^(true|false)$/i.test(v)) return `'${v}`;
  return v;
}
