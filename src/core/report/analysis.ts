// D1: the analysis report of ITA year Y−1 with the measures for FY Y (reference §d.1, outline of [001]
// part B). Boilerplate is filled from the settings; every number comes from the computed scores.
import { TOOL_CODES, type ToolCode } from '../framework';
import type { AnalysisRow } from '../workbook/types';
import type { ReportContext } from './context';
import { placeLine } from './context';
import {
  blank,
  body,
  cell,
  heading,
  keptGroup,
  landscapePart,
  line,
  listItem,
  listLabel,
  subheading,
  table,
  title,
} from './blocks';
import { lowestOfTool, ranked, type IndicatorScore } from './facts';
import { indicatorLabel, toolLabel } from './labels';
import { measuresTable } from './measures';
import type { Block, Paragraph, ScoreChart, Table } from './model';
import { cellLines } from './text';
import { formatThaiMonthYear } from '../thai';
import { isList, listItems, listParagraphs } from './lists';
import { practiceSection } from './practice';
import { yearOverYear } from './year-over-year';
import { signerBlock } from './signers';

const STRENGTH = 'จุดแข็ง';
const URGENT = 'จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน';
const DEVELOP = 'ประเด็นที่ต้องพัฒนา';

const FOUR_PARTS =
  'ประเด็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน ประเด็นที่จะต้องพัฒนาให้ดีขึ้น ' +
  'แนวทางการนำผลการวิเคราะห์ไปสู่แนวทางการปฏิบัติของหน่วยงาน ตลอดจนข้อเสนอแนะในการจัดทำมาตรการ' +
  'เพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานให้ดีขึ้น';

const ITA_NAME =
  'การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA)';

function analysisRow(ctx: ReportContext, no: number): AnalysisRow | undefined {
  return ctx.workbook.analysis.find((r) => r.indicator === no);
}

/** The improvement text for an indicator as typed: the user's วิเคราะห์ผล column, else the D5 guideline. */
function guidelineText(ctx: ReportContext, no: number): string {
  const fromAnalysis = analysisRow(ctx, no)?.developIssue.trim() ?? '';
  if (fromAnalysis !== '') return fromAnalysis;
  return ctx.workbook.indicatorProgress.find((r) => r.indicator === no)?.guideline.trim() ?? '';
}

/**
 * A sentence that ends in the guideline: inline when it is one item, else the sentence alone followed by one
 * paragraph per item numbered "(๑)", "(๒)" under it — never a line break inside the sentence.
 */
function withGuideline(
  ctx: ReportContext,
  sentence: string,
  no: number,
  make: (text: string) => Paragraph = body,
): Block[] {
  const raw = guidelineText(ctx, no);
  const items = listItems(ctx, raw);
  if (items.length === 0) return [make(sentence)];
  if (!isList(raw) || items.length === 1) return [make(`${sentence} ${items.join(' ')}`)];
  return [make(sentence), ...listParagraphs(ctx, items, 'paren', 1)];
}

function compare(ctx: ReportContext, value: number): string {
  const target = ctx.settings.target;
  if (value > target) return 'สูงกว่า';
  if (value < target) return 'ต่ำกว่า';
  return 'เท่ากับ';
}

function withCategory(ctx: ReportContext, category: string): number[] {
  return ctx.workbook.analysis.filter((r) => r.category.trim() === category).map((r) => r.indicator);
}

/** Strengths: the user's categories when set, else every indicator at or above the target. */
export function strengths(ctx: ReportContext): IndicatorScore[] {
  const chosen = withCategory(ctx, STRENGTH);
  const all = ranked(ctx.scores);
  if (chosen.length > 0) return all.filter((i) => chosen.includes(i.no));
  return all.filter((i) => i.score >= ctx.settings.target);
}

/** Urgent weaknesses: the user's categories when set, else the lowest indicator. */
export function urgent(ctx: ReportContext): IndicatorScore[] {
  const chosen = withCategory(ctx, URGENT);
  const all = ranked(ctx.scores);
  if (chosen.length > 0) return all.filter((i) => chosen.includes(i.no));
  const lowest = all[all.length - 1];
  return lowest ? [lowest] : [];
}

/** Issues to develop in a tool: the user's categories when set, else the tool's lowest indicator. */
export function toDevelop(ctx: ReportContext, tool: ToolCode): number[] {
  const chosen = ctx.workbook.analysis
    .filter((r) => r.tool === tool && (r.category.trim() === DEVELOP || r.category.trim() === URGENT))
    .map((r) => r.indicator);
  if (chosen.length > 0) return [...new Set(chosen)].sort((a, b) => a - b);
  const lowest = lowestOfTool(ctx.scores, tool);
  return lowest ? [lowest.no] : [];
}

/**
 * The report's own title page ([001] part B opens with one); left out when the export prints a cover, which
 * then carries this title (the analysis is always the first report of a bundle).
 */
function coverBlock(ctx: ReportContext): Block[] {
  if (ctx.withCover) return [];
  return [
    blank(),
    blank(),
    blank(),
    title('รายงานการวิเคราะห์ผลการประเมิน'),
    title('คุณธรรมและความโปร่งใสในการดำเนินงาน'),
    title('ของหน่วยงานภาครัฐ (ITA)'),
    title(`ผลการประเมินประจำปี พ.ศ. ${ctx.n(ctx.itaYear)}`),
    title(`และมาตรการสำหรับปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)}`),
    blank(),
    blank(),
    blank(),
    title(ctx.agency),
    title(placeLine(ctx)),
    { kind: 'pageBreak' },
  ];
}

function preface(ctx: ReportContext): Block[] {
  const { yearBE, month } = ctx.reportDate;
  const monthYear = formatThaiMonthYear(yearBE, month, ctx.digits);
  return [
    subheading('คำนำ', 'center'),
    body(
      `${ITA_NAME} มีเจตนารมณ์เพื่อมุ่งหวังให้หน่วยงานภาครัฐได้ยกระดับคุณธรรมและความโปร่งใสของหน่วยงานของตน ` +
        'และได้มีการปรับปรุงพัฒนาตนเองในด้านคุณธรรมและความโปร่งใส เพื่อให้เกิดธรรมาภิบาลในหน่วยงานภาครัฐ ' +
        'มีการดำเนินงานที่มุ่งให้เกิดประโยชน์ต่อประชาชนและส่วนรวมเป็นสำคัญ และลดโอกาสที่จะเกิดการทุจริตและประพฤติมิชอบ ' +
        'ส่งผลให้หน่วยงานภาครัฐสามารถบรรลุเป้าหมายที่กำหนดไว้ในแผนแม่บทภายใต้ยุทธศาสตร์ชาติ ' +
        `ประเด็นที่ ${ctx.n(21)} การต่อต้านการทุจริตและประพฤติมิชอบ (พ.ศ. ${ctx.n(2561)} – ${ctx.n(2580)})`,
    ),
    body(
      'รายงานฉบับนี้จัดทำขึ้นโดยมีวัตถุประสงค์เพื่อวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน' +
        `ของหน่วยงานภาครัฐ (ITA) ของ${ctx.agency} ในรอบปีที่ผ่านมา (ปี พ.ศ. ${ctx.n(ctx.itaYear)}) ประกอบด้วย ` +
        `${FOUR_PARTS} สำหรับการดำเนินงานในปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)}`,
    ),
    body(
      `${ctx.agency} หวังเป็นอย่างยิ่งว่ารายงานฉบับนี้จะช่วยยกระดับคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน ` +
        'ได้อย่างมีประสิทธิภาพ และเป็นข้อมูลในการปรับปรุงการดำเนินงานให้เป็นไปตามหลักธรรมาภิบาล (Good Governance) ' +
        'สะท้อนภาพลักษณ์เชิงบวกให้กับหน่วยงาน และส่งผลต่อการยกระดับดัชนีการรับรู้การทุจริต ' +
        '(Corruption Perception Index: CPI) ของประเทศไทยให้สูงขึ้นต่อไป',
    ),
    blank(),
    line(ctx.agency, 'center', 8),
    line(monthYear, 'center', 8),
  ];
}

function principles(ctx: ReportContext): Block[] {
  return [
    heading(`${ctx.n(1)}. หลักการและเหตุผล`),
    body(
      'สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้พัฒนาเครื่องมือการประเมินเชิงบวก ' +
        'เพื่อเป็นมาตรการป้องกันการทุจริต และเป็นกลไกในการสร้างความตระหนักให้หน่วยงานภาครัฐดำเนินงานอย่างโปร่งใสและมีคุณธรรม ' +
        `โดยใช้ชื่อว่า ${ITA_NAME} ซึ่งเป็นเครื่องมือสำคัญตามแผนแม่บทภายใต้ยุทธศาสตร์ชาติ ` +
        `ประเด็นที่ ${ctx.n(21)} การต่อต้านการทุจริตและประพฤติมิชอบ (พ.ศ. ${ctx.n(2561)} – ${ctx.n(2580)})`,
    ),
    body(
      `เพื่อให้การส่งเสริมคุณธรรมและความโปร่งใสในปีงบประมาณ พ.ศ. ${ctx.n(ctx.fy)} เป็นไปอย่างมีประสิทธิภาพ ` +
        `${ctx.agency} จึงได้จัดทำรายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ` +
        `ในปีที่ผ่านมา (ปี พ.ศ. ${ctx.n(ctx.itaYear)}) ประกอบด้วย ${FOUR_PARTS}`,
    ),
  ];
}

/** Ten indicators, three tools, overall, level and target in one table. */
function scoresTable(ctx: ReportContext): Table {
  const f = ctx.scores;
  const target = ctx.figure(ctx.settings.target);
  const rows = [];
  for (const tool of TOOL_CODES) {
    const toolScore = f.tools[tool];
    rows.push({
      cells: [
        cell(toolLabel(ctx, tool), { bold: true }),
        cell(ctx.score(toolScore), { bold: true, align: 'center' as const }),
        cell(target, { align: 'center' as const }),
        cell(toolScore === null ? '' : compare(ctx, toolScore), { align: 'center' as const }),
      ],
    });
    for (const i of f.indicators.filter((x) => x.tool === tool)) {
      rows.push({
        cells: [
          cell(`    ${indicatorLabel(ctx, i.no)}`),
          cell(ctx.score(i.score), { align: 'center' as const }),
          cell(target, { align: 'center' as const }),
          cell(i.score === null ? '' : compare(ctx, i.score), { align: 'center' as const }),
        ],
      });
    }
  }
  rows.push({
    cells: [
      cell('คะแนนรวม (ITA)', { bold: true }),
      cell(ctx.score(f.overall), { bold: true, align: 'center' as const }),
      cell(target, { align: 'center' as const }),
      cell(f.overall === null ? '' : compare(ctx, f.overall), { bold: true, align: 'center' as const }),
    ],
  });
  rows.push({
    cells: [
      cell('ระดับผลการประเมิน', { bold: true }),
      cell(f.level || '–', { bold: true, align: 'center' as const }),
      cell(''),
      cell(''),
    ],
  });
  return table(
    [
      { header: 'เครื่องมือ / ตัวชี้วัด', weight: 9.6 },
      { header: 'คะแนน', weight: 2.1, align: 'center' },
      { header: 'ค่าเป้าหมาย', weight: 2.3, align: 'center' },
      { header: 'เทียบเป้าหมาย', weight: 2.6, align: 'center' },
    ],
    rows,
  );
}

function scoreChart(ctx: ReportContext): ScoreChart {
  return {
    kind: 'chart',
    title: `คะแนนรายตัวชี้วัดเทียบกับค่าเป้าหมาย ${ctx.figure(ctx.settings.target)} คะแนน (ITA ปี พ.ศ. ${ctx.n(ctx.itaYear)})`,
    bars: ctx.scores.indicators
      .filter((i) => i.score !== null)
      .map((i) => ({
        label: indicatorLabel(ctx, i.no),
        short: ctx.n(i.no),
        value: i.score as number,
        display: ctx.score(i.score),
      })),
    target: ctx.settings.target,
    targetLabel: `ค่าเป้าหมาย ${ctx.figure(ctx.settings.target)}`,
  };
}

function resultsSection(ctx: ReportContext): Block[] {
  const f = ctx.scores;
  const place = placeLine(ctx);
  const out: Block[] = [
    heading(
      `${ctx.n(2)}. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ${ctx.agency} ${place} ` +
        `(ข้อมูลจากระบบ ITAS ปี พ.ศ. ${ctx.n(ctx.itaYear)})`,
    ),
  ];
  if (f.overall === null) {
    out.push(body(`ยังไม่มีคะแนน ITA ครบทั้ง ${ctx.n(10)} ตัวชี้วัดของปี พ.ศ. ${ctx.n(ctx.itaYear)}`));
    return out;
  }
  out.push(
    body([
      { text: `ผลการประเมินระดับคุณธรรมและความโปร่งใส (ITA) ของ${ctx.agency} มีค่าคะแนนเท่ากับ ` },
      { text: `${ctx.score(f.overall)} คะแนน`, bold: true },
      { text: ` อยู่ในระดับ ${f.level} มีรายละเอียดดังนี้` },
    ]),
    scoresTable(ctx),
    scoreChart(ctx),
    ...yearOverYear(ctx),
  );
  TOOL_CODES.forEach((tool, k) => {
    const low = lowestOfTool(f, tool);
    if (!low) return;
    out.push(
      ...withGuideline(ctx, `${toolLabel(ctx, tool)} ${indicatorLabel(ctx, low.no)} มีข้อเสนอแนะ ดังนี้`, low.no, (text) =>
        listItem(listLabel(k + 1, 'dot', ctx.t), text),
      ),
    );
  });
  const order = ranked(f);
  const [first, second] = order;
  const last = order[order.length - 1];
  if (first && second && last) {
    out.push(
      body(
        `เมื่อพิจารณาพบว่า ${indicatorLabel(ctx, first.no)} ได้คะแนนเท่ากับ ${ctx.score(first.score)} ซึ่งเป็นคะแนนที่สูงที่สุด ` +
          `รองลงมาคือ ${indicatorLabel(ctx, second.no)} ได้คะแนนเท่ากับ ${ctx.score(second.score)} ` +
          `และตัวชี้วัดที่ได้คะแนนน้อยที่สุดในปี พ.ศ. ${ctx.n(ctx.itaYear)} คือ ${indicatorLabel(ctx, last.no)} ` +
          `ได้คะแนนเท่ากับ ${ctx.score(last.score)} จากข้อมูลสามารถสรุปได้ว่า`,
      ),
    );
    const strong = [first, second];
    const explain = (no: number) => ctx.t(analysisRow(ctx, no)?.assessmentIssue.trim() ?? '');
    const strongText = strong.map((i) => indicatorLabel(ctx, i.no)).join(' และ');
    const strongWhy = strong.map((i) => explain(i.no)).filter((s) => s !== '');
    const weakWhy = explain(last.no);
    out.push(
      body(
        `จุดแข็งของการประเมินคุณธรรมและความโปร่งใสของ${ctx.agency} คือ ${strongText}` +
          (strongWhy.length ? ` ซึ่ง${strongWhy.join(' และ')}` : '') +
          ` และจุดอ่อน คือ ${indicatorLabel(ctx, last.no)}` +
          (weakWhy ? ` ซึ่ง${weakWhy}` : ''),
      ),
    );
  }
  out.push(
    body(
      `ผลคะแนนการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี พ.ศ. ${ctx.n(ctx.itaYear)} ของ${ctx.agency} ${place} ` +
        `เท่ากับ ${ctx.score(f.overall)} คะแนน ${compare(ctx, f.overall)}ค่าเป้าหมายที่กำหนดเกณฑ์ไว้คือ ` +
        `${ctx.figure(ctx.settings.target)} คะแนน อยู่ในระดับ ${f.level} โดยมีรายละเอียดผลการดำเนินงาน ดังนี้`,
    ),
  );
  for (const tool of TOOL_CODES) {
    const inds = f.indicators.filter((i) => i.tool === tool);
    out.push(
      body(
        `ผลคะแนนการประเมินเครื่องมือ ${toolLabel(ctx, tool)} มีค่าคะแนนเท่ากับ ${ctx.score(f.tools[tool])} คะแนน ` +
          `โดยประกอบด้วย ${ctx.n(inds.length)} ตัวชี้วัด ดังนี้`,
      ),
    );
    for (const i of inds) {
      out.push(line(`${indicatorLabel(ctx, i.no)} มีผลคะแนน เท่ากับ ${ctx.score(i.score)} คะแนน`, 'left', 1.25));
    }
    const low = lowestOfTool(f, tool);
    if (low) {
      const sentence = `จากลำดับคะแนน พบว่า${indicatorLabel(ctx, low.no)} มีค่าคะแนนน้อยที่สุดในกลุ่มเครื่องมือ`;
      out.push(
        ...(guidelineText(ctx, low.no) === ''
          ? [body(sentence)]
          : withGuideline(ctx, `${sentence} ซึ่งมีข้อเสนอแนะสำหรับการปรับปรุงในปีต่อไป คือ`, low.no)),
      );
    }
  }
  return out;
}

function analysisSection(ctx: ReportContext): Block[] {
  const list = (items: IndicatorScore[]) =>
    items.length === 0
      ? [line('– ไม่มี –', 'left', 1.25)]
      : items.map((i) => line(`${indicatorLabel(ctx, i.no)} (${ctx.score(i.score)} คะแนน)`, 'left', 1.25));
  return [
    heading(`${ctx.n(3)}. การวิเคราะห์ข้อมูล`),
    subheading(`${ctx.t('3.1')} ประเด็นจุดแข็ง (ตัวชี้วัดที่ได้คะแนนตั้งแต่ ${ctx.figure(ctx.settings.target)} คะแนนขึ้นไป) มีดังนี้`),
    ...list(strengths(ctx)),
    subheading(`${ctx.t('3.2')} ประเด็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน (ตัวชี้วัดที่ได้คะแนนน้อยที่สุด)`),
    ...list(urgent(ctx)),
  ];
}

const TOOL_SUBHEADINGS: Record<ToolCode, string> = {
  IIT: 'การประเมินตามแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal Integrity and Transparency Assessment: IIT)',
  EIT: 'การประเมินตามแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (External Integrity and Transparency Assessment: EIT)',
  OIT: 'การประเมินตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)',
};

function developSection(ctx: ReportContext): Block[] {
  const out: Block[] = [heading(`${ctx.n(4)}. ประเด็นที่ต้องพัฒนาให้ดีขึ้น (ทั้ง ${ctx.n(3)} เครื่องมือ)`)];
  TOOL_CODES.forEach((tool, k) => {
    out.push(
      subheading(
        `${ctx.n(4)}.${ctx.n(k + 1)} ${TOOL_SUBHEADINGS[tool]} (ข้อมูลจากระบบ ITAS ปี พ.ศ. ${ctx.n(ctx.itaYear)})`,
      ),
    );
    const rows = toDevelop(ctx, tool).map((no) => {
      const row = analysisRow(ctx, no);
      return {
        cells: [
          cell(indicatorLabel(ctx, no)),
          cell(cellLines(row?.assessmentIssue ?? '', ctx.digits)),
          cell(cellLines(guidelineText(ctx, no), ctx.digits)),
        ],
      };
    });
    out.push(
      table(
        [
          { header: 'ตัวชี้วัด', weight: 3 },
          { header: 'ประเด็นการประเมิน', weight: 5 },
          { header: 'ประเด็นที่ควรพัฒนา', weight: 6 },
        ],
        rows,
      ),
    );
  });
  return out;
}

export function analysisReport(ctx: ReportContext): Block[] {
  return [
    ...coverBlock(ctx),
    ...preface(ctx),
    { kind: 'pageBreak' },
    ...principles(ctx),
    ...resultsSection(ctx),
    ...analysisSection(ctx),
    ...developSection(ctx),
    // §5's five-column table prints on landscape pages; the narrative around it stays portrait.
    ...landscapePart([
      heading(`${ctx.n(5)}. ข้อเสนอแนะในการจัดทำมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานให้ดีขึ้น`),
      measuresTable(ctx, false),
    ]),
    ...practiceSection(ctx, 6),
    ...signatures(ctx),
  ];
}

/** Preparer and approver (the last signer of the comment chain) under the report, when the settings ask. */
function signatures(ctx: ReportContext): Block[] {
  if (!ctx.settings.signReport) return [];
  // Each label with its signature on one page.
  const out: Block[] = [
    blank(),
    keptGroup([line('ผู้จัดทำรายงาน', 'center', 6), signerBlock(ctx.settings.preparer, ctx.t)]),
  ];
  const approver = ctx.settings.chain[ctx.settings.chain.length - 1]?.signer;
  if (approver && approver.name.trim() !== '') {
    out.push(blank(), keptGroup([line('ผู้อนุมัติ', 'center', 6), signerBlock(approver, ctx.t)]));
  }
  return out;
}
