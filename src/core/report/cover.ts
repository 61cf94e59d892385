// Optional cover page, worded after the reports chosen (reference §d.4 cover of [002], [004]).
import type { ReportKind } from '../rpc/contract';
import type { ReportContext } from './context';
import { placeLine, roundLabel, roundPeriod } from './context';
import { blank, title } from './blocks';
import type { Block } from './model';

export function coverPage(ctx: ReportContext, reports: readonly ReportKind[]): Block[] {
  const out: Block[] = [blank(), blank(), blank(), blank(), blank()];
  const hasResults = reports.some((r) => r === 'results' || r === 'progress' || r === 'oit');
  if (hasResults) {
    out.push(
      title('รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรม'),
      title('และความโปร่งใสภายในหน่วยงาน'),
      blank(),
      title(`ประจำปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)} ${roundLabel(ctx)}`),
      title(roundPeriod(ctx)),
    );
  } else if (reports.includes('analysis')) {
    out.push(
      title('รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส'),
      title('ในการดำเนินงานของหน่วยงานภาครัฐ (ITA)'),
      blank(),
      title(`ผลการประเมินประจำปี พ.ศ. ${ctx.n(ctx.itaYear)}`),
      title(`และมาตรการสำหรับปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)}`),
    );
  } else {
    out.push(
      title('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'),
      blank(),
      title(`ประจำปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)}`),
    );
  }
  out.push(blank(), blank(), blank(), blank(), blank(), title(ctx.agency), title(placeLine(ctx)));
  return out;
}
