// The section the คำนำ promises: "แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ" — who carries the measures out,
// what comes first (the urgent weaknesses), when progress is reported and where it is published. Built from
// the measures and the analysis, so it names this agency's units, indicators and years.
import { urgent } from './analysis';
import { body, heading } from './blocks';
import type { ReportContext } from './context';
import { indicatorLabel } from './labels';
import { listParagraphs } from './lists';
import type { Block } from './model';

/** The units named in the measures' ผู้รับผิดชอบ, in first-seen order. */
function units(ctx: ReportContext): string[] {
  const seen: string[] = [];
  for (const m of ctx.workbook.measures) {
    for (const u of m.owners.split(/\r?\n|,|\/|และ/)) {
      const unit = ctx.t(u.trim());
      if (unit !== '' && !seen.includes(unit)) seen.push(unit);
    }
  }
  return seen;
}

/** "และ" before the last of a list: "สำนักปลัด กองคลัง และกองช่าง". */
function joinThai(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(' ')} และ${items[items.length - 1]}`;
}

export function practiceSection(ctx: ReportContext, no: number): Block[] {
  const fy = ctx.n(ctx.fy);
  const owners = units(ctx);
  const first = urgent(ctx).map((i) => indicatorLabel(ctx, i.no));
  const results = ctx.scores.framework.measureItems.results.code;
  const items = [
    'เสนอผลการวิเคราะห์และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานต่อผู้บริหารเพื่อพิจารณาให้ความเห็นชอบ ' +
      'และประกาศให้บุคลากรทุกคนทราบและถือปฏิบัติ',
    `มอบหมายให้${owners.length > 0 ? joinThai(owners) : 'ผู้รับผิดชอบแต่ละมาตรการ'} ` +
      `ดำเนินการตามขั้นตอนหรือวิธีการที่กำหนดไว้ในแต่ละมาตรการ ภายในปีงบประมาณ พ.ศ. ${fy}`,
    ...(first.length > 0 ? [`แก้ไขประเด็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วนเป็นลำดับแรก ได้แก่ ${joinThai(first)}`] : []),
    `กำกับติดตามและรายงานผลการดำเนินการตามมาตรการต่อผู้บริหาร รอบ ${ctx.n(6)} เดือน ` +
      `(เดือนตุลาคม ${ctx.n(ctx.fy - 1)} – มีนาคม ${fy}) และรอบ ${ctx.n(12)} เดือน (เดือนตุลาคม ${ctx.n(ctx.fy - 1)} – กันยายน ${fy})`,
    'เผยแพร่มาตรการและผลการดำเนินการบนเว็บไซต์หลักของหน่วยงาน' +
      (results ? ` เพื่อประกอบการประเมินตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ ${ctx.t(results)}` : ''),
    'นำผลการดำเนินการและข้อเสนอแนะมาทบทวนและปรับปรุงมาตรการสำหรับการประเมินในปีถัดไป',
  ];
  return [
    heading(`${ctx.n(no)}. แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ`),
    body(`เพื่อให้ผลการวิเคราะห์นำไปสู่การปฏิบัติอย่างเป็นรูปธรรม ${ctx.agency} จึงกำหนดแนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ ดังนี้`),
    ...listParagraphs(ctx, items, 'paren'),
  ];
}
