// Optional cover page: titled after the first report it holds (the [002]/[004] cover for results and
// progress, the analysis title when the analysis comes first), and — for a bundle — naming every report
// inside, so a cover never promises a results report over an analysis.
import type { ReportKind } from '../rpc/contract';
import type { ReportContext } from './context';
import { placeLine, roundLabel, roundPeriod } from './context';
import { blank, line, title } from './blocks';
import type { Block } from './model';

/** The main title lines of a cover whose first report is `first`. */
function mainTitle(ctx: ReportContext, first: ReportKind): string[] {
  const fy = `ประจำปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)}`;
  switch (first) {
    case 'analysis':
      return [
        'รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส',
        'ในการดำเนินงานของหน่วยงานภาครัฐ (ITA)',
        `ผลการประเมินประจำปี พ.ศ. ${ctx.n(ctx.itaYear)}`,
        `และมาตรการสำหรับปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)}`,
      ];
    case 'measures':
      return ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', fy];
    case 'results':
      if (ctx.layout === 'annual' && ctx.round === '12') {
        return ['รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม', 'และความโปร่งใสภายในหน่วยงาน', fy];
      }
      return [
        'รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรม',
        'และความโปร่งใสภายในหน่วยงาน',
        `${fy} ${roundLabel(ctx)}`,
        roundPeriod(ctx),
      ];
    case 'progress':
      return ['แนวทางการยกระดับการประเมินและความก้าวหน้า', 'ผลการดำเนินการรายตัวชี้วัด', `${fy} ${roundLabel(ctx)}`];
    case 'oit':
      return ['ความก้าวหน้าผลการดำเนินงานตามแบบตรวจ', 'การเปิดเผยข้อมูลสาธารณะ (OIT)', `${fy} ${roundLabel(ctx)}`];
  }
}

/** How the cover lists a report it holds. */
export function contentsLine(ctx: ReportContext, kind: ReportKind): string {
  switch (kind) {
    case 'analysis':
      return `รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี พ.ศ. ${ctx.n(ctx.itaYear)}`;
    case 'measures':
      return `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)}`;
    case 'results':
      return `รายงานผลการดำเนินการตามมาตรการ ${roundLabel(ctx)}`;
    case 'progress':
      return 'แนวทางการยกระดับการประเมินและความก้าวหน้ารายตัวชี้วัด';
    case 'oit':
      return 'ความก้าวหน้าการเปิดเผยข้อมูลสาธารณะ (OIT)';
  }
}

export function coverPage(ctx: ReportContext, reports: readonly ReportKind[]): Block[] {
  const out: Block[] = [blank(), blank(), blank(), blank()];
  const first = reports[0];
  if (first) out.push(...mainTitle(ctx, first).map((t) => title(t)));
  if (reports.length > 1) {
    out.push(blank(), line('ประกอบด้วย', 'center'));
    reports.forEach((kind, i) => out.push(line(`${ctx.n(i + 1)}. ${contentsLine(ctx, kind)}`, 'center')));
  }
  out.push(blank(), blank(), blank(), blank(), title(ctx.agency), title(placeLine(ctx)));
  return out;
}
