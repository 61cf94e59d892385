// The date a report carries: the settings' วันที่ของรายงาน when it reads as a date, else the day of the
// export (so a report prepared in January for FY 2567 is not dated with the month someone re-exports it).
import { BE_OFFSET, bangkokTime, expandBuddhistYear, parseThaiMonth, toArabicDigits, type ThaiDate } from '../thai';

function valid(yearBE: number, month: number, day: number): ThaiDate | null {
  if (!Number.isInteger(day) || day < 1 || month < 1 || month > 12) return null;
  const ce = yearBE - BE_OFFSET;
  const last = new Date(Date.UTC(ce, month, 0)).getUTCDate();
  return day <= last ? { yearBE, month, day } : null;
}

/**
 * "24 มีนาคม 2567", "๒๔ มี.ค. ๒๕๖๗", "24 มีนาคม พ.ศ. 2567", "2024-03-24" (a date input) or "24/3/2567".
 * null when the text is empty or not a date.
 */
export function parseReportDate(text: string): ThaiDate | null {
  const t = toArabicDigits(text).trim();
  if (t === '') return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) {
    const y = Number(iso[1]);
    return valid(y > 2400 ? y : y + BE_OFFSET, Number(iso[2]), Number(iso[3]));
  }
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(t);
  if (slash) {
    const y = Number(slash[3]);
    return valid(y < 2400 && y > 1900 ? y + BE_OFFSET : expandBuddhistYear(y), Number(slash[2]), Number(slash[1]));
  }
  const thai = /^(?:วันที่\s*)?(\d{1,2})\s*(\D+?)\s*(?:พ\.\s*ศ\.\s*)?(\d{2,4})$/.exec(t);
  if (thai) {
    const month = parseThaiMonth(thai[2] ?? '');
    if (month === null) return null;
    return valid(expandBuddhistYear(Number(thai[3])), month, Number(thai[1]));
  }
  return null;
}

/** The report date of the settings, or the day of `now` in Bangkok when none is set or it is not a date. */
export function reportDateOf(typed: string | undefined, now: Date): ThaiDate {
  const parsed = parseReportDate(typed ?? '');
  if (parsed) return parsed;
  const { yearBE, month, day } = bangkokTime(now);
  return { yearBE, month, day };
}
