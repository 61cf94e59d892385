// D7: the บันทึกข้อความ covering memo, fields in the order of [004] (reference §d.7), then the comment
// chain of superiors from the settings tab.
import type { ReportContext } from './context';
import { roundLabel } from './context';
import { blank, body, line, signature } from './blocks';
import type { Block, Paragraph } from './model';
import type { ReportKind } from '../rpc/contract';

/** A dotted line to write a comment on when the settings give none. */
const WRITE_HERE = '.'.repeat(110);

function field(label: string, value: string): Paragraph {
  return line([{ text: label, bold: true }, { text: `  ${value}` }]);
}

/** "นายกองค์การบริหารส่วนตำบลลอย" / "นายกเทศมนตรีตำบล…" when the settings leave เรียน empty. */
export function defaultAddressee(agency: string): string {
  if (agency.startsWith('เทศบาล')) return `นายกเทศมนตรี${agency.slice('เทศบาล'.length)}`;
  return `นายก${agency}`;
}

/** What the memo forwards: the results report (O43/O26), the analysis and measures (O42/O25), or progress. */
function memoSubject(ctx: ReportContext, reports: readonly ReportKind[]): { subject: string; forwards: string } {
  const fy = ctx.n(ctx.fy);
  if (reports.includes('results')) {
    const subject =
      `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
      `ประจำปีงบประมาณ พ.ศ. ${fy} ${roundLabel(ctx)}`;
    const forwards =
      `โดยมีการดำเนินการขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใส ` +
      `ประจำปีงบประมาณ พ.ศ. ${fy} ${roundLabel(ctx)} รายละเอียดตามสิ่งที่แนบมาพร้อมนี้`;
    return { subject, forwards };
  }
  if (reports.includes('analysis') || reports.includes('measures')) {
    const subject =
      `รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ` +
      `ประจำปี พ.ศ. ${ctx.n(ctx.itaYear)} และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
      `ประจำปีงบประมาณ พ.ศ. ${fy}`;
    const forwards =
      `และจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${fy} ` +
      `เพื่อขับเคลื่อนการดำเนินงาน รายละเอียดตามสิ่งที่แนบมาพร้อมนี้`;
    return { subject, forwards };
  }
  const subject =
    `รายงานความก้าวหน้าการดำเนินการตามตัวชี้วัดและการเปิดเผยข้อมูลสาธารณะ (OIT) ` +
    `ประจำปีงบประมาณ พ.ศ. ${fy} ${roundLabel(ctx)}`;
  const forwards = `โดยมีความก้าวหน้าการดำเนินการ ${roundLabel(ctx)} รายละเอียดตามสิ่งที่แนบมาพร้อมนี้`;
  return { subject, forwards };
}

export function memo(ctx: ReportContext, reports: readonly ReportKind[] = ['results']): Block[] {
  const m = ctx.settings.memo;
  const { subject, forwards } = memoSubject(ctx, reports);
  const out: Block[] = [
    { kind: 'paragraph', style: 'memoTitle', runs: [{ text: 'บันทึกข้อความ', bold: true }], align: 'center' },
    field('ส่วนราชการ', ctx.t(m.office.trim() || ctx.agency)),
    field('ที่', m.refNo.trim()),
    field('วันที่', m.date.trim() ? ctx.t(m.date.trim()) : ctx.today()),
    field('เรื่อง', subject),
    blank(),
    field('เรียน', ctx.t(m.to.trim() || defaultAddressee(ctx.agency))),
    body(
      `ตามที่ได้ดำเนินการวิเคราะห์ผลการประเมิน ITA ของ${ctx.agency} ปีงบประมาณ พ.ศ. ${ctx.n(ctx.itaYear)} ` +
        'และได้กำหนดประเด็นที่ต้องแก้ไข/ประเด็นที่ต้องพัฒนา ในการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ' +
        `ในปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)} ${forwards}`,
    ),
    body('จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการต่อไป'),
    blank(),
    signature(ctx.settings.preparer, ctx.t),
  ];
  for (const step of ctx.settings.chain) {
    out.push(blank(), line([{ text: ctx.t(step.heading.trim()), bold: true }]));
    const comment = step.comment?.trim() ?? '';
    if (comment === '') out.push(line(WRITE_HERE), line(WRITE_HERE));
    else for (const l of comment.split(/\r?\n/)) out.push(line(ctx.t(l)));
    out.push(signature(step.signer, ctx.t));
  }
  return out;
}
