// Year over year (analysis §2): when the คะแนน ITA tab also holds the year before the analysed one, a table of
// both years and the change per indicator, tool and overall, and a sentence on what rose and what fell.
// Both years go through scoreFacts, so the tool and overall figures are computed the same way.
import { TOOL_CODES } from '../framework';
import { roundHalfUp } from '../thai';
import { body, cell, subheading, table } from './blocks';
import type { ReportContext } from './context';
import { scoreFacts, type ScoreFacts } from './facts';
import { indicatorLabel, toolLabel } from './labels';
import type { Block, TableRow } from './model';

/** The previous year's scores, or null when the workbook does not hold that whole year. */
export function previousYear(ctx: ReportContext): ScoreFacts | null {
  const year = ctx.itaYear - 1;
  const has = ctx.workbook.scores.some((r) => r.year === year && r.kind === 'indicator' && r.score !== null);
  if (!has) return null;
  const facts = scoreFacts(ctx.workbook.scores, year, ctx.settings.target);
  // A stray row of that year is no year to compare with: all ten indicators, or no section.
  return facts.overall === null ? null : facts;
}

/** "+๒.๓๕" / "-๑.๐๐" / "๐.๐๐"; '' when either year is missing. */
function change(ctx: ReportContext, before: number | null, after: number | null): string {
  if (before === null || after === null) return '';
  const d = roundHalfUp(after - before, 2);
  if (d === 0) return ctx.score(0);
  return (d > 0 ? '+' : '-') + ctx.score(Math.abs(d));
}

export function yearOverYear(ctx: ReportContext): Block[] {
  const prev = previousYear(ctx);
  const now = ctx.scores;
  if (!prev || prev.overall === null || now.overall === null) return [];
  const before = prev.overall;
  const y0 = ctx.n(ctx.itaYear - 1);
  const y1 = ctx.n(ctx.itaYear);
  const rows: TableRow[] = [];
  const row = (label: string, a: number | null, b: number | null, bold = false): TableRow => ({
    cells: [
      cell(label, { bold }),
      cell(ctx.score(a), { align: 'center', bold }),
      cell(ctx.score(b), { align: 'center', bold }),
      cell(change(ctx, a, b), { align: 'center', bold }),
    ],
  });
  for (const tool of TOOL_CODES) {
    rows.push(row(toolLabel(ctx, tool), prev.tools[tool], now.tools[tool], true));
    for (const i of now.indicators.filter((x) => x.tool === tool)) {
      const before = prev.indicators.find((p) => p.no === i.no)?.score ?? null;
      rows.push(row(`    ${indicatorLabel(ctx, i.no)}`, before, i.score));
    }
  }
  rows.push(row('คะแนนรวม (ITA)', prev.overall, now.overall, true));

  const rose: string[] = [];
  const fell: string[] = [];
  for (const i of now.indicators) {
    const before = prev.indicators.find((p) => p.no === i.no)?.score ?? null;
    if (before === null || i.score === null) continue;
    const d = roundHalfUp(i.score - before, 2);
    if (d > 0) rose.push(indicatorLabel(ctx, i.no));
    if (d < 0) fell.push(indicatorLabel(ctx, i.no));
  }
  const parts: string[] = [];
  {
    const d = roundHalfUp(now.overall - before, 2);
    parts.push(
      d === 0
        ? `คะแนนรวมเท่ากับปี พ.ศ. ${y0} (${ctx.score(before)} คะแนน)`
        : `คะแนนรวม${d > 0 ? 'เพิ่มขึ้น' : 'ลดลง'} ${ctx.score(Math.abs(d))} คะแนน จาก ${ctx.score(before)} คะแนน ` +
            `เป็น ${ctx.score(now.overall)} คะแนน`,
    );
  }
  parts.push(rose.length > 0 ? `ตัวชี้วัดที่มีคะแนนเพิ่มขึ้น ได้แก่ ${rose.join(' ')}` : 'ไม่มีตัวชี้วัดที่มีคะแนนเพิ่มขึ้น');
  parts.push(fell.length > 0 ? `ตัวชี้วัดที่มีคะแนนลดลง ได้แก่ ${fell.join(' ')}` : 'ไม่มีตัวชี้วัดที่มีคะแนนลดลง');
  return [
    subheading(`เปรียบเทียบผลคะแนนปี พ.ศ. ${y0} กับปี พ.ศ. ${y1}`),
    body(`เมื่อเปรียบเทียบกับผลการประเมินปี พ.ศ. ${y0} ${parts.join(' ')}`),
    table(
      [
        { header: 'เครื่องมือ / ตัวชี้วัด', weight: 9.6 },
        { header: `ปี พ.ศ. ${y0}`, weight: 2.3, align: 'center' },
        { header: `ปี พ.ศ. ${y1}`, weight: 2.3, align: 'center' },
        { header: 'เปลี่ยนแปลง', weight: 2.4, align: 'center' },
      ],
      rows,
    ),
  ];
}
