import { withDigits, type Digits } from './digits';
import { thaiMonth } from './months';
import { roundHalfUp } from './numbers';
import type { ThaiDate } from './years';

/** A number with a fixed count of decimals (half-up), in Thai or Arabic digits: 95.4 → "95.40" / "๙๕.๔๐". */
export function formatNumber(value: number, digits: Digits, decimals = 2): string {
  return withDigits(roundHalfUp(value, decimals).toFixed(decimals), digits);
}

/** A score with 2 decimals, e.g. "79.84" or "๗๙.๘๔". */
export function formatScore(value: number, digits: Digits): string {
  return formatNumber(value, digits, 2);
}

/** An integer (list number, year, count) in the chosen digits. */
export function formatInteger(value: number, digits: Digits): string {
  return withDigits(String(Math.trunc(value)), digits);
}

export interface ThaiDateFormatOptions {
  /** "abbrev" gives "๒๔ มี.ค. ๒๕๖๖"; default "full" gives "๒๔ มีนาคม ๒๕๖๖". */
  readonly month?: 'full' | 'abbrev';
  /** Writes "พ.ศ. " before the year ("๑๐ มกราคม พ.ศ. ๒๕๖๖"). */
  readonly withEra?: boolean;
}

/** A date as written in Thai documents: "๒๔ มีนาคม ๒๕๖๖". Returns "" for an invalid month. */
export function formatThaiDate(date: ThaiDate, digits: Digits, options: ThaiDateFormatOptions = {}): string {
  const m = thaiMonth(date.month);
  if (!m) return '';
  const monthName = options.month === 'abbrev' ? m.abbrev : m.full;
  const year = (options.withEra ? 'พ.ศ. ' : '') + formatInteger(date.yearBE, digits);
  return `${formatInteger(date.day, digits)} ${monthName} ${year}`;
}

/** Month and year: "มกราคม 2567" / "ม.ค. ๖๗" (short: two-digit year, abbreviated month). */
export function formatThaiMonthYear(yearBE: number, month: number, digits: Digits, short = false): string {
  const m = thaiMonth(month);
  if (!m) return '';
  if (short) return `${m.abbrev} ${formatInteger(yearBE % 100, digits).padStart(2, digits === 'thai' ? '๐' : '0')}`;
  return `${m.full} ${formatInteger(yearBE, digits)}`;
}
