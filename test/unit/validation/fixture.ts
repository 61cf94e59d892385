// A clean workbook built from seed [000] (องค์การบริหารส่วนตำบลห้วยแก้ว, annual report FY ๒๕๖๖): its
// measures, results, indicator progress and OIT checklist, with the seed's own copy errors fixed (the
// other agency names "บ่อแก้ว"/"บ่อยแก้ว"/"เทศบาล", the copied O18 progress, the blank O43 owner).
import { resolveFramework } from '../../../src/core/framework';
import { guidelineText } from '../../../src/core/measures';
import {
  ANALYSIS_TAB,
  DEFAULT_LISTS,
  LISTS_TAB,
  MEASURES_TAB,
  OIT_TAB,
  PROGRESS_TAB,
  RESULTS_TAB,
  SCORES_TAB,
  SETTINGS_TAB,
  type TableTabSpec,
} from '../../../src/core/tabs';
import { settingsLines, type Settings, type WorkbookGrids } from '../../../src/core/workbook';
import { toThaiDigits } from '../../../src/core/thai';

export const ORG = 'องค์การบริหารส่วนตำบลห้วยแก้ว';

export const SETTINGS: Settings = {
  agencyName: ORG,
  agencyType: 'องค์การบริหารส่วนตำบล',
  district: 'แม่ออน',
  province: 'เชียงใหม่',
  fiscalYear: 2566,
  itaYear: 2565,
  frameworkYear: 2566,
  round: '12',
  target: 85,
  digits: 'thai',
  preparer: { name: 'นางสาวสมใจ ใจดี', positionLines: ['นักจัดการงานทั่วไป'] },
  memo: { office: ORG, refNo: 'ชม ๘๐๘๐๑/๑๒๓', date: '๒๐ กันยายน ๒๕๖๖', to: `นายก${ORG}` },
  chain: [
    { heading: 'ความเห็นของหัวหน้าสำนักปลัด', signer: { name: 'นายสมชาย ตั้งใจ', positionLines: ['หัวหน้าสำนักปลัด'] } },
    { heading: `ความเห็นของปลัด${ORG}`, signer: { name: 'นายประเสริฐ ดีงาม', positionLines: [`ปลัด${ORG}`] } },
    { heading: `ความเห็นของนายก${ORG}`, signer: { name: 'นายบุญมี มีสุข', positionLines: [`นายก${ORG}`] } },
  ],
};

export function table(spec: TableTabSpec, rows: Record<string, unknown>[]): unknown[][] {
  return [spec.columns.map((c) => c.header), ...rows.map((r) => spec.columns.map((c) => r[c.key] ?? ''))];
}

const MEASURES = [
  {
    id: 'M01',
    tool: 'EIT',
    indicator: 8,
    issue: 'ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน',
    measure: 'มาตรการเผยแพร่ข้อมูลข่าวสารและการลดขั้นตอนการให้บริการประชาชน (การปรับปรุงการทำงาน)',
    steps:
      '๑. แต่งตั้งคณะกรรมการศูนย์บริการร่วม/ศูนย์บริการแบบเบ็ดเสร็จ (ONE STOP SERVICE) องค์การบริหารส่วนตำบลห้วยแก้ว\n๒. จัดทำแผนผังกำหนดผู้รับผิดชอบและขั้นตอนการให้บริการต่างๆ\n๓. การเผยแพร่และประชาสัมพันธ์ข้อมูลข่าวสาร ผ่านช่องทางที่หลากหลายและอำนวยความสะดวกในการเข้าใช้งาน\n๔. ปรับปรุงระบบสารสนเทศ เพื่อช่วยในการบริการประชาชน เช่น (e-service) ในการให้บริการประชาชนผ่านระบบออนไลน์\n๕. แต่งตั้งเจ้าหน้าที่ในการให้บริการจุดเดียว ONE STOP SERVICE ในการให้บริการประชาชนผู้มาติดต่อ',
    owners: 'สำนักปลัด',
    period: 'ตลอดปีงบประมาณ',
    monitoring: 'รายงานผลการดำเนินงานตามมาตรการ รอบ ๖ เดือน และรอบ ๑๒ เดือน',
    source: 'ผู้ใช้กรอก',
  },
  {
    id: 'M02',
    tool: 'EIT',
    indicator: 7,
    issue: 'ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร',
    measure: 'มาตรการเปิดโอกาสให้ประชาชนมีส่วนร่วมและเผยแพร่การทำงานขององค์การบริหารส่วนตำบลห้วยแก้ว',
    steps:
      '๑. การเปิดโอกาสให้ผู้มาติดต่อเข้ามามีส่วนร่วมในการปรับปรุงพัฒนาการดำเนินงาน ช่องทางการเข้าถึงข้อมูลของหน่วยงานระหว่างองค์การบริหารส่วนตำบลห้วยแก้วกับประชาชน\n๒. การพัฒนาระบบเทคโนโลยีมาใช้ในการดำเนินงานและการให้บริการประชาชน\n๓. แต่งตั้งเจ้าหน้าที่ประชาสัมพันธ์ เพื่อคอยเผยแพร่ข้อมูลข่าวสารในด้านต่างๆ',
    owners: 'สำนักปลัด',
    period: 'ต.ค. ๖๕ ถึง ก.ย. ๖๖',
    monitoring: 'รอบ ๖ เดือน / รอบ ๑๒ เดือน',
    source: 'ผู้ใช้กรอก',
  },
];

const RESULTS = [
  {
    measureId: 'M01',
    round: 'รอบ ๑๒ เดือน',
    status: 'ดำเนินการแล้ว',
    date: '๑๐ มกราคม ๒๕๖๖',
    summary:
      '๑. คำสั่งคณะกรรมการศูนย์บริการร่วม/ศูนย์บริการแบบเบ็ดเสร็จ (ONE STOP SERVICE) องค์การบริหารส่วนตำบลห้วยแก้ว\n๒. ปรับปรุงข้อมูลพื้นฐานในเว็บไซต์ของหน่วยงานให้มีความครบถ้วนเป็นปัจจุบัน\n๓. สร้างช่องทางในการบริการรูปแบบออนไลน์ (e-service) และเผยแพร่ผ่านทางเว็บไซต์และเพจขององค์การบริหารส่วนตำบลห้วยแก้ว',
    outcome: '๑. หน่วยงานมีช่องทางการเข้าถึงข้อมูลและการให้บริการประชาชน เช่น เว็บไซต์ และเฟสบุ๊กเพจ',
    evidenceUrl: 'https://www.huaykaewchiangmai.go.th/',
  },
  {
    measureId: 'M02',
    round: 'รอบ ๑๒ เดือน',
    status: 'ดำเนินการแล้ว',
    summary: '๑. คำสั่งแต่งตั้งเจ้าหน้าที่ประชาสัมพันธ์',
    outcome:
      '๑. หน่วยงานมีช่องทางการเข้าถึงข้อมูล เช่น เว็บไซต์ และเฟสบุ๊ค เพจองค์การบริหารส่วนตำบลห้วยแก้ว\n๒. หน่วยงานสามารถสื่อสารตอบข้อซักถาม หรืออธิบายแก่ประชาชนได้อย่างชัดเจน',
    evidenceUrl: 'http://www.huaykaewchiangmai.go.th/news',
  },
];

const PROGRESS_TEXT: Record<number, [string, string]> = {
  1: [
    'ทุกส่วนงาน',
    '- องค์การบริหารส่วนตำบลห้วยแก้ว ได้จัดทำผังขั้นตอนการให้บริการประชาชน ณ จุดบริการ\n- ดำเนินการปฐมนิเทศให้แก่เจ้าหน้าที่ของหน่วยงาน',
  ],
  2: [
    'สำนักปลัด / กองคลัง',
    '- เผยแพร่แผนการใช้จ่ายงบประมาณ และรายงานผลการดำเนินการ\n- ตรวจสอบและกำกับดูแลการจัดซื้อจัดจ้าง และเบิกจ่ายตามกฎหมายกำหนด',
  ],
  3: ['สำนักปลัด', '- จัดทำคำสั่งมอบหมายงานเป็นลายลักษณ์อักษร\n- ส่งบุคลากรเข้ารับการอบรม ทั้งทางออนไลน์ และ on-site'],
  4: ['กองคลัง', '- เผยแพร่คู่มือการใช้ทรัพย์สินของทางราชการบนเว็บไซต์ขององค์การบริหารส่วนตำบลห้วยแก้วเรียบร้อยแล้ว'],
  5: ['สำนักปลัด', '- มีการจัดทำประกาศนโยบายต่อต้านการทุจริตของผู้บริหารสูงสุด\n- จัดทำช่องทางร้องเรียนการทุจริตบนเว็บไซต์'],
  6: [
    'สำนักปลัด',
    '- เผยแพร่ขั้นตอนการให้บริการประชาชนผ่านเว็บไซต์องค์การบริหารส่วนตำบลห้วยแก้ว\n- จัดทำคู่มือการให้บริการประชาชน และเผยแพร่ผ่านเว็บไซต์',
  ],
  7: ['สำนักปลัด', '- พัฒนาเว็บไซต์องค์การบริหารส่วนตำบลห้วยแก้ว ให้สามารถเข้าถึงได้ไม่ซับซ้อน'],
  8: ['สำนักปลัด', '- องค์การบริหารส่วนตำบลห้วยแก้ว ได้จัดทำแบบสอบถามความพึงพอใจผู้มารับบริการ'],
};

const NAMES = [
  '',
  'การปฏิบัติหน้าที่',
  'การใช้งบประมาณ',
  'การใช้อำนาจ',
  'การใช้ทรัพย์สินของทางราชการ',
  'การแก้ไขปัญหาการทุจริต',
  'คุณภาพการดำเนินงาน',
  'ประสิทธิภาพการสื่อสาร',
  'การปรับปรุงระบบการทำงาน',
];

const PROGRESS = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({
  indicator: `ตัวชี้วัดที่ ${toThaiDigits(String(n))} ${NAMES[n]}`,
  guideline: guidelineText(n as 1, ORG),
  owners: PROGRESS_TEXT[n]?.[0],
  period: n === 3 ? 'ต.ค. ๖๕ ถึง ก.ย. ๖๖' : 'ตลอดปีงบประมาณ พ.ศ. ๒๕๖๖',
  status: 'ดำเนินการแล้ว',
  progress: PROGRESS_TEXT[n]?.[1],
}));

export const OIT = resolveFramework(2566).framework.oitItems.map((item) => ({
  code: item.code === 'O14' ? 'O๑๔' : item.code === 'O8' ? '๐๘' : item.code === 'O1' ? '0๑' : item.code,
  subIndicator: item.subIndicator,
  subGroup: item.subGroup ?? '',
  name: item.nameTh,
  requirement: `- ${item.requirementTh}`,
  owners: item.defaultOwners.join(', '),
  status: 'ดำเนินการแล้ว',
  progress: `- จัดทำ${item.nameTh} และเผยแพร่ผ่านเว็บไซต์องค์การบริหารส่วนตำบลห้วยแก้ว`,
  evidenceUrl: `https://www.huaykaewchiangmai.go.th/oit/${item.code.toLowerCase()}`,
  published: true,
}));

/** Indicator scores of ITA ๒๕๖๕: 7 and 8 below the target, both with a measure. */
export const SCORES: Record<number, number> = {
  1: 92.1,
  2: 88.4,
  3: 90.2,
  4: 87.5,
  5: 89.9,
  6: 86.3,
  7: 80.1,
  8: 78.5,
  9: 90,
  10: 88.75,
};

const ANALYSIS = Object.entries(SCORES).map(([no, score]) => ({
  indicator: Number(no),
  name: '',
  tool: Number(no) <= 5 ? 'IIT' : Number(no) <= 8 ? 'EIT' : 'OIT',
  score,
  category: score < 85 ? 'ประเด็นที่ต้องพัฒนา' : 'จุดแข็ง',
  developIssue: Number(no) <= 8 ? guidelineText(Number(no) as 1, ORG) : '',
}));

/** คะแนน ITA rows of the indicator scores above, stored as the year `year`. */
export function scoresGrid(year = SETTINGS.itaYear): unknown[][] {
  return table(
    SCORES_TAB,
    Object.entries(SCORES).map(([no, score]) => ({ year, kind: 'ตัวชี้วัด', indicator: Number(no), score })),
  );
}

/** The clean workbook as grids (what getValues would return per tab). */
export function cleanGrids(): WorkbookGrids {
  const lists = [LISTS_TAB.columns.map((c) => c.header)];
  const depth = Math.max(...LISTS_TAB.columns.map((c) => DEFAULT_LISTS[c.key].length));
  for (let i = 0; i < depth; i++) lists.push(LISTS_TAB.columns.map((c) => DEFAULT_LISTS[c.key][i] ?? ''));
  return {
    settings: [
      SETTINGS_TAB.columns.map((c) => c.header),
      ...settingsLines(SETTINGS).map((l) => [l.label, l.value, l.note]),
    ],
    measures: table(MEASURES_TAB, MEASURES),
    results: table(RESULTS_TAB, RESULTS),
    indicatorProgress: table(PROGRESS_TAB, PROGRESS),
    oit: table(OIT_TAB, OIT),
    analysis: table(ANALYSIS_TAB, ANALYSIS),
    scores: scoresGrid(),
    lists,
  };
}
