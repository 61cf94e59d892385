// What every report builder needs: the settings, the chosen digits and round, the years, and the
// agency's names — so templates are filled from the settings tab and never carry another agency's name
// or a stale year.
import { formatInteger, formatNumber, formatScore, formatThaiDate, type Digits, type ThaiDate } from '../thai';
import type { ExportInput } from '../rpc/contract';
import type { Round, Settings, WorkbookData } from '../workbook/types';
import { scoreFacts, type ScoreFacts } from './facts';
import { reportDateOf } from './report-date';
import { localizeDigits } from './text';

export interface ReportContext {
  workbook: WorkbookData;
  settings: Settings;
  digits: Digits;
  round: Round;
  layout: ExportInput['layout'];
  landscape: boolean;
  /** A separate cover page is printed (a report then need not repeat the cover's lines). */
  withCover: boolean;
  /** Fiscal year of the measures and results: Y. */
  fy: number;
  /** ITA year analysed: normally Y−1. */
  itaYear: number;
  scores: ScoreFacts;
  now: Date;
  /** "องค์การบริหารส่วนตำบลห้วยแก้ว". */
  agency: string;
  /** "อำเภอแม่ออน". */
  district: string;
  /** "จังหวัดเชียงใหม่". */
  province: string;
  /** Integer in the chosen digits. */
  n(value: number): string;
  /** Score with two decimals in the chosen digits ("๗๙.๘๔"); "–" when unknown. */
  score(value: number | null): string;
  /** A figure the user set (the target): whole numbers without decimals ("๘๕"), others with two ("๘๒.๕๐"). */
  figure(value: number): string;
  /** User or template text with its digits localised (URLs and codes untouched). */
  t(text: string): string;
  /** The report date of the settings (default: the day of the export). */
  reportDate: ThaiDate;
  /** The report date as "๒๔ มีนาคม ๒๕๖๖". */
  today(): string;
}

/** "แม่ออน", "อ.แม่ออน", "อำเภอแม่ออน" → "อำเภอแม่ออน" (the same for เขต, จังหวัด). */
function withPrefix(value: string, prefix: string, shortForms: string[]): string {
  let v = value.trim();
  if (v === '') return '';
  if (v.startsWith(prefix)) return v;
  for (const s of shortForms) {
    if (v.startsWith(s)) {
      v = v.slice(s.length).trim();
      break;
    }
  }
  return prefix + v;
}

export function makeContext(workbook: WorkbookData, settings: Settings, input: ExportInput, now: Date): ReportContext {
  const digits = input.digits;
  const reportDate = reportDateOf(settings.reportDate, now);
  return {
    workbook,
    settings,
    digits,
    round: input.round,
    layout: input.layout,
    landscape: input.landscape,
    withCover: input.cover,
    fy: settings.fiscalYear,
    itaYear: settings.itaYear,
    scores: scoreFacts(workbook.scores, settings.itaYear, settings.target),
    now,
    agency: settings.agencyName.trim(),
    district: withPrefix(settings.district, settings.district.trim().startsWith('เขต') ? '' : 'อำเภอ', ['อ.']),
    province: withPrefix(settings.province, 'จังหวัด', ['จ.']),
    n: (value) => formatInteger(value, digits),
    score: (value) => (value === null ? '–' : formatScore(value, digits)),
    figure: (value) => (Number.isInteger(value) ? formatInteger(value, digits) : formatNumber(value, digits, 2)),
    t: (text) => localizeDigits(text, digits),
    reportDate,
    today: () => formatThaiDate(reportDate, digits),
  };
}

/** "อำเภอแม่ออน จังหวัดเชียงใหม่" (either part may be missing). */
export function placeLine(ctx: ReportContext): string {
  return [ctx.district, ctx.province].filter((s) => s !== '').join(' ');
}

/** The round as printed on covers: "รอบ ๖ เดือน" / "ประจำปี (รอบ ๑๒ เดือน)". */
export function roundLabel(ctx: ReportContext): string {
  return ctx.round === '6' ? `รอบ ${ctx.n(6)} เดือน` : `รอบ ${ctx.n(12)} เดือน`;
}

/** "(เดือนตุลาคม ๒๕๖๕ – มีนาคม ๒๕๖๖)" or "(เดือนตุลาคม ๒๕๖๕ – กันยายน ๒๕๖๖)" (reference §f.4). */
export function roundPeriod(ctx: ReportContext): string {
  const end = ctx.round === '6' ? 'มีนาคม' : 'กันยายน';
  return `(เดือนตุลาคม ${ctx.n(ctx.fy - 1)} – ${end} ${ctx.n(ctx.fy)})`;
}
