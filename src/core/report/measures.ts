// D2 (O42): the measures of fiscal year Y, and the §5 table of the analysis report (reference §d.1 T7).
import type { ReportContext } from './context';
import { body, cell, table, title } from './blocks';
import type { Block, Table } from './model';
import { cellLines } from './text';

/**
 * มาตรการ | แนวทางการปฏิบัติ | ขั้นตอน/วิธีการปฏิบัติ | ผู้รับผิดชอบ | [ระยะเวลา] | การกำกับติดตาม: the five
 * columns of the analysis report's §5 (T7); the measures report adds ระยะเวลา.
 */
export function measuresTable(ctx: ReportContext, withPeriod: boolean): Table {
  const rows = ctx.workbook.measures.map((m, i) => ({
    cells: [
      cell(`${ctx.n(i + 1)}. ${ctx.t(m.measure.trim() || m.issue.trim())}`),
      cell(cellLines(m.approach, ctx.digits)),
      cell(cellLines(m.steps, ctx.digits)),
      cell(cellLines(m.owners, ctx.digits)),
      ...(withPeriod ? [cell(cellLines(m.period, ctx.digits))] : []),
      cell(cellLines(m.monitoring, ctx.digits)),
    ],
  }));
  return table(
    [
      { header: 'มาตรการ', weight: 3.2 },
      { header: 'แนวทางการปฏิบัติ', weight: 4 },
      { header: 'ขั้นตอน/วิธีการปฏิบัติ', weight: 4.6 },
      { header: 'ผู้รับผิดชอบ', weight: 2.3 },
      ...(withPeriod ? [{ header: 'ระยะเวลา', weight: 2.2 }] : []),
      { header: 'การกำกับติดตาม', weight: 2.7 },
    ],
    rows,
  );
}

export function measuresReport(ctx: ReportContext): Block[] {
  return [
    title('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'),
    title(`ของ${ctx.agency} ประจำปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)}`),
    body(
      `จากการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ` +
        `ประจำปีงบประมาณ พ.ศ. ${ctx.n(ctx.itaYear)} ${ctx.agency} ได้นำผลการวิเคราะห์มาสู่การกำหนดมาตรการ` +
        `เพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ในปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)} ` +
        `โดยกำหนดผู้รับผิดชอบ ขั้นตอนหรือวิธีการปฏิบัติ และการกำกับติดตามและรายงานผล ดังนี้`,
    ),
    measuresTable(ctx, true),
  ];
}
