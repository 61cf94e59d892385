// D5: guideline and progress for indicators 1–8, under "ประเด็นการประเมิน IIT" (1–5) and
// "ประเด็นการประเมิน EIT" (6–8) — not the single wrong IIT heading of [000] (reference §d.5).
import type { ReportContext } from './context';
import { placeLine, roundLabel } from './context';
import { blank, cell, subheading, table, title } from './blocks';
import { indicatorLabel, statusPhrase } from './labels';
import type { Block } from './model';
import { cellLines } from './text';

const COLUMNS = [
  { header: 'ตัวชี้วัด', weight: 3 },
  { header: 'แนวทางการยกระดับการประเมิน', weight: 6 },
  { header: 'ผู้รับผิดชอบ', weight: 2.4 },
  { header: 'ระยะเวลา', weight: 2.4 },
  { header: 'ความก้าวหน้าผลการดำเนินการ', weight: 5 },
];

export function progressReport(ctx: ReportContext): Block[] {
  const out: Block[] = [
    title('แนวทางการยกระดับการประเมินและความก้าวหน้าผลการดำเนินการรายตัวชี้วัด'),
    title(`ของ${ctx.agency} ${placeLine(ctx)}`),
    title(`ประจำปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)} ${roundLabel(ctx)}`),
    blank(),
  ];
  const groups: [string, number[]][] = [
    ['ประเด็นการประเมิน IIT', [1, 2, 3, 4, 5]],
    ['ประเด็นการประเมิน EIT', [6, 7, 8]],
  ];
  for (const [heading, nos] of groups) {
    const rows = ctx.workbook.indicatorProgress
      .filter((r) => nos.includes(r.indicator))
      .sort((a, b) => a.indicator - b.indicator)
      .map((r) => {
        const status = statusPhrase(ctx, r.status, '');
        return {
          cells: [
            cell(indicatorLabel(ctx, r.indicator)),
            cell(cellLines(r.guideline, ctx.digits)),
            cell(cellLines(r.owners, ctx.digits)),
            cell(cellLines(r.period, ctx.digits)),
            cell([...(status ? [status] : []), ...cellLines(r.progress, ctx.digits)]),
          ],
        };
      });
    if (rows.length === 0) continue;
    out.push(subheading(heading), table(COLUMNS, rows));
  }
  return out;
}
