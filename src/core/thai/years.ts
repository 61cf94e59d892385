/**
 * Buddhist-era and fiscal-year helpers (reference §f.2). Years are always พ.ศ. (BE) unless the name says CE.
 * Fiscal year Y runs from 1 ต.ค. Y−1 to 30 ก.ย. Y.
 */

export const BE_OFFSET = 543;

/** ค.ศ. → พ.ศ. */
export function toBuddhistYear(ceYear: number): number {
  return ceYear + BE_OFFSET;
}

/** Two-digit forms such as "66" or "๖๕" mean 25xx; four-digit years are returned unchanged. */
export function expandBuddhistYear(year: number): number {
  return year >= 0 && year < 100 ? 2500 + year : year;
}

/** A plausible พ.ศ. year for ITA documents (four digits, 2500–2699). */
export function isPlausibleBuddhistYear(year: number): boolean {
  return Number.isInteger(year) && year >= 2500 && year <= 2699;
}

/** A calendar date in พ.ศ. (month 1–12). */
export interface ThaiDate {
  readonly yearBE: number;
  readonly month: number;
  readonly day: number;
}

/** A moment as read on a clock in Thailand: พ.ศ. date and 24-hour time. */
export interface BangkokTime extends ThaiDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** Bangkok wall-clock time of `now` (UTC+7, no daylight saving), whatever the machine's time zone. */
export function bangkokTime(now: Date): BangkokTime {
  const d = new Date(now.getTime() + 7 * 3600 * 1000);
  return {
    yearBE: toBuddhistYear(d.getUTCFullYear()),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The fiscal year (พ.ศ.) containing a calendar month: ต.ค.–ธ.ค. belong to the next fiscal year. */
export function fiscalYearOf(yearBE: number, month: number): number {
  return month >= 10 ? yearBE + 1 : yearBE;
}

/** The fiscal year (พ.ศ.) containing a JavaScript Date (local calendar). */
export function fiscalYearOfDate(date: Date): number {
  return fiscalYearOf(toBuddhistYear(date.getFullYear()), date.getMonth() + 1);
}

/** First and last day of fiscal year Y: 1 ต.ค. Y−1 and 30 ก.ย. Y. */
export function fiscalYearRange(fiscalYear: number): { start: ThaiDate; end: ThaiDate } {
  return {
    start: { yearBE: fiscalYear - 1, month: 10, day: 1 },
    end: { yearBE: fiscalYear, month: 9, day: 30 },
  };
}

/** The calendar year (พ.ศ.) of a month (1–12) of fiscal year Y: ต.ค.–ธ.ค. fall in Y−1. */
export function calendarYearOf(fiscalYear: number, month: number): number {
  return month >= 10 ? fiscalYear - 1 : fiscalYear;
}

/** Calendar (yearBE, month) of the n-th month (1–12) of fiscal year Y. */
export function fiscalMonth(fiscalYear: number, fiscalIndex: number): { yearBE: number; month: number } {
  const month = ((fiscalIndex - 1 + 9) % 12) + 1;
  return { yearBE: calendarYearOf(fiscalYear, month), month };
}
