// ตั้งค่า: one setting per row (Thai label | value | note in Thai, then English) so a civil servant can read
// and edit it like a form. The signer chain is a run of rows "ความเห็นลำดับที่ n: …"; adding rows for n = 5 adds a level.
import type { KeyValueTabSpec } from './spec';

export const SETTINGS_TAB: KeyValueTabSpec = {
  kind: 'keyValue',
  id: 'settings',
  name: 'ตั้งค่า',
  nameEn: 'Settings',
  columns: [
    {
      key: 'label',
      header: 'หัวข้อ',
      note: 'Setting (Thai label; keep the wording so the add-on finds it)',
      width: 300,
    },
    { key: 'value', header: 'ค่า', note: 'Value: type here', width: 380, wrap: true },
    {
      key: 'note',
      header: 'คำอธิบาย',
      note: 'คำอธิบายของหัวข้อ (ภาษาไทย ตามด้วยภาษาอังกฤษ) / What the setting means, in Thai then English',
      width: 420,
      wrap: true,
    },
  ],
};

/** How a setting value is read. */
export type SettingKind = 'text' | 'year' | 'number' | 'round' | 'digits' | 'agencyType' | 'lines' | 'yesNo';

export interface SettingRowSpec {
  /** Path in Settings: "agencyName", "preparer.name", "memo.refNo" … */
  readonly key: string;
  readonly label: string;
  readonly note: string;
  readonly kind: SettingKind;
  readonly required?: boolean;
  readonly variants?: readonly string[];
}

/** A setting's คำอธิบาย cell: Thai first, the English on the next line. */
function about(th: string, en: string): string {
  return `${th}\n${en}`;
}

export const DIGITS_THAI = 'เลขไทย';
export const DIGITS_ARABIC = 'เลขอารบิก';
/** The two values of a yes/no setting. */
export const YES = 'ใช่';
export const NO = 'ไม่ใช่';

export const SETTING_ROWS: readonly SettingRowSpec[] = [
  {
    key: 'agencyName',
    label: 'ชื่อหน่วยงาน',
    note: about('ชื่อเต็มของหน่วยงาน เช่น องค์การบริหารส่วนตำบลห้วยแก้ว', 'Full agency name'),
    kind: 'text',
    required: true,
  },
  {
    key: 'agencyType',
    label: 'ประเภทหน่วยงาน',
    note: about('ประเภทหน่วยงาน เลือกจากรายการ', 'Agency type, from the list'),
    kind: 'agencyType',
    required: true,
  },
  {
    key: 'district',
    label: 'อำเภอ',
    note: about('ชื่ออำเภอ (ไม่ต้องพิมพ์คำว่า "อำเภอ")', 'District (without "อำเภอ")'),
    kind: 'text',
    required: true,
  },
  {
    key: 'province',
    label: 'จังหวัด',
    note: about('ชื่อจังหวัด (ไม่ต้องพิมพ์คำว่า "จังหวัด")', 'Province (without "จังหวัด")'),
    kind: 'text',
    required: true,
  },
  {
    key: 'fiscalYear',
    label: 'ปีงบประมาณที่รายงาน (พ.ศ.)',
    note: about(
      'ปีงบประมาณของมาตรการและผลการดำเนินการ (พ.ศ.) เช่น ปีงบประมาณ ๒๕๖๗ = ๑ ต.ค. ๒๕๖๖ – ๓๐ ก.ย. ๒๕๖๗',
      'Fiscal year of the measures and results (B.E.). FY 2567 = 1 Oct 2566 – 30 Sep 2567',
    ),
    kind: 'year',
    required: true,
    variants: ['ปีงบประมาณ'],
  },
  {
    key: 'itaYear',
    label: 'ปีการประเมิน ITA ที่นำมาวิเคราะห์ (พ.ศ.)',
    note: about(
      'ปีการประเมิน ITA ที่นำคะแนนมาวิเคราะห์ ปกติคือปีงบประมาณลบหนึ่ง',
      'ITA assessment year whose scores are analysed, normally the fiscal year minus one',
    ),
    kind: 'year',
    required: true,
    variants: ['ปีการประเมินITA'],
  },
  {
    key: 'frameworkYear',
    label: 'ปีของเกณฑ์การประเมิน (พ.ศ.)',
    note: about(
      'ปีของเกณฑ์การประเมิน ITA ที่ใช้ (รายการข้อ OIT และระดับผลการประเมิน)',
      'Which year\u2019s ITA criteria (OIT item list, levels) apply',
    ),
    kind: 'year',
    required: true,
  },
  {
    key: 'round',
    label: 'รอบการรายงาน',
    note: about(
      'รอบการรายงาน: รอบ ๖ เดือน (ต.ค. – มี.ค.) หรือ รอบ ๑๒ เดือน (ทั้งปีงบประมาณ)',
      'Report round: 6 months (Oct–Mar) or 12 months (whole fiscal year)',
    ),
    kind: 'round',
    required: true,
  },
  {
    key: 'target',
    label: 'ค่าเป้าหมาย (คะแนน)',
    note: about('คะแนนเป้าหมาย (เกณฑ์ผ่าน) ปกติ ๘๕ คะแนน', 'Target score (pass mark), normally 85'),
    kind: 'number',
    required: true,
  },
  {
    key: 'digits',
    label: 'รูปแบบตัวเลขในรายงาน',
    note: about('ตัวเลขในเอกสารที่สร้าง: เลขไทย หรือ เลขอารบิก', 'Digits in generated documents: Thai or Arabic'),
    kind: 'digits',
    required: true,
  },
  {
    key: 'preparer.rank',
    label: 'ผู้จัดทำ: ยศ/คำนำหน้า',
    note: about('ยศหรือคำนำหน้าของผู้จัดทำ (ไม่กรอกก็ได้)', 'Preparer: rank or title (optional)'),
    kind: 'text',
  },
  {
    key: 'preparer.name',
    label: 'ผู้จัดทำ: ชื่อ-สกุล',
    note: about('ชื่อและนามสกุลของผู้จัดทำ', 'Preparer: full name'),
    kind: 'text',
  },
  {
    key: 'preparer.positionLines',
    label: 'ผู้จัดทำ: ตำแหน่ง',
    note: about(
      'ตำแหน่งของผู้จัดทำ หนึ่งบรรทัดต่อหนึ่งบรรทัดของส่วนลงนาม',
      'Preparer: position, one line per line of the signature block',
    ),
    kind: 'lines',
  },
  {
    key: 'memo.office',
    label: 'บันทึกข้อความ: ส่วนราชการ',
    note: about('ส่วนราชการ ในบันทึกข้อความ', 'Memo field: office'),
    kind: 'text',
  },
  {
    key: 'memo.refNo',
    label: 'บันทึกข้อความ: ที่',
    note: about('เลขที่หนังสือ เช่น พย ๗๖๒๐๑/๑๒๓ (มีเลขลำดับด้วย)', 'Memo reference number, with the running number'),
    kind: 'text',
  },
  {
    key: 'memo.date',
    label: 'บันทึกข้อความ: วันที่',
    note: about('วันที่ในบันทึกข้อความ เช่น ๒๔ มีนาคม ๒๕๖๖ (ว่าง = ใช้วันที่ของรายงาน)', 'Memo date (empty = the report date)'),
    kind: 'text',
  },
  {
    key: 'memo.to',
    label: 'บันทึกข้อความ: เรียน',
    note: about('ผู้รับบันทึกข้อความ เช่น นายกองค์การบริหารส่วนตำบล…', 'Memo addressee'),
    kind: 'text',
  },
  {
    key: 'reportDate',
    label: 'วันที่ของรายงาน',
    note: about(
      'วันที่ที่พิมพ์ในรายงาน (เดือนในคำนำ และวันที่ในบันทึกข้อความเมื่อไม่ได้กรอก) เช่น ๒๔ มีนาคม ๒๕๖๗ ว่าง = วันที่ส่งออก',
      'Date printed on the reports (preface month, memo date when empty); empty = the day of the export',
    ),
    kind: 'text',
  },
  {
    key: 'signReport',
    label: 'ลงนามผู้จัดทำและผู้อนุมัติท้ายรายงานการวิเคราะห์',
    note: about(
      `${YES} / ${NO}: ให้มีที่ลงนามของผู้จัดทำและผู้อนุมัติ (ผู้ให้ความเห็นลำดับสุดท้าย) ท้ายรายงานการวิเคราะห์`,
      'Yes / no: signature blocks of the preparer and the approver (the last signer of the comment chain) under the analysis report',
    ),
    kind: 'yesNo',
  },
];

/** The fields of one step of the comment chain, each a row "ความเห็นลำดับที่ n: <field label>". */
export const CHAIN_FIELDS: readonly {
  key: 'heading' | 'rank' | 'name' | 'positionLines' | 'comment';
  label: string;
  note: string;
}[] = [
  { key: 'heading', label: 'หัวข้อ', note: about('หัวข้อความเห็น เช่น ความเห็นของหัวหน้าสำนักปลัด', 'Comment heading') },
  {
    key: 'rank',
    label: 'ยศ/คำนำหน้า',
    note: about('ยศหรือคำนำหน้าของผู้ให้ความเห็น (ไม่กรอกก็ได้)', 'Signer rank or title (optional)'),
  },
  { key: 'name', label: 'ชื่อ-สกุล', note: about('ชื่อและนามสกุลของผู้ให้ความเห็น', 'Signer full name') },
  {
    key: 'positionLines',
    label: 'ตำแหน่ง',
    note: about(
      'ตำแหน่งของผู้ให้ความเห็น หนึ่งบรรทัดต่อหนึ่งบรรทัดของส่วนลงนาม',
      'Signer position, one line per line of the signature block',
    ),
  },
  { key: 'comment', label: 'ความเห็น', note: about('ข้อความความเห็น (เว้นว่างได้)', 'Comment text (may stay empty)') },
];

export const CHAIN_PREFIX = 'ความเห็นลำดับที่';

/** "ความเห็นลำดับที่ 2: ชื่อ-สกุล" */
export function chainLabel(step: number, fieldLabel: string): string {
  return `${CHAIN_PREFIX} ${step}: ${fieldLabel}`;
}

/**
 * Default comment chain headings (reference §d.7): for an อบต. หัวหน้าสำนักปลัด → รองปลัด → ปลัด → นายก of the
 * organisation; for a เทศบาล the same steps with its titles (§h.10): ปลัดเทศบาล<ตำบล…>, นายกเทศมนตรี<ตำบล…>.
 * Without a name the headings stay generic ("ความเห็นของปลัดองค์การบริหารส่วนตำบล").
 */
export function defaultChainHeadings(agencyName: string, agencyType: string): string[] {
  const name = agencyName.trim();
  if (isMunicipality(agencyName, agencyType)) {
    // "เทศบาลตำบลบ้านนา" -> "ตำบลบ้านนา": ปลัดเทศบาลตำบลบ้านนา, นายกเทศมนตรีตำบลบ้านนา.
    const place = name.startsWith('เทศบาล') ? name.slice('เทศบาล'.length) : '';
    return [
      'ความเห็นของหัวหน้าสำนักปลัดเทศบาล',
      `ความเห็นของรองปลัดเทศบาล${place}`,
      `ความเห็นของปลัดเทศบาล${place}`,
      `ความเห็นของนายกเทศมนตรี${place}`,
    ];
  }
  const org = name || 'องค์การบริหารส่วนตำบล';
  return ['ความเห็นของหัวหน้าสำนักปลัด', `ความเห็นของรองปลัด${org}`, `ความเห็นของปลัด${org}`, `ความเห็นของนายก${org}`];
}

/** A เทศบาล (by its type, or by its name when the type is blank). */
export function isMunicipality(agencyName: string, agencyType: string): boolean {
  return agencyType.trim().startsWith('เทศบาล') || (agencyType.trim() === '' && agencyName.trim().startsWith('เทศบาล'));
}
