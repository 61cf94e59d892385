// A workbook filled with the content of the seed reports (reference seeds [000]–[004]), all for one agency:
// อบต.ตะโก, FY 2567, analysing ITA 2566 ([001]); checklist, guidelines and memo wording from [000], [003], [004].
import type { IndicatorNo } from '../../../src/core/framework';
import { DEFAULT_MONITORING, DEFAULT_PERIOD, measuresForIndicator } from '../../../src/core/measures';
import type { ExportInput } from '../../../src/core/rpc/contract';
import type {
  AnalysisRow,
  IndicatorProgressRow,
  MeasureRow,
  OitRow,
  ResultRow,
  ScoreRow,
  WorkbookData,
} from '../../../src/core/workbook/types';

/** [001]: indicator scores of ITA 2566; the published overall is 79.84. */
export const TAKO_SCORES_2566 = [97.25, 86.57, 93.92, 86.58, 93.46, 87.89, 85.14, 83.2, 82.5, 51.25];

const scores: ScoreRow[] = TAKO_SCORES_2566.map((score, i) => ({
  sheetRow: i + 2,
  year: 2566,
  kind: 'indicator',
  indicator: i + 1,
  score,
  stated: score,
}));
// A row of an older year must not leak into the report.
scores.push({ sheetRow: 20, year: 2565, kind: 'indicator', indicator: 1, score: 12.34, stated: 12.34 });

const TOOLS = ['IIT', 'IIT', 'IIT', 'IIT', 'IIT', 'EIT', 'EIT', 'EIT', 'OIT', 'OIT'] as const;

const analysis: AnalysisRow[] = TAKO_SCORES_2566.map((score, i) => ({
  sheetRow: i + 2,
  indicator: i + 1,
  tool: TOOLS[i] as 'IIT' | 'EIT' | 'OIT',
  score,
  level: '',
  gap: score - 85,
  trend: null,
  category: '',
  assessmentIssue: '',
  developIssue: '',
}));
Object.assign(analysis[3] as AnalysisRow, {
  category: 'ประเด็นที่ต้องพัฒนา',
  assessmentIssue:
    'การประเมินการรับรู้บุคคลภายใน (IIT) ต่อการใช้ทรัพย์สินราชการ ในประเด็นที่บุคลากรมีพฤติกรรมการนำทรัพย์สินของราชการไปใช้เป็นของตนเอง',
  developIssue: 'หน่วยงานต้องปรับปรุงการใช้ทรัพย์สินของราชการ โดยให้เน้นที่พฤติกรรมของบุคลากรที่ไม่นำทรัพย์สินของราชการไปเป็นของตนเอง',
});
Object.assign(analysis[6] as AnalysisRow, {
  category: 'ประเด็นที่ต้องพัฒนา',
  assessmentIssue: 'การประเมินการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ต่อประสิทธิภาพการสื่อสาร',
  developIssue:
    'หน่วยงานต้องจัดทำการเผยแพร่ข้อมูลในหลากหลายช่องทาง เช่น Website, Instagram, Facebook\nควรมีช่องทางในการแจ้งเบาะแสการทุจริต เช่น สายด่วน',
});
Object.assign(analysis[9] as AnalysisRow, {
  category: 'จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน',
  assessmentIssue: 'ประเมินผลการเผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงานเพื่อเปิดเผยข้อมูลต่าง ๆ ของหน่วยงานให้สาธารณชนทราบ',
  developIssue:
    'ผู้บริหารควรแสดงเจตจำนงหรือคำมั่นสัญญาว่าจะปฏิบัติงานด้วยความซื่อสัตย์สุจริต มีการจัดทำแผนปฏิบัติการป้องกันการทุจริตประจำปีให้ชัดเจนและเผยแพร่ต่อสาธารณะ',
});

function measure(n: number, m: Partial<MeasureRow>): MeasureRow {
  return {
    sheetRow: n + 1,
    id: `M${String(n).padStart(3, '0')}`,
    tool: '',
    indicator: null,
    item: '',
    issue: '',
    measure: '',
    approach: '',
    steps: '',
    owners: 'สำนักปลัด',
    period: 'ตลอดปีงบประมาณ',
    monitoring: 'รายงานผลการดำเนินงานตามมาตรการ\n-รอบ 6 เดือน\n-รอบ 12 เดือน',
    source: 'user',
    ...m,
  };
}

const measures: MeasureRow[] = [
  measure(1, {
    tool: 'IIT',
    indicator: 5,
    measure: 'การสร้างมาตรฐานป้องกันการรับสินบน',
    steps:
      '1. ฝ่ายบริหารงานบุคคลตรวจสอบหลักสูตรการฝึกอบรม\n2. เสนอผู้บังคับบัญชาเพื่อส่งบุคลากรเข้ารับการฝึกอบรม\n3. รายงานสรุปผลการฝึกอบรม',
    period: 'ต.ค.66-ก.ย.67',
  }),
  measure(2, {
    tool: 'IIT',
    indicator: 4,
    measure: 'การสร้างฐานความคิด การแยกแยะประโยชน์ส่วนตัวและประโยชน์ส่วนรวม',
    steps: '1. จัดอบรม/จัดทำสื่อประชาสัมพันธ์รณรงค์\n2. จัดคู่มือแนวปฏิบัติในการใช้ทรัพย์สินของราชการ',
    period: 'ม.ค.-พ.ค. 67',
  }),
  measure(3, {
    tool: 'IIT',
    indicator: 2,
    measure: 'การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง',
    steps: '1. เสนอโครงการให้ผู้บริหารอนุมัติ\n2. จัดอบรมให้ความรู้แก่คณะกรรมการตรวจการจ้าง',
    owners: 'กองคลัง',
    period: 'ม.ค.-ส.ค.67',
  }),
  measure(4, {
    tool: 'IIT',
    indicator: 3,
    measure: 'มาตรการตรวจสอบการใช้ดุลพินิจ',
    approach: '- จัดทำมาตรการตรวจสอบการใช้ดุลพินิจ\n- จัดทำคู่มือการปฏิบัติงานหรือหลักเกณฑ์มาตรฐานการปฏิบัติงาน',
    steps: '1. ผู้รับผิดชอบ ดำเนินการจัดทำมาตรการตรวจสอบการใช้ดุลพินิจ\n2. ผู้บริหารประกาศหลักเกณฑ์\n3. เผยแพร่บนเว็บไซต์หลักของหน่วยงาน',
  }),
  measure(5, {
    tool: 'EIT',
    indicator: 7,
    issue: 'E6 การเผยแพร่ข้อมูลของหน่วยงาน',
    measure: 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
    approach: 'จัดให้มีช่องทางในการบริการข้อมูลข่าวสารตามมาตรา ๙ ของพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐',
    steps: '1. เผยแพร่ข้อมูลบนเว็บไซต์หลัก https://www.tako.go.th/ita2567/o1 และ Facebook\n2. ติดตามข้อมูลให้เป็นปัจจุบัน',
    owners: 'งานประชาสัมพันธ์ สำนักปลัด',
  }),
  measure(6, {
    tool: 'OIT',
    indicator: 10,
    item: 'O32',
    measure: 'เจตจำนงสุจริตของผู้บริหารตามนโยบายไม่รับของขวัญหรือของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy)',
    steps: 'ผู้บริหารประกาศเจตจำนงสุจริตและนโยบาย No Gift Policy ประจำปี 2567',
  }),
];

function result(n: number, r: Partial<ResultRow>): ResultRow {
  return {
    sheetRow: n + 1,
    measureId: '',
    round: '12',
    status: 'ดำเนินการแล้ว',
    date: '',
    summary: '',
    outcome: '',
    problems: '',
    suggestions: '',
    evidenceUrl: '',
    ...r,
  };
}

const results: ResultRow[] = [
  result(1, {
    measureId: 'M001',
    round: '6',
    status: 'อยู่ระหว่างดำเนินการ',
    summary: 'ส่งบุคลากร 3 คนเข้ารับการอบรม',
  }),
  result(2, {
    measureId: 'M001',
    date: '10 มกราคม 2567',
    summary: 'ส่งบุคลากร 12 คนเข้ารับการอบรม',
    outcome: 'ข้าราชการ พนักงานจ้าง ลูกจ้างไม่เห็นแก่ประโยชน์ส่วนตนมากขึ้น',
    suggestions: 'เห็นสมควรทำหนังสือแจ้งเวียนทุกเดือน',
    evidenceUrl: 'https://www.tako.go.th/news/2567/115',
  }),
  result(3, {
    measureId: 'M002',
    summary: 'จัดทำคู่มือแนวปฏิบัติในการใช้ทรัพย์สินของราชการ',
    outcome: 'ข้าราชการ พนักงานจ้าง ลูกจ้างสามารถแยกแยะประโยชน์ส่วนตัวและประโยชน์ส่วนรวม',
  }),
  result(4, { measureId: 'M003', summary: 'จัดอบรมคณะกรรมการตรวจการจ้าง', outcome: 'ไม่เกิดการทุจริตในการจัดซื้อจัดจ้าง' }),
];

const GUIDELINES = [
  'หน่วยงานต้องปฏิบัติงานให้บริการแก่ผู้มาติดต่อด้วยความโปร่งใสเป็นไปตามขั้นตอนระยะเวลาที่กำหนดอย่างเคร่งครัด',
  '๑. สร้างการรับรู้เกี่ยวกับการใช้จ่ายงบประมาณประจำปีให้บุคลากรในหน่วยงาน\n๒. เปิดโอกาสให้บุคลากรภายในมีส่วนร่วมในการตรวจสอบการใช้งบประมาณ',
  '๑. มีการมอบหมายงานอย่างชัดเจน\n๒. กำหนดเกณฑ์การประเมินผลงานอย่างชัดเจน',
  '๑. สร้างแนวปฏิบัติเกี่ยวกับการใช้ทรัพย์สินของทางราชการ\n๒. มีขั้นตอนการขออนุญาตการขอยืมที่ถูกต้อง',
  '๑. มีการทบทวนนโยบายการป้องกันทุจริตในหน่วยงานให้มีประสิทธิภาพยิ่งขึ้น',
  '๑. มีการกำหนดขั้นตอน ระยะเวลาการปฏิบัติงาน/การให้บริการอย่างชัดเจน',
  '๑. มีการเผยแพร่ข้อมูลของหน่วยงานเข้าถึงง่าย ไม่ซับซ้อน และหลายช่องทาง',
  '๑. ควรมีการปรับปรุงคุณภาพการปฏิบัติงาน/วิธีการ/ขั้นตอนการดำเนินงาน/การให้บริการให้ดียิ่งขึ้น',
];

const indicatorProgress: IndicatorProgressRow[] = GUIDELINES.map((guideline, i) => ({
  sheetRow: i + 2,
  indicator: i + 1,
  guideline,
  owners: i === 1 ? 'สำนักปลัด / กองคลัง' : i === 0 ? 'ทุกส่วนงาน' : 'สำนักปลัด',
  period: 'ตลอดปีงบประมาณ พ.ศ. 2567',
  status: 'ดำเนินการแล้ว',
  progress: '- จัดทำผังขั้นตอนการให้บริการประชาชน ณ จุดบริการ',
}));

function oit(n: number, code: string, name: string, sub: string, group: string, requirement: string): OitRow {
  return {
    sheetRow: n + 1,
    code,
    name,
    subIndicator: sub,
    subGroup: group,
    requirement,
    owners: 'สำนักปลัด',
    status: 'ดำเนินการแล้ว',
    published: true,
    progress: '- เปิดเผยข้อมูลบนเว็บไซต์หลักของหน่วยงานครบตามองค์ประกอบ',
    evidenceUrl: `https://www.tako.go.th/ita/${code.toLowerCase()}`,
  };
}

const oitRows: OitRow[] = [
  oit(1, 'O1', 'โครงสร้าง', '9.1', '', '- แสดงแผนผังแสดงโครงสร้างการแบ่งส่วนราชการของหน่วยงาน'),
  oit(2, 'O2', 'ข้อมูลผู้บริหาร', '9.1', '', '- แสดงข้อมูลของผู้บริหารสูงสุดหรือหน่วยงาน'),
  oit(3, 'O8', 'Q&A', '9.1', '', '- แสดงตำแหน่งบนเว็บไซต์ของหน่วยงานที่บุคคลภายนอกสามารถสอบถามข้อมูลต่าง ๆ ได้'),
  oit(4, 'O11', 'แผนดำเนินงานและการใช้งบประมาณประจำปี', '9.2', '', '- เป็นแผนที่มีระยะเวลาบังคับใช้ครอบคลุมปี พ.ศ. 2567'),
  oit(5, 'O23', 'นโยบายการบริหารทรัพยากรบุคคล', '9.4', 'การบริหารทรัพยากร', '- แสดงนโยบายการบริหารทรัพยากรบุคคล'),
  oit(
    6,
    'O27',
    'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
    '9.5',
    'การจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
    '- แสดงคู่มือหรือแนวทางการดำเนินการ',
  ),
  oit(
    7,
    'O30',
    'การเปิดโอกาสให้เกิดการมีส่วนร่วม',
    '9.5',
    'การเปิดโอกาสให้เกิดการมีส่วนร่วม',
    '- แสดงการดำเนินการที่เปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม',
  ),
  oit(
    8,
    'O42',
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    '10.2',
    'มาตรการส่งเสริมความโปร่งใสและป้องกันการทุจริตภายในหน่วยงาน',
    '- แสดงการวิเคราะห์ผลการประเมิน ITA ในปี พ.ศ. 2566',
  ),
  oit(
    9,
    'O43',
    'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    '10.2',
    'มาตรการส่งเสริมความโปร่งใสและป้องกันการทุจริตภายในหน่วยงาน',
    '- เป็นการดำเนินการในปี พ.ศ. 2567',
  ),
];

export function seedWorkbook(): WorkbookData {
  return structuredClone({
    settings: {
      agencyName: 'องค์การบริหารส่วนตำบลตะโก',
      agencyType: 'อบต.',
      district: 'ห้วยแถลง',
      province: 'นครราชสีมา',
      fiscalYear: 2567,
      itaYear: 2566,
      frameworkYear: 2566,
      round: '12' as const,
      target: 85,
      digits: 'thai' as const,
      preparer: {
        rank: 'สิบเอก',
        name: 'สุกิจ มูลศรี',
        positionLines: ['นักป้องกันและบรรเทาสาธารณภัยชำนาญการ รักษาการในตำแหน่ง', 'นักจัดการงานทั่วไป'],
      },
      memo: { office: 'องค์การบริหารส่วนตำบลตะโก', refNo: 'นม ๘๑๐๐๑/๑๒๓', date: '', to: '' },
      chain: [
        {
          heading: 'ความเห็นของหัวหน้าสำนักปลัด',
          signer: { name: 'สุกิจ มูลศรี', positionLines: ['รักษาการแทน', 'หัวหน้าสำนักปลัด'] },
        },
        {
          heading: 'ความเห็นของปลัดองค์การบริหารส่วนตำบลตะโก',
          comment: 'เห็นควรเผยแพร่บนเว็บไซต์ของหน่วยงาน',
          signer: { rank: 'ว่าที่ ร.ต.', name: 'ปริญญา จันทร์หอม', positionLines: ['ปลัดองค์การบริหารส่วนตำบลตะโก'] },
        },
        {
          heading: 'ความเห็นของนายกองค์การบริหารส่วนตำบลตะโก',
          signer: { name: 'นายอนุรักษ์ โปร่งใส', positionLines: ['นายกองค์การบริหารส่วนตำบลตะโก'] },
        },
      ],
    },
    scores,
    analysis,
    measures,
    results,
    indicatorProgress,
    oit: oitRows,
    lists: { units: [], statuses: [], rounds: [], tools: [], agencyTypes: [] },
    exportLog: [],
  });
}

export const ALL_REPORTS: ExportInput = {
  reports: ['analysis', 'measures', 'results', 'progress', 'oit'],
  round: '12',
  layout: 'annual',
  digits: 'thai',
  landscape: false,
  memo: true,
  cover: true,
};

/** 10:30 on 24 March 2024 (๒๔ มีนาคม ๒๕๖๗) in Bangkok. */
export const NOW = new Date('2024-03-24T03:30:00Z');

/**
 * The seed workbook as the tabs would hold it after a careful user: settings cells as typed, the default
 * lists, a measure for every indicator below the target and a 12-month result for every measure. The
 * validator finds no errors in it, so the export goes through.
 */
export function cleanSeedWorkbook(): WorkbookData {
  const wb = seedWorkbook();
  const s = wb.settings as NonNullable<WorkbookData['settings']>;
  s.agencyType = 'องค์การบริหารส่วนตำบล';
  wb.lists = {
    units: ['สำนักปลัด', 'กองคลัง', 'งานประชาสัมพันธ์ สำนักปลัด', 'ทุกส่วนงาน', 'สำนักปลัด / กองคลัง'],
    statuses: ['ยังไม่ได้ดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ดำเนินการแล้ว', 'ไม่ได้ดำเนินการ'],
    rounds: ['รอบ ๖ เดือน', 'รอบ ๑๒ เดือน'],
    tools: ['IIT', 'EIT', 'OIT'],
    agencyTypes: ['องค์การบริหารส่วนตำบล', 'เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร'],
  };
  const typed: Record<string, string> = {
    agencyName: s.agencyName,
    agencyType: s.agencyType,
    district: s.district,
    province: s.province,
    fiscalYear: '2567',
    itaYear: '2566',
    frameworkYear: '2566',
    round: 'รอบ ๑๒ เดือน',
    target: '85',
    digits: 'เลขไทย',
  };
  wb.settingsCells = Object.fromEntries(Object.entries(typed).map(([k, text], i) => [k, { row: i + 2, text }]));
  wb.measures.push(
    measure(7, { tool: 'EIT', indicator: 8, measure: 'มาตรการเผยแพร่ข้อมูลข่าวสารและการลดขั้นตอนการให้บริการประชาชน' }),
    measure(8, { tool: 'OIT', indicator: 9, measure: 'มาตรการเปิดเผยข้อมูลบนเว็บไซต์หลักของหน่วยงาน' }),
  );
  wb.oit.forEach((o, i) => (o.progress = `- เผยแพร่${o.name}บนเว็บไซต์ (${i + 1})`));
  for (const m of wb.measures) {
    if (!wb.results.some((r) => r.measureId === m.id && r.round === '12')) {
      wb.results.push(result(wb.results.length + 1, { measureId: m.id, summary: 'ดำเนินการตามขั้นตอน' }));
    }
  }
  return wb;
}

/** A seed report rebuilt as a workbook: its agency, years, round, layout and digits, and the reports it holds. */
export interface SeedFixture {
  id: string;
  workbook: WorkbookData;
  input: ExportInput;
}

function variant(
  agency: [name: string, district: string, province: string],
  years: { fy: number; ita: number },
  digits: 'thai' | 'arabic',
): WorkbookData {
  const wb = cleanSeedWorkbook();
  const s = wb.settings as NonNullable<WorkbookData['settings']>;
  const [name, district, province] = agency;
  const old = s.agencyName;
  Object.assign(s, { agencyName: name, district, province, fiscalYear: years.fy, digits });
  s.itaYear = years.ita;
  s.frameworkYear = Math.min(years.ita, 2569);
  s.memo = { ...s.memo, office: name };
  s.chain = s.chain.map((c) => ({
    ...c,
    heading: c.heading.replace(old, name),
    signer: { ...c.signer, positionLines: c.signer.positionLines.map((l) => l.replace(old, name)) },
  }));
  delete wb.settingsCells;
  wb.scores = wb.scores.filter((r) => r.year === 2566).map((r) => ({ ...r, year: years.ita }));
  return wb;
}

/**
 * The measures as a new user has them today: the catalogue's measure for each measure's indicator, with its
 * real long texts (approach as "- " lines, steps one a line), as "เพิ่มมาตรการที่แนะนำ" writes them.
 */
function withCatalogueMeasures(wb: WorkbookData, agency: string): WorkbookData {
  wb.measures = wb.measures.map((m) => {
    const std = m.indicator === null ? undefined : measuresForIndicator(m.indicator as IndicatorNo)[0];
    if (!std) return m;
    return {
      ...m,
      measure: std.nameTh.replace('{หน่วยงาน}', agency),
      approach: std.approach.map((a) => `- ${a}`).join('\n'),
      steps: std.steps.join('\n'),
      owners: std.owners.join(' / '),
      period: DEFAULT_PERIOD,
      monitoring: DEFAULT_MONITORING,
    };
  });
  return wb;
}

/**
 * Seeds [000]–[004] as workbooks (agency, years, round, layout, digits and memo as the seed has them; the
 * rows are the Tako content above), plus today's default years (FY 2570, ITA 2569: O25/O26) with the
 * catalogue's long measure texts.
 */
export function seedFixtures(): SeedFixture[] {
  const base = { memo: false, cover: false, landscape: false } as const;
  const loi = variant(['องค์การบริหารส่วนตำบลลอย', 'ปง', 'พะเยา'], { fy: 2566, ita: 2565 }, 'thai');
  const ls = loi.settings as NonNullable<WorkbookData['settings']>;
  ls.memo = { office: 'องค์การบริหารส่วนตำบลลอย', refNo: 'พย ๗๖๒๐๑/', date: '๒๔ มีนาคม ๒๕๖๖', to: '' };
  ls.chain = [
    {
      heading: 'ความเห็นของหัวหน้าสำนักปลัด',
      signer: {
        rank: 'สิบเอก',
        name: 'สุกิจ มูลศรี',
        positionLines: ['นักป้องกันและบรรเทาสาธารณภัยชำนาญการ รักษาการแทน', 'หัวหน้าสำนักปลัด'],
      },
    },
    {
      heading: 'ความเห็นของรองปลัดองค์การบริหารส่วนตำบลลอย',
      signer: { rank: 'นาย', name: 'ฉลอง ออสา', positionLines: ['รองปลัดองค์การบริหารส่วนตำบลลอย'] },
    },
    {
      heading: 'ความเห็นของปลัดองค์การบริหารส่วนตำบลลอย',
      signer: {
        rank: 'ว่าที่ ร.ต.',
        name: 'ปริญญา จันทร์หอม',
        positionLines: ['ผู้อำนวยการกองช่าง รักษาราชการแทน', 'ปลัดองค์การบริหารส่วนตำบลลอย'],
      },
    },
    {
      heading: 'ความเห็นของนายกองค์การบริหารส่วนตำบลลอย',
      signer: { rank: 'นาย', name: 'อนุรักษ โปรงสุยา', positionLines: ['นายกองค์การบริหารส่วนตำบลลอย'] },
    },
  ];
  const today = withCatalogueMeasures(
    variant(['องค์การบริหารส่วนตำบลตะโก', 'ห้วยแถลง', 'นครราชสีมา'], { fy: 2570, ita: 2569 }, 'thai'),
    'องค์การบริหารส่วนตำบลตะโก',
  );
  return [
    {
      id: '000-huai-kaeo-annual',
      workbook: variant(['องค์การบริหารส่วนตำบลห้วยแก้ว', 'แม่ออน', 'เชียงใหม่'], { fy: 2566, ita: 2565 }, 'thai'),
      input: { ...base, reports: ['results', 'progress', 'oit'], round: '12', layout: 'annual', digits: 'thai' },
    },
    {
      id: '001-tako-analysis',
      workbook: variant(['องค์การบริหารส่วนตำบลตะโก', 'ห้วยแถลง', 'นครราชสีมา'], { fy: 2567, ita: 2566 }, 'arabic'),
      input: { ...base, reports: ['analysis'], round: '12', layout: 'annual', digits: 'arabic' },
    },
    {
      id: '002-chom-muang-6-month',
      workbook: variant(['องค์การบริหารส่วนตำบลจอม่วง', 'ศิลาลาด', 'ศรีสะเกษ'], { fy: 2566, ita: 2565 }, 'thai'),
      input: { ...base, cover: true, reports: ['results'], round: '6', layout: 'plan', digits: 'thai' },
    },
    {
      id: '003-kham-khok-sung-annual',
      workbook: variant(['องค์การบริหารส่วนตำบลคำโคกสูง', 'วังสามหมอ', 'อุดรธานี'], { fy: 2566, ita: 2565 }, 'thai'),
      input: { ...base, reports: ['results', 'progress', 'oit'], round: '12', layout: 'annual', digits: 'thai' },
    },
    {
      id: '004-loi-memo-6-month',
      workbook: loi,
      input: { ...base, memo: true, cover: true, reports: ['results'], round: '6', layout: 'plan', digits: 'thai' },
    },
    {
      id: 'today-2570-bundle',
      workbook: today,
      input: { ...ALL_REPORTS, round: '12', layout: 'annual', digits: 'thai' },
    },
  ];
}
