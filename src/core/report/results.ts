// D3 (family R, annual results: [000], [003]) and D4 (family P, plan and progress: [002], [004]) from the
// same measures and their results of the chosen round (reference §d.3, §d.4).
import { TOOL_CODES, type ToolCode } from '../framework';
import type { MeasureRow, ResultRow } from '../workbook/types';
import type { ReportContext } from './context';
import { placeLine, roundLabel, roundPeriod } from './context';
import { blank, body, cell, subheading, table, title } from './blocks';
import { indicatorLabel, itemSuffix, statusPhrase, toolOf } from './labels';
import type { Block, TableCell } from './model';
import { cellLines } from './text';

/**
 * The result of a measure in the round; for the annual round a 6-month result stands in when alone.
 * Rounds are already '6' / '12' as read from the tab (parseRoundText), the same values validation compares.
 */
export function resultFor(ctx: ReportContext, measure: MeasureRow): ResultRow | undefined {
  const mine = ctx.workbook.results.filter((r) => r.measureId === measure.id);
  return (
    mine.find((r) => r.round === ctx.round) ?? (ctx.round === '12' ? mine.find((r) => r.round === '6') : undefined)
  );
}

function evidence(result: ResultRow | undefined): string[] {
  const url = result?.evidenceUrl.trim() ?? '';
  return url ? [`หลักฐาน: ${url}`] : [];
}

function reportTitle(ctx: ReportContext): Block[] {
  return [
    title(`รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน${itemSuffix(ctx, 'results')}`),
    title(`ของ${ctx.agency} ${placeLine(ctx)}`),
    title(`ประจำปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)} ${roundLabel(ctx)}`),
    title(roundPeriod(ctx)),
  ];
}

/** Family R: ลำดับ | มาตรการ/กิจกรรม | วิธีดำเนินการ | ระยะเวลา… | ผู้รับผิดชอบ | สรุปผล… | ผลลัพธ์… */
function annualReport(ctx: ReportContext): Block[] {
  const f = ctx.scores;
  const overall = f.overall === null ? '' : ` โดยภาพรวมได้คะแนน ${ctx.score(f.overall)} อยู่ในระดับ ${f.level}`;
  const rows = ctx.workbook.measures.map((m, i) => {
    const r = resultFor(ctx, m);
    const status = statusPhrase(ctx, r?.status ?? '', r?.date ?? '');
    const issue = m.indicator ? [`(${indicatorLabel(ctx, m.indicator)})`] : [];
    return {
      cells: [
        cell(ctx.n(i + 1), { align: 'center' }),
        cell([ctx.t(m.measure.trim()), ...issue]),
        cell(cellLines(m.steps, ctx.digits)),
        cell(cellLines(m.period, ctx.digits)),
        cell(cellLines(m.owners, ctx.digits)),
        cell([...(status ? [status] : []), ...cellLines(r?.summary ?? '', ctx.digits), ...evidence(r)]),
        cell([
          ...cellLines(r?.outcome ?? '', ctx.digits),
          ...cellLines(r?.problems ? `ปัญหา/อุปสรรค: ${r.problems}` : '', ctx.digits),
          ...cellLines(r?.suggestions ? `ข้อเสนอแนะ: ${r.suggestions}` : '', ctx.digits),
        ]),
      ] satisfies TableCell[],
    };
  });
  return [
    ...reportTitle(ctx),
    blank(),
    body(
      `จากการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ${ctx.agency} ประจำปี พ.ศ. ${ctx.n(ctx.itaYear)}${overall} ` +
        `${ctx.agency} ได้กำหนดมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)} ` +
        'และได้รายงานผลการดำเนินการ โดยแสดงมาตรการหรือกิจกรรมที่ดำเนินการ การสรุปผลการดำเนินการ ' +
        'และผลลัพธ์ของการดำเนินการ พร้อมกำหนดผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง ดังนี้',
    ),
    table(
      [
        { header: 'ลำดับ', weight: 1.1, align: 'center' },
        { header: 'มาตรการ/กิจกรรม', weight: 3.5 },
        { header: 'วิธีดำเนินการ', weight: 4.5 },
        { header: 'ระยะเวลาในการดำเนินการ', weight: 2.2 },
        { header: 'ผู้รับผิดชอบ', weight: 2.2 },
        { header: 'สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม', weight: 4.2 },
        { header: 'ผลลัพธ์หรือความสำเร็จในการดำเนินการ', weight: 3.6 },
      ],
      rows,
    ),
  ];
}

const PLAN_COLUMNS = [
  { header: 'ประเด็นที่ต้องปรับปรุงแก้ไข/ ประเด็นที่ต้องพัฒนา', weight: 3 },
  { header: 'ผู้รับผิดชอบ', weight: 2.3 },
  { header: 'ขั้นตอนหรือวิธีการ/มาตรการ', weight: 4.6 },
  { header: 'การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ', weight: 3.4 },
  { header: 'การดำเนินการ', weight: 3.7 },
];

/** Family P: one table per tool under "เครื่องมือการประเมิน IIT" (reference §d.4). */
function planReport(ctx: ReportContext): Block[] {
  const groups = new Map<ToolCode | 'other', MeasureRow[]>();
  for (const m of ctx.workbook.measures) {
    const key = toolOf(ctx, m.tool, m.indicator) ?? 'other';
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const out: Block[] = [
    ...reportTitle(ctx),
    blank(),
    subheading(`มาตรการส่งเสริมคุณธรรมและความโปร่งใสของ${ctx.agency} ประจำปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)}`, 'center'),
    body(
      `จากการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${ctx.n(ctx.itaYear)} ` +
        `นำมาสู่ข้อเสนอแนะในการกำหนดมาตรการในการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานของ${ctx.agency} ` +
        `เพื่อปรับปรุงในปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)} โดยรายงานการดำเนินการ${roundLabel(ctx)} ${roundPeriod(ctx)} ดังนี้`,
    ),
  ];
  for (const key of [...TOOL_CODES, 'other'] as const) {
    const measures = groups.get(key);
    if (!measures) continue;
    out.push(subheading(key === 'other' ? 'ประเด็นอื่น ๆ' : `เครื่องมือการประเมิน ${key}`));
    const rows = measures.map((m) => {
      const r = resultFor(ctx, m);
      const issue = m.issue.trim() || (m.indicator ? indicatorLabel(ctx, m.indicator) : '');
      const status = statusPhrase(ctx, r?.status ?? '', r?.date ?? '');
      return {
        cells: [
          cell(cellLines(issue, ctx.digits)),
          cell(cellLines(m.owners, ctx.digits)),
          cell([...cellLines(m.measure, ctx.digits), ...cellLines(m.steps, ctx.digits)]),
          cell([...cellLines(m.monitoring, ctx.digits), ...cellLines(m.period, ctx.digits)]),
          cell([...(status ? [status] : []), ...cellLines(r?.summary ?? '', ctx.digits), ...evidence(r)]),
        ],
      };
    });
    out.push(table(PLAN_COLUMNS, rows));
  }
  return out;
}

export function resultsReport(ctx: ReportContext): Block[] {
  return ctx.layout === 'plan' ? planReport(ctx) : annualReport(ctx);
}
