// The workbook as typed data: what the tabs hold, read from the sheet by src/gas and consumed by
// validation (src/core/validation) and the report model (src/core/report). Every row keeps the sheet
// row it came from so findings can point at a cell.

export type Digits = 'thai' | 'arabic';
/** รอบ ๖ เดือน (ต.ค.–มี.ค.) or รอบ ๑๒ เดือน / ประจำปี. */
export type Round = '6' | '12';
export type ToolCode = 'IIT' | 'EIT' | 'OIT';

/** A person who signs: {rank?, name, positionLines[], acting?} as in reference §d.7. */
export interface Signer {
  rank?: string;
  name: string;
  positionLines: string[];
}

/** One step of the memo's comment chain: "ความเห็นของ<ตำแหน่ง>", an optional comment, then a signature. */
export interface CommentStep {
  heading: string;
  comment?: string;
  signer: Signer;
}

/** ตั้งค่า tab. */
export interface Settings {
  /** Full name, e.g. "องค์การบริหารส่วนตำบลห้วยแก้ว". */
  agencyName: string;
  /** อบต. | เทศบาลตำบล | เทศบาลเมือง | เทศบาลนคร … */
  agencyType: string;
  district: string;
  province: string;
  /** Fiscal year (พ.ศ.) of the measures and results being reported: Y. */
  fiscalYear: number;
  /** ITA assessment year analysed: normally Y−1. */
  itaYear: number;
  /** Which framework year's item lists apply (OIT catalogue, levels). */
  frameworkYear: number;
  round: Round;
  target: number;
  digits: Digits;
  preparer: Signer;
  /** บันทึกข้อความ header fields. */
  memo: { office: string; refNo: string; date: string; to: string };
  chain: CommentStep[];
  /**
   * Date printed on the reports (the คำนำ's month and year, the memo when its own date is empty), as typed:
   * "๒๔ มีนาคม ๒๕๖๗", "24 มี.ค. 2567" or "2024-03-24"; empty or absent = the day of the export.
   */
  reportDate?: string;
  /** Print signature blocks for the preparer and the approver under the analysis report (off by default: [001] has none). */
  signReport?: boolean;
}

/** A row of คะแนน ITA: one score of one year. kind 'indicator' has `indicator`; 'tool' has `tool`. */
export interface ScoreRow {
  sheetRow: number;
  year: number | null;
  kind: 'indicator' | 'tool' | 'overall';
  indicator?: number;
  tool?: ToolCode;
  /** Computed by the add-on (indicators: as pasted; tools/overall: recomputed). */
  score: number | null;
  /** As stated in the pasted text, kept beside the computed figure. */
  stated: number | null;
}

/** วิเคราะห์ผล: per indicator. The two text columns are the user's and survive re-analysis. */
export interface AnalysisRow {
  sheetRow: number;
  indicator: number;
  tool: ToolCode;
  score: number | null;
  /** Result level word of the score (AA–F or the five-level words). */
  level: string;
  gap: number | null;
  trend: number | null;
  /** จุดแข็ง | จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน | ประเด็นที่ต้องพัฒนา | '' */
  category: string;
  assessmentIssue: string;
  developIssue: string;
}

/** มาตรการ (O42): one measure with a stable id. */
export interface MeasureRow {
  sheetRow: number;
  id: string;
  tool: string;
  indicator: number | null;
  /** Normalised item code: E6, O16, 9.2 … or ''. */
  item: string;
  issue: string;
  measure: string;
  approach: string;
  steps: string;
  owners: string;
  period: string;
  monitoring: string;
  /** 'suggested' | 'user' */
  source: string;
}

/** ผลการดำเนินการ (O43): one result of one measure in one round. */
export interface ResultRow {
  sheetRow: number;
  measureId: string;
  round: string;
  status: string;
  date: string;
  summary: string;
  outcome: string;
  problems: string;
  suggestions: string;
  evidenceUrl: string;
}

/** ความก้าวหน้ารายตัวชี้วัด: indicators 1–8. */
export interface IndicatorProgressRow {
  sheetRow: number;
  indicator: number;
  /** The indicator cell as written ("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่"), for checking name/number pairs. */
  indicatorLabel?: string;
  guideline: string;
  owners: string;
  period: string;
  status: string;
  progress: string;
}

/** OIT checklist row of the framework year. */
export interface OitRow {
  sheetRow: number;
  code: string;
  name: string;
  subIndicator: string;
  subGroup: string;
  requirement: string;
  owners: string;
  status: string;
  /** เผยแพร่บนเว็บไซต์แล้ว tick box. */
  published: boolean;
  progress: string;
  evidenceUrl: string;
}

/** รายการ: the lists behind dropdowns, editable by the user. */
export interface Lists {
  units: string[];
  statuses: string[];
  rounds: string[];
  tools: string[];
  agencyTypes: string[];
}

/** ประวัติการส่งออก. */
export interface ExportLogRow {
  sheetRow: number;
  time: string;
  report: string;
  link: string;
  user: string;
}

/** Everything the tabs hold. A tab that is missing reads as an empty list (settings as null). */
export interface WorkbookData {
  settings: Settings | null;
  scores: ScoreRow[];
  analysis: AnalysisRow[];
  measures: MeasureRow[];
  results: ResultRow[];
  indicatorProgress: IndicatorProgressRow[];
  oit: OitRow[];
  lists: Lists;
  exportLog: ExportLogRow[];
  /** Where each tab's fields sit in the sheet (header row, field -> 1-based column), for pointing at cells. */
  layout?: Partial<Record<TabIdName, TabLayout>>;
  /** ตั้งค่า rows as typed: setting key ("fiscalYear", "chain.2.name") -> sheet row and raw text. */
  settingsCells?: Record<string, { row: number; text: string }>;
}

/** Tab ids of the standard workbook (same as src/core/tabs TabId). */
export type TabIdName =
  'settings' | 'scores' | 'analysis' | 'measures' | 'results' | 'indicatorProgress' | 'oit' | 'lists' | 'exportLog';

export interface TabLayout {
  headerRow: number;
  columns: Record<string, number>;
}
