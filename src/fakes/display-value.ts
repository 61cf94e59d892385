import type { CellValue } from './cell-input';
import { formatDatePattern } from './format-date';

/**
 * What getDisplayValues shows, for the number formats the add-on sets: the default format, `@` (text),
 * `0`, `0.00`, `#,##0`, `#,##0.00`, `0%`, `0.00%`, and date patterns (yyyy, MM, dd, HH, mm, ss).
 * Booleans show as TRUE/FALSE; Dates without a date format show as `yyyy-MM-dd` (plus time when not midnight).
 */
export function displayValue(value: CellValue, numberFormat: string, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, numberFormat);
  if (/[yd]/.test(numberFormat) && numberFormat !== '@') {
    return formatDatePattern(value, timeZone, sheetsToJavaPattern(numberFormat));
  }
  const time = formatDatePattern(value, timeZone, 'HH:mm:ss');
  const day = formatDatePattern(value, timeZone, 'yyyy-MM-dd');
  return time === '00:00:00' ? day : `${day} ${time}`;
}

function formatNumber(n: number, format: string): string {
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(format);
  if (!m) return String(Number(n.toPrecision(15)));
  const scaled = m[3] ? n * 100 : n;
  const decimals = m[2]?.length ?? 0;
  let text = scaled.toFixed(decimals);
  if (m[1]) {
    const [int = '', frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac === undefined ? '' : `.${frac}`);
  }
  return text + (m[3] ? '%' : '');
}

/** Sheets date formats use `m` for both month and minute: minutes follow an hour or precede seconds. */
function sheetsToJavaPattern(format: string): string {
  const runs = format.match(/([A-Za-z])\1*|[^A-Za-z]+/g) ?? [];
  return runs
    .map((run, i) => {
      if (run[0] !== 'm') return run;
      const before = runs
        .slice(0, i)
        .reverse()
        .find((r) => /[A-Za-z]/.test(r));
      const after = runs.slice(i + 1).find((r) => /[A-Za-z]/.test(r));
      const minutes = (before !== undefined && /^[hH]/.test(before)) || (after !== undefined && after[0] === 's');
      return minutes ? run : run.replace(/m/g, 'M');
    })
    .join('')
    .replace(/h/g, 'H');
}
