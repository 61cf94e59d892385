// The standard table tabs: Thai header, English note, width and behaviour of every column.
// Short columns share a few widths (80 for codes and numbers, 120 for short words) so adjacent equal
// widths are set in one call.
// Header variants are the wordings seen in real reports (reference §d, §g.17).
import type { ColumnSpec, ListsTabSpec, TableTabSpec } from './spec';

const UNITS_NOTE = 'Responsible unit(s); pick from the list or join several with " / "';
const PERIOD_NOTE =
  'Period, e.g. "ตลอดปีงบประมาณ", "ต.ค. ๖๕ ถึง ก.ย. ๖๖", "ม.ค.-พ.ค. 67"; must lie inside the fiscal year';

// Columns several tabs share, written once.
const OWNERS_COLUMN: ColumnSpec = {
  key: 'owners',
  header: 'ผู้รับผิดชอบ',
  note: UNITS_NOTE,
  width: 160,
  wrap: true,
  list: 'units',
  multi: true,
  required: true,
};
const STATUS_COLUMN: ColumnSpec = {
  key: 'status',
  header: 'สถานะ',
  note: 'Status, from the list',
  width: 140,
  list: 'statuses',
};
const EVIDENCE_URL_COLUMN: ColumnSpec = {
  key: 'evidenceUrl',
  header: 'ลิงก์หลักฐาน',
  note: 'Evidence link on the agency website (http:// or https://)',
  variants: ['หลักฐาน', 'URL'],
  width: 220,
};

/** The period column: the tabs name it with one of two wordings and accept the other. */
function periodColumn(header: string, variant: string): ColumnSpec {
  return { key: 'period', header, note: PERIOD_NOTE, variants: [variant], width: 160, wrap: true };
}

function progressColumn(width: number): ColumnSpec {
  return {
    key: 'progress',
    header: 'ความก้าวหน้าผลการดำเนินการ',
    note: 'Progress: what was done (dash list)',
    variants: ['ความก้าวหน้าผลการดำเนินงาน', 'ความก้าวหน้า'],
    width,
    wrap: true,
  };
}

export const SCORES_TAB: TableTabSpec = {
  kind: 'table',
  id: 'scores',
  name: 'คะแนน ITA',
  nameEn: 'ITA scores',
  columns: [
    { key: 'year', header: 'ปี (พ.ศ.)', note: 'ITA assessment year (B.E.)', width: 80, required: true, computed: true },
    {
      key: 'kind',
      header: 'ประเภท',
      note: 'ตัวชี้วัด = indicator, เครื่องมือ = tool total, ภาพรวม = overall ITA',
      width: 80,
      required: true,
      computed: true,
    },
    { key: 'tool', header: 'เครื่องมือ', note: 'Tool: IIT, EIT or OIT', width: 80, list: 'tools', computed: true },
    { key: 'indicator', header: 'ตัวชี้วัดที่', note: 'Indicator number 1–10', width: 80, computed: true },
    { key: 'name', header: 'ชื่อ', note: 'Indicator or tool name', width: 220, wrap: true, computed: true },
    {
      key: 'score',
      header: 'คะแนน',
      note: 'Score used by the analysis: indicators as pasted; tool and overall scores recomputed (0.30·IIT + 0.30·EIT + 0.40·OIT)',
      width: 80,
      computed: true,
    },
    {
      key: 'stated',
      header: 'คะแนนตามที่วาง',
      note: 'The figure stated in the pasted text, kept beside the computed one',
      variants: ['คะแนนที่ระบุ'],
      width: 120,
      computed: true,
    },
    {
      key: 'source',
      header: 'ที่มา',
      note: '"คำนวณโดยระบบ" = computed by the add-on; "จากข้อความที่วาง" = taken from the pasted text',
      width: 120,
      computed: true,
    },
  ],
};

export const ANALYSIS_TAB: TableTabSpec = {
  kind: 'table',
  id: 'analysis',
  name: 'วิเคราะห์ผล',
  nameEn: 'Analysis',
  columns: [
    { key: 'indicator', header: 'ตัวชี้วัดที่', note: 'Indicator number 1–10', width: 80, required: true, computed: true },
    { key: 'name', header: 'ตัวชี้วัด', note: 'Indicator name', width: 200, wrap: true, computed: true },
    { key: 'tool', header: 'เครื่องมือ', note: 'Tool: IIT, EIT or OIT', width: 80, computed: true },
    { key: 'score', header: 'คะแนน', note: 'Indicator score of the analysed ITA year', width: 80, computed: true },
    { key: 'level', header: 'ระดับ', note: 'Result level of the score', width: 120, computed: true },
    {
      key: 'gap',
      header: 'ห่างจากค่าเป้าหมาย',
      note: 'Score minus the target (negative = below target)',
      width: 120,
      computed: true,
    },
    {
      key: 'trend',
      header: 'แนวโน้ม (เทียบปีก่อน)',
      note: 'Change from the previous year\u2019s score, when known',
      width: 120,
      computed: true,
    },
    {
      key: 'category',
      header: 'ผลการวิเคราะห์',
      note: 'จุดแข็ง = strength; จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน = urgent weakness; ประเด็นที่ต้องพัฒนา = issue to develop',
      width: 200,
      wrap: true,
      computed: true,
    },
    {
      key: 'assessmentIssue',
      header: 'ประเด็นการประเมิน',
      note: 'What the indicator measures (your text; kept when the analysis is re-run)',
      width: 320,
      wrap: true,
    },
    {
      key: 'developIssue',
      header: 'ประเด็นที่ควรพัฒนา',
      note: 'What should be developed (your text; kept when the analysis is re-run)',
      width: 320,
      wrap: true,
    },
  ],
};

export const MEASURES_TAB: TableTabSpec = {
  kind: 'table',
  id: 'measures',
  name: 'มาตรการ',
  nameEn: 'Measures (O42)',
  columns: [
    {
      key: 'id',
      header: 'รหัสมาตรการ',
      note: 'Stable measure id, e.g. M01; results refer to it. Never reuse an id',
      variants: ['รหัส'],
      width: 80,
      required: true,
    },
    { key: 'tool', header: 'เครื่องมือ', note: 'Tool: IIT, EIT or OIT', width: 80, list: 'tools' },
    { key: 'indicator', header: 'ตัวชี้วัดที่', note: 'Indicator number 1–10', width: 80 },
    { key: 'item', header: 'ข้อ', note: 'Item code when the issue is one item: E6, O16, 9.2 …', width: 80 },
    {
      key: 'issue',
      header: 'ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องพัฒนา',
      note: 'Issue to fix or develop: an indicator, an EIT question or an OIT item',
      variants: ['ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องมาพัฒนา', 'ประเด็นที่ต้องพัฒนา', 'ประเด็นที่ต้องปรับปรุงแก้ไข'],
      width: 240,
      wrap: true,
    },
    {
      key: 'measure',
      header: 'มาตรการ/กิจกรรม',
      note: 'Measure or activity name',
      variants: ['มาตรการ'],
      width: 260,
      wrap: true,
      required: true,
    },
    { key: 'approach', header: 'แนวทางการปฏิบัติ', note: 'Approach (dash list)', width: 260, wrap: true },
    {
      key: 'steps',
      header: 'ขั้นตอน/วิธีการปฏิบัติ',
      note: 'Steps, numbered ๑. ๒. ๓.',
      variants: ['วิธีดำเนินการ', 'วิธีการดำเนินการ', 'ขั้นตอนหรือวิธีการ/มาตรการ'],
      width: 320,
      wrap: true,
    },
    OWNERS_COLUMN,
    { ...periodColumn('ระยะเวลาในการดำเนินการ', 'ระยะเวลา'), required: true },
    {
      key: 'monitoring',
      header: 'การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ',
      note: 'Reporting and monitoring cadence and deadline, e.g. "รอบ ๖ เดือน / รอบ ๑๒ เดือน"',
      variants: ['การกำกับติดตาม', 'การรายงานผลและการกำกับติดตาม'],
      width: 220,
      wrap: true,
    },
    {
      key: 'source',
      header: 'ที่มา',
      note: '"ระบบแนะนำ" = suggested by the add-on; "ผู้ใช้กรอก" = typed by you',
      width: 120,
    },
  ],
};

export const RESULTS_TAB: TableTabSpec = {
  kind: 'table',
  id: 'results',
  name: 'ผลการดำเนินการ',
  nameEn: 'Results (O43)',
  columns: [
    {
      key: 'measureId',
      header: 'รหัสมาตรการ',
      note: 'Id of the measure in the มาตรการ tab',
      variants: ['รหัส'],
      width: 80,
      required: true,
      measureIdList: true,
    },
    {
      key: 'round',
      header: 'รอบการรายงาน',
      note: 'Report round: รอบ ๖ เดือน (Oct–Mar) or รอบ ๑๒ เดือน (whole fiscal year)',
      variants: ['รอบ'],
      width: 120,
      list: 'rounds',
      required: true,
    },
    { ...STATUS_COLUMN, required: true },
    {
      key: 'date',
      header: 'วันที่ดำเนินการ',
      note: 'Date done, e.g. "๑๐ มกราคม ๒๕๖๖"',
      variants: ['วันที่'],
      width: 120,
    },
    {
      key: 'summary',
      header: 'สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม',
      note: 'What was done: orders, manuals, channels, events (numbered list)',
      variants: ['ผลการดำเนินการ', 'สรุปผลการดำเนินการ'],
      width: 320,
      wrap: true,
    },
    {
      key: 'outcome',
      header: 'ผลลัพธ์หรือความสำเร็จในการดำเนินการ',
      note: 'Outcome, e.g. "หน่วยงานมี…" or "ไม่เกิด…"',
      variants: ['ผลลัพธ์'],
      width: 280,
      wrap: true,
    },
    {
      key: 'problems',
      header: 'ปัญหาอุปสรรค',
      note: 'Problems met',
      variants: ['ปัญหา/อุปสรรค'],
      width: 200,
      wrap: true,
    },
    { key: 'suggestions', header: 'ข้อเสนอแนะ', note: 'Suggestions', width: 200, wrap: true },
    EVIDENCE_URL_COLUMN,
  ],
};

export const PROGRESS_TAB: TableTabSpec = {
  kind: 'table',
  id: 'indicatorProgress',
  name: 'ความก้าวหน้ารายตัวชี้วัด',
  nameEn: 'Progress per indicator',
  columns: [
    {
      key: 'indicator',
      header: 'ตัวชี้วัด',
      note: 'Indicator, e.g. "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่"',
      width: 200,
      wrap: true,
      required: true,
    },
    {
      key: 'guideline',
      header: 'แนวทางการยกระดับการประเมิน',
      note: 'Guideline for raising the score (standard text pre-filled; edit freely)',
      variants: ['แนวทางในการยกระดับการประเมิน'],
      width: 360,
      wrap: true,
    },
    OWNERS_COLUMN,
    periodColumn('ระยะเวลา', 'ระยะเวลาในการดำเนินการ'),
    STATUS_COLUMN,
    progressColumn(360),
  ],
};

export const OIT_TAB: TableTabSpec = {
  kind: 'table',
  id: 'oit',
  name: 'OIT',
  nameEn: 'OIT checklist',
  columns: [
    { key: 'code', header: 'ข้อ', note: 'Item code O1, O2 … of the framework year', width: 80, required: true },
    { key: 'subIndicator', header: 'ตัวชี้วัดย่อย', note: 'Sub-indicator, e.g. 9.1', width: 80 },
    { key: 'subGroup', header: 'กลุ่มข้อมูล', note: 'Sub-group heading, when the year has one', width: 160, wrap: true },
    { key: 'name', header: 'ข้อมูล', note: 'Item name', width: 220, wrap: true, required: true },
    {
      key: 'requirement',
      header: 'องค์ประกอบด้านข้อมูล',
      note: 'Required data elements (from the framework year)',
      width: 360,
      wrap: true,
    },
    OWNERS_COLUMN,
    STATUS_COLUMN,
    {
      key: 'published',
      header: 'เผยแพร่บนเว็บไซต์แล้ว',
      note: 'Tick when the item is published on the agency website',
      width: 120,
      checkbox: true,
    },
    progressColumn(320),
    EVIDENCE_URL_COLUMN,
  ],
};

export const EXPORT_LOG_TAB: TableTabSpec = {
  kind: 'table',
  id: 'exportLog',
  name: 'ประวัติการส่งออก',
  nameEn: 'Export log',
  columns: [
    { key: 'time', header: 'เวลา', note: 'When the report was exported', width: 150, computed: true },
    { key: 'report', header: 'รายงาน', note: 'Which report', width: 260, wrap: true, computed: true },
    { key: 'link', header: 'ลิงก์', note: 'Link to the exported document', width: 300, computed: true },
    { key: 'user', header: 'ผู้ส่งออก', note: 'Who exported it', width: 180, computed: true },
  ],
};

export const LISTS_TAB: ListsTabSpec = {
  kind: 'lists',
  id: 'lists',
  name: 'รายการ',
  nameEn: 'Lists',
  columns: [
    {
      key: 'units',
      header: 'หน่วยงานภายใน',
      note: 'Internal units shown in the ผู้รับผิดชอบ dropdowns; add or rename freely',
      width: 200,
    },
    { key: 'statuses', header: 'สถานะ', note: 'Status words shown in the สถานะ dropdowns', width: 170 },
    { key: 'rounds', header: 'รอบการรายงาน', note: 'Report rounds', width: 120 },
    { key: 'tools', header: 'เครื่องมือ', note: 'Assessment tools', width: 120 },
    { key: 'agencyTypes', header: 'ประเภทหน่วยงาน', note: 'Agency types', width: 180 },
  ],
};
