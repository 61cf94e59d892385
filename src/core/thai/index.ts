/** Thai text, digit, date and fiscal-year helpers used by every other part of the kit. */
export { type Digits, toArabicDigits, toThaiDigits, withDigits } from './digits';
export { normalizeThaiText, removeSpaces, matchKey, sameName } from './normalize';
export { type ThaiMonth, THAI_MONTHS_FISCAL_ORDER, thaiMonth, parseThaiMonth } from './months';
export {
  BE_OFFSET,
  type ThaiDate,
  type BangkokTime,
  bangkokTime,
  toBuddhistYear,
  expandBuddhistYear,
  isPlausibleBuddhistYear,
  fiscalYearOf,
  fiscalYearOfDate,
  fiscalYearRange,
  fiscalMonth,
  calendarYearOf,
} from './years';
export { roundHalfUp, round2 } from './numbers';
export {
  type ThaiDateFormatOptions,
  formatNumber,
  formatScore,
  formatInteger,
  formatThaiDate,
  formatThaiMonthYear,
} from './format';
