import { zoneOffsetMinutes } from './cell-input';

/**
 * Java SimpleDateFormat patterns as Utilities.formatDate understands them, for the letters the add-on uses:
 * y, M (M, MM, MMM, MMMM), d, H, h, m, s, S, a, E, Z, X, and 'quoted' literals. Any IANA zone works
 * (Asia/Bangkok is UTC+7); `GMT+7` / `UTC+07:00` style offsets too.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Offset in minutes for a zone id, accepting fixed `GMT+7`, `GMT+07:00`, `UTC-3` forms. */
function offsetFor(timeZone: string, utcMillis: number): number {
  const fixed = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(timeZone);
  if (fixed) {
    if (!fixed[1]) return 0;
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? 0);
    return fixed[1] === '-' ? -minutes : minutes;
  }
  return zoneOffsetMinutes(timeZone, utcMillis);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function zone(offset: number, iso: boolean, width: number): string {
  if (iso && offset === 0) return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = pad(Math.floor(abs / 60), 2);
  const mm = pad(abs % 60, 2);
  if (iso) return width === 1 ? `${sign}${hh}` : width === 2 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

export function formatDatePattern(date: Date, timeZone: string, pattern: string): string {
  const utc = date.getTime();
  const offset = offsetFor(timeZone, utc);
  const wall = new Date(utc + offset * 60000);
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth();
  const day = wall.getUTCDate();
  const hours = wall.getUTCHours();
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] ?? '';
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let width = 1;
    while (pattern[i + width] === ch) width++;
    i += width;
    switch (ch) {
      case 'y':
        out += width === 2 ? pad(year % 100, 2) : pad(year, width);
        break;
      case 'M':
        out += width >= 4 ? MONTHS[month] : width === 3 ? MONTHS[month]!.slice(0, 3) : pad(month + 1, width);
        break;
      case 'd':
        out += pad(day, width);
        break;
      case 'H':
        out += pad(hours, width);
        break;
      case 'h':
        out += pad(hours % 12 === 0 ? 12 : hours % 12, width);
        break;
      case 'm':
        out += pad(wall.getUTCMinutes(), width);
        break;
      case 's':
        out += pad(wall.getUTCSeconds(), width);
        break;
      case 'S':
        out += pad(wall.getUTCMilliseconds(), width);
        break;
      case 'a':
        out += hours < 12 ? 'AM' : 'PM';
        break;
      case 'E':
        out += width >= 4 ? DAYS[wall.getUTCDay()] : DAYS[wall.getUTCDay()]!.slice(0, 3);
        break;
      case 'u':
        out += String(wall.getUTCDay() === 0 ? 7 : wall.getUTCDay());
        break;
      case 'Z':
        out += zone(offset, false, width);
        break;
      case 'X':
        out += zone(offset, true, width);
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}
