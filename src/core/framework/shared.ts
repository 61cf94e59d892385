import type { EitItemDef, Framework, IndicatorDef, LevelScheme, ToolCode, ToolDef } from './types';

/** Tools and weights 30/30/40 (reference §b.1, §b.3). */
export const STANDARD_TOOLS: Readonly<Record<ToolCode, ToolDef>> = {
  IIT: {
    code: 'IIT',
    nameTh: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน',
    nameEn: 'Internal Integrity and Transparency Assessment',
    variantsTh: ['แบบสำรวจความคิดเห็นผู้มีส่วนได้เสียภายใน', 'แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน'],
    weight: 0.3,
    indicators: [1, 2, 3, 4, 5],
  },
  EIT: {
    code: 'EIT',
    nameTh: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก',
    nameEn: 'External Integrity and Transparency Assessment',
    variantsTh: ['แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก', 'แบบสำรวจความคิดเห็นผู้มีส่วนได้เสียภายนอก'],
    weight: 0.3,
    indicators: [6, 7, 8],
  },
  OIT: {
    code: 'OIT',
    nameTh: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ',
    nameEn: 'Open Data Integrity and Transparency Assessment',
    variantsTh: ['แบบวัดการรับรู้ของการเปิดเผยข้อมูลสาธารณะ', 'แบบวัดการเปิดเผยข้อมูลสาธารณะ'],
    weight: 0.4,
    indicators: [9, 10],
  },
};

/** The ten indicators with canonical names and the variants seen in real documents (reference §b.2). */
export const STANDARD_INDICATORS: readonly IndicatorDef[] = [
  { no: 1, nameTh: 'การปฏิบัติหน้าที่', nameEn: 'Performance of duty', tool: 'IIT', variantsTh: [] },
  { no: 2, nameTh: 'การใช้งบประมาณ', nameEn: 'Use of budget', tool: 'IIT', variantsTh: ['การใช้จ่ายเงิน'] },
  { no: 3, nameTh: 'การใช้อำนาจ', nameEn: 'Use of authority', tool: 'IIT', variantsTh: [] },
  {
    no: 4,
    nameTh: 'การใช้ทรัพย์สินของราชการ',
    nameEn: 'Use of state property',
    tool: 'IIT',
    variantsTh: ['การใช้ทรัพย์สินของทางราชการ', 'การใช้ทรัพย์สินราชการ'],
  },
  {
    no: 5,
    nameTh: 'การแก้ไขปัญหาการทุจริต',
    nameEn: 'Dealing with corruption problems',
    tool: 'IIT',
    variantsTh: ['การแก้ไขปัญหาคาการทุจริต'],
  },
  { no: 6, nameTh: 'คุณภาพการดำเนินงาน', nameEn: 'Quality of operations', tool: 'EIT', variantsTh: [] },
  { no: 7, nameTh: 'ประสิทธิภาพการสื่อสาร', nameEn: 'Communication efficiency', tool: 'EIT', variantsTh: [] },
  {
    no: 8,
    nameTh: 'การปรับปรุงระบบการทำงาน',
    nameEn: 'Improvement of work systems',
    tool: 'EIT',
    variantsTh: ['การปรับปรุงการทำงาน'],
  },
  { no: 9, nameTh: 'การเปิดเผยข้อมูล', nameEn: 'Disclosure of information', tool: 'OIT', variantsTh: [] },
  {
    no: 10,
    nameTh: 'การป้องกันการทุจริต',
    nameEn: 'Corruption prevention',
    tool: 'OIT',
    variantsTh: ['การดำเนินการเพื่อป้องกันการทุจริต'],
  },
];

/** Seven-band Rating Score used up to ITA 2566 (reference §b.5, confirmed). */
export const RATING_LEVELS: LevelScheme = {
  kind: 'rating',
  verified: 'confirmed',
  levels: [
    { code: 'AA', nameTh: 'AA', nameEn: 'AA', minOverall: 95, passed: true },
    { code: 'A', nameTh: 'A', nameEn: 'A', minOverall: 85, passed: true },
    { code: 'B', nameTh: 'B', nameEn: 'B', minOverall: 75, passed: false },
    { code: 'C', nameTh: 'C', nameEn: 'C', minOverall: 65, passed: false },
    { code: 'D', nameTh: 'D', nameEn: 'D', minOverall: 55, passed: false },
    { code: 'E', nameTh: 'E', nameEn: 'E', minOverall: 50, passed: false },
    { code: 'F', nameTh: 'F', nameEn: 'F', minOverall: 0, passed: false },
  ],
};

/** Five result levels from ITA 2567 (reference §b.5, unverified: known from one agency's own application). */
export const FIVE_LEVELS: LevelScheme = {
  kind: 'five-level',
  verified: 'unverified',
  levels: [
    {
      code: 'excellent',
      nameTh: 'ผ่านดีเยี่ยม',
      nameEn: 'Pass – excellent',
      minOverall: 95,
      minEachTool: 95,
      passed: true,
    },
    { code: 'good', nameTh: 'ผ่านดี', nameEn: 'Pass – good', minOverall: 85, minEachTool: 85, passed: true },
    { code: 'pass', nameTh: 'ผ่าน', nameEn: 'Pass', minOverall: 85, passed: true },
    { code: 'improve', nameTh: 'ต้องปรับปรุง', nameEn: 'Needs improvement', minOverall: 70, passed: false },
    { code: 'urgent', nameTh: 'ต้องปรับปรุงโดยด่วน', nameEn: 'Needs urgent improvement', minOverall: 0, passed: false },
  ],
};

/** EIT items E1–E15 (ITA 2565 form, reference §c.5). Wording for later years is unknown. */
export const EIT_ITEMS_2565: readonly EitItemDef[] = [
  {
    code: 'E1',
    no: 1,
    textTh:
      'เจ้าหน้าที่ของหน่วยงานที่ท่านติดต่อ ปฏิบัติงาน/ให้บริการแก่ท่าน ตามประเด็นดังต่อไปนี้ มากน้อยเพียงใด -เป็นไปตามขั้นตอนที่กำหนด -เป็นไปตามระยะเวลาที่กำหนด',
    indicator: 6,
    verified: 'confirmed',
  },
  {
    code: 'E2',
    no: 2,
    textTh: 'เจ้าหน้าที่ของหน่วยงานที่ท่านติดต่อ ปฏิบัติงาน/ให้บริการแก่ท่าน กับผู้มาติดต่ออื่น ๆ อย่างเท่าเทียมกันมากน้อยเพียงใด',
    indicator: 6,
    verified: 'confirmed',
  },
  {
    code: 'E3',
    no: 3,
    textTh: 'เจ้าหน้าที่ของหน่วยงานที่ท่านติดต่อ มีการปิดบังหรือบิดเบือนข้อมูลเกี่ยวกับการดำเนินการ/ให้บริการแก่ท่าน มากน้อยเพียงใด',
    indicator: 6,
    verified: 'confirmed',
  },
  { code: 'E4', no: 4, textTh: null, indicator: 6, verified: 'unknown' },
  {
    code: 'E5',
    no: 5,
    textTh: 'หน่วยงานที่ท่านติดต่อ มีการดำเนินงาน โดยคำนึงถึงประโยชน์ของประชาชนและส่วนรวมเป็นหลัก มากน้อยเพียงใด',
    indicator: 6,
    verified: 'confirmed',
  },
  {
    code: 'E6',
    no: 6,
    textTh: 'การเผยแพร่ข้อมูลของหน่วยงานที่ท่านติดต่อ มีลักษณะดังต่อไปนี้ มากน้อยเพียงใด -เข้าถึงง่าย ไม่ซับซ้อน -มีช่องทางหลากหลาย',
    indicator: 7,
    verified: 'confirmed',
  },
  {
    code: 'E7',
    no: 7,
    textTh: 'หน่วยงานที่ท่านติดต่อ มีการเผยแพร่ผลงานหรือข้อมูลที่สาธารณชนควรรับทราบอย่างชัดเจน มากน้อยเพียงใด',
    indicator: 7,
    verified: 'confirmed',
  },
  {
    code: 'E8',
    no: 8,
    textTh: 'หน่วยงานที่ท่านติดต่อ มีช่องทางรับฟังคำติชมหรือความคิดเห็นเกี่ยวกับการดำเนินงาน/การให้บริการ หรือไม่',
    indicator: 7,
    verified: 'confirmed',
  },
  {
    code: 'E9',
    no: 9,
    textTh: 'หน่วยงานที่ท่านติดต่อ มีการชี้แจงและตอบคำถาม เมื่อมีข้อกังวลสงสัยเกี่ยวกับการดำเนินงานได้อย่างชัดเจน มากน้อยเพียงใด',
    indicator: 7,
    verified: 'confirmed',
  },
  {
    code: 'E10',
    no: 10,
    textTh: 'หน่วยงานที่ท่านติดต่อ มีช่องทางให้ผู้มาติดต่อร้องเรียนการทุจริตของเจ้าหน้าที่ในหน่วยงานหรือไม่',
    indicator: 7,
    verified: 'confirmed',
  },
  {
    code: 'E11',
    no: 11,
    textTh: 'เจ้าหน้าที่ของหน่วยงานที่ท่านติดต่อ มีการปรับปรุงคุณภาพการปฏิบัติงาน/การให้บริการให้ดีขึ้นมากขึ้นเพียงใด',
    indicator: 8,
    verified: 'confirmed',
  },
  {
    code: 'E12',
    no: 12,
    textTh: 'หน่วยงานที่ท่านติดต่อ มีการปรับปรุงวิธีการและขั้นตอนการดำเนินงาน/การให้บริการดีขึ้น มากน้อยเพียงใด',
    indicator: 8,
    verified: 'confirmed',
  },
  {
    code: 'E13',
    no: 13,
    textTh: 'หน่วยงานที่ท่านติดต่อ มีการนำเทคโนโลยีมาใช้ในการดำเนินงาน/การให้บริการ ให้เกิดความสะดวกรวดเร็วมากขึ้น หรือไม่',
    indicator: 8,
    verified: 'confirmed',
  },
  {
    code: 'E14',
    no: 14,
    textTh:
      'หน่วยงานที่ท่านติดต่อ เปิดโอกาสให้ผู้รับบริการ ผู้มาติดต่อ หรือผู้มีส่วนได้ส่วนเสีย เข้าไปมีส่วนร่วมในการปรับปรุงพัฒนาการดำเนินงาน/การให้บริการของหน่วยงานได้ดีขึ้น มากน้อยเพียงใด',
    indicator: 8,
    verified: 'confirmed',
  },
  {
    code: 'E15',
    no: 15,
    textTh: 'หน่วยงานที่ท่านติดต่อ มีการปรับปรุงการดำเนินงาน/การให้บริการ ให้มีความโปร่งใสมากขึ้น มากน้อยเพียงใด',
    indicator: 8,
    verified: 'confirmed',
  },
];

/** The same E1–E15 questions, flagged unverified for years whose EIT wording is not known. */
export function eitItemsAssumedFrom2565(): EitItemDef[] {
  return EIT_ITEMS_2565.map((e) => ({ ...e, verified: e.verified === 'confirmed' ? 'unverified' : e.verified }));
}

/** O42 (analysis and measures) and O43 (results) under sub-indicator 10.2, as in 2563–2566 (reference §a.3). */
export const MEASURE_ITEMS_O42_O43: Framework['measureItems'] = {
  analysis: {
    code: 'O42',
    nameTh: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    periodRule: 'previous-fy',
    verified: 'confirmed',
  },
  results: {
    code: 'O43',
    nameTh: 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    periodRule: 'current-fy',
    verified: 'confirmed',
  },
};

/** Years whose measures items are not known (2567, 2568): the user names them; the period rules stay. */
export const MEASURE_ITEMS_UNKNOWN: Framework['measureItems'] = {
  analysis: { code: null, nameTh: null, periodRule: 'previous-fy', verified: 'unknown' },
  results: { code: null, nameTh: null, periodRule: 'current-fy', verified: 'unknown' },
};
