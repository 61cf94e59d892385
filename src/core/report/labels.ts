// Names printed from one master table (reference §b.2: always print the number and name from the
// framework, never the user's variant spelling).
import type { IndicatorNo, ToolCode } from '../framework';
import type { ReportContext } from './context';

/** "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่". */
export function indicatorLabel(ctx: ReportContext, no: number): string {
  const def = ctx.scores.framework.indicators.find((d) => d.no === (no as IndicatorNo));
  return def ? `ตัวชี้วัดที่ ${ctx.n(no)} ${def.nameTh}` : `ตัวชี้วัดที่ ${ctx.n(no)}`;
}

/** "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)". */
export function toolLabel(ctx: ReportContext, tool: ToolCode): string {
  return `${ctx.scores.framework.tools[tool].nameTh} (${tool})`;
}

/** The tool of a measure: its own column when valid, else the tool of its indicator. */
export function toolOf(ctx: ReportContext, tool: string, indicator: number | null): ToolCode | null {
  const t = tool.trim().toUpperCase();
  if (t === 'IIT' || t === 'EIT' || t === 'OIT') return t;
  const def = ctx.scores.framework.indicators.find((d) => d.no === indicator);
  return def?.tool ?? null;
}

/** The status and its date as one phrase: "ดำเนินการแล้วเมื่อวันที่ ๑๐ มกราคม ๒๕๖๖" (reference §d.4). */
export function statusPhrase(ctx: ReportContext, status: string, date: string): string {
  const s = status.trim();
  const d = date.trim();
  if (s === '' && d === '') return '';
  if (d === '') return ctx.t(s);
  return ctx.t(`${s || 'ดำเนินการ'}เมื่อวันที่ ${d}`);
}
