// D7: the บันทึกข้อความ covering memo in the official layout and the field order of [004] (reference §d.7):
// ส่วนราชการ; ที่ and วันที่ on one line; เรื่อง; เรียน; a body of complete sentences ("ตามที่ … นั้น
// บัดนี้ … จึงเรียนมาเพื่อโปรดทราบและพิจารณา"); the signature; then the comment chain of superiors.
import type { ReportContext } from './context';
import { roundLabel, roundPeriod } from './context';
import { blank, body, keptGroup, line, paragraphsOf } from './blocks';
import type { Block, Paragraph, Run } from './model';
import type { ReportKind } from '../rpc/contract';
import { signerBlock } from './signers';

/** A dotted line to write a comment on when the settings give none. */
const WRITE_HERE = '.'.repeat(110);
/** Space between the ที่ and the วันที่ halves of their shared line. */
const GAP = '\u00a0'.repeat(12);

function fieldRuns(label: string, value: string): Run[] {
  return [{ text: label, bold: true }, { text: `  ${value}` }];
}

function field(label: string, value: string): Paragraph {
  return line(fieldRuns(label, value));
}

/** "นายกองค์การบริหารส่วนตำบลลอย" / "นายกเทศมนตรีตำบล…" when the settings leave เรียน empty. */
export function defaultAddressee(agency: string): string {
  if (agency.startsWith('เทศบาล')) return `นายกเทศมนตรี${agency.slice('เทศบาล'.length)}`;
  return `นายก${agency}`;
}

interface MemoWording {
  subject: string;
  /** What was done before: the "ตามที่ … นั้น" sentence. */
  since: string;
  /** What is forwarded now: the "บัดนี้ …" sentence. */
  now: string;
}

/** What the memo forwards: the results report (O43/O26), the analysis and measures (O42/O25), or progress. */
function memoWording(ctx: ReportContext, reports: readonly ReportKind[]): MemoWording {
  const fy = ctx.n(ctx.fy);
  const ita = ctx.n(ctx.itaYear);
  const analysed =
    `ตามที่ ${ctx.agency} ได้ดำเนินการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ` +
    `ประจำปี พ.ศ. ${ita} และได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${fy} ` +
    'เพื่อปรับปรุงแก้ไขประเด็นที่ต้องแก้ไขและประเด็นที่ต้องพัฒนา นั้น';
  const period = `${roundLabel(ctx)} ${roundPeriod(ctx)}`;
  if (reports.includes('results')) {
    return {
      subject: `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${fy} ${roundLabel(ctx)}`,
      since: analysed,
      now:
        `บัดนี้ ได้ดำเนินการตามมาตรการดังกล่าว ${period} แล้ว จึงได้จัดทำรายงานผลการดำเนินการตามมาตรการ` +
        'ส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน รายละเอียดตามสิ่งที่แนบมาพร้อมนี้',
    };
  }
  if (reports.includes('analysis') || reports.includes('measures')) {
    return {
      subject:
        `รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี พ.ศ. ${ita} ` +
        `และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${fy}`,
      since:
        `ตามที่ สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ` +
        `ประจำปี พ.ศ. ${ita} ของ${ctx.agency} นั้น`,
      now:
        'บัดนี้ ได้วิเคราะห์ผลการประเมินดังกล่าว และจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ' +
        `ประจำปีงบประมาณ พ.ศ. ${fy} เพื่อขับเคลื่อนการดำเนินงานแล้ว รายละเอียดตามสิ่งที่แนบมาพร้อมนี้`,
    };
  }
  return {
    subject: `รายงานความก้าวหน้าการดำเนินการตามตัวชี้วัดและการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ${fy} ${roundLabel(ctx)}`,
    since: analysed,
    now: `บัดนี้ ได้รวบรวมความก้าวหน้าการดำเนินการ ${period} แล้ว รายละเอียดตามสิ่งที่แนบมาพร้อมนี้`,
  };
}

export function memo(ctx: ReportContext, reports: readonly ReportKind[] = ['results']): Block[] {
  const m = ctx.settings.memo;
  const w = memoWording(ctx, reports);
  const date = m.date.trim() ? ctx.t(m.date.trim()) : ctx.today();
  const out: Block[] = [
    { kind: 'paragraph', style: 'memoTitle', runs: [{ text: 'บันทึกข้อความ', bold: true }], align: 'center' },
    field('ส่วนราชการ', ctx.t(m.office.trim() || ctx.agency)),
    line([...fieldRuns('ที่', ctx.t(m.refNo.trim())), { text: GAP }, ...fieldRuns('วันที่', date)]),
    field('เรื่อง', w.subject),
    field('เรียน', ctx.t(m.to.trim() || defaultAddressee(ctx.agency))),
    body(w.since),
    body(w.now),
    // The closing and the signature on one page.
    keptGroup([body('จึงเรียนมาเพื่อโปรดทราบและพิจารณา'), blank(), signerBlock(ctx.settings.preparer, ctx.t)]),
  ];
  for (const step of ctx.settings.chain) {
    // Each comment with its heading and signature on one page; the blank line before it stays behind.
    const part: Paragraph[] = [line([{ text: ctx.t(step.heading.trim()), bold: true }])];
    const comment = step.comment?.trim() ?? '';
    if (comment === '') part.push(line(WRITE_HERE), line(WRITE_HERE));
    else part.push(...paragraphsOf(comment, (l) => line(ctx.t(l))));
    out.push(blank(), keptGroup([...part, signerBlock(step.signer, ctx.t)]));
  }
  return out;
}
