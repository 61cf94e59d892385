// A memo or results report dated before its round's period ends presents months not yet over (a 6-month
// memo exported on 29 Nov for Oct–Mar): a warning that says which date to type, or to wait.
import { parseReportDate, reportDateOf } from '../report/report-date';
import { SETTING_ROWS } from '../tabs/settings-tab';
import { formatThaiDate, type ThaiDate } from '../thai';
import type { ValidationContext } from './context';

/** Last day of the round's period in fiscal year `fy` (พ.ศ.): 31 March (6 months) or 30 September (12 months). */
export function roundPeriodEnd(round: '6' | '12', fy: number): ThaiDate {
  return round === '6' ? { yearBE: fy, month: 3, day: 31 } : { yearBE: fy, month: 9, day: 30 };
}

const order = (d: ThaiDate) => d.yearBE * 10_000 + d.month * 100 + d.day;
const labelOf = (key: string) => SETTING_ROWS.find((r) => r.key === key)?.label ?? key;

interface DatedDocument {
  date: ThaiDate;
  /** The setting that sets the date (where the finding points). */
  key: 'memo.date' | 'reportDate';
  memo: boolean;
  /** The date is the export day: no date typed. */
  exportDay: boolean;
}

/**
 * Only for an export whose documents say the round is done: the results report, and the memo that forwards
 * results or progress (not the one forwarding the analysis and measures: see memoWording). A date left to
 * the export day needs `options.today`.
 */
export function checkDateAfterRound(ctx: ValidationContext): void {
  const s = ctx.settings;
  const reports = ctx.options.reports;
  if (!s || ctx.fiscalYear === 0 || !reports) return;
  const results = reports.includes('results');
  const memo =
    ctx.options.memo === true && (results || !(reports.includes('analysis') || reports.includes('measures')));
  if (!memo && !results) return;
  const today = ctx.options.today;
  const typed = parseReportDate(s.reportDate ?? '');
  const reportDate = typed ?? (today ? reportDateOf('', today) : null);
  const dated: DatedDocument[] = [];
  const memoText = s.memo.date.trim();
  const memoDate = memoText === '' ? null : parseReportDate(memoText);
  if (memo && memoDate) dated.push({ date: memoDate, key: 'memo.date', memo: true, exportDay: false });
  // The memo without its own date carries the report date, as the results report does: one finding for both.
  if (reportDate && ((memo && memoText === '') || results))
    dated.push({ date: reportDate, key: 'reportDate', memo: memo && memoText === '' && !results, exportDay: !typed });
  const round = ctx.options.round ?? s.round;
  const end = roundPeriodEnd(round, ctx.fiscalYear);
  const cells = ctx.data.settingsCells ?? {};
  for (const d of dated) {
    if (order(d.date) >= order(end)) continue;
    ctx.add('settings', cells[d.key]?.row ?? 0, 'value', 'date-before-round-end', 'warning', {
      what: d.memo ? 'บันทึกข้อความ' : 'รายงาน',
      whatEn: d.memo ? 'memo' : 'report',
      value: formatThaiDate(d.date, 'arabic'),
      source: d.exportDay ? ' (วันที่ส่งออก เพราะยังไม่ได้กรอกวันที่)' : '',
      sourceEn: d.exportDay ? ' (the export day, as no date is typed)' : '',
      round: round === '6' ? 'รอบ 6 เดือน (ต.ค. – มี.ค.)' : 'รอบ 12 เดือน (ทั้งปีงบประมาณ)',
      roundEn: round === '6' ? '6-month round (Oct–Mar)' : '12-month round (the whole fiscal year)',
      end: formatThaiDate(end, 'arabic'),
      label: labelOf(d.key),
    });
  }
}
