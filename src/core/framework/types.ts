/**
 * The ITA framework of one assessment year, as data. Facts the domain reference marks as not fully
 * established carry a `verified` flag so the UI and reports can say so.
 */

/** 'confirmed' = public source or arithmetic; 'unverified' = plausible, keep configurable; 'unknown' = ask the user. */
export type Verified = 'confirmed' | 'unverified' | 'unknown';

export type ToolCode = 'IIT' | 'EIT' | 'OIT';
export const TOOL_CODES: readonly ToolCode[] = ['IIT', 'EIT', 'OIT'];

export type IndicatorNo = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
export const INDICATOR_NOS: readonly IndicatorNo[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export interface ToolDef {
  readonly code: ToolCode;
  /** Canonical Thai name, e.g. "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน". */
  readonly nameTh: string;
  readonly nameEn: string;
  /** Other Thai wordings accepted on input, never emitted. */
  readonly variantsTh: readonly string[];
  /** Share of the overall score, e.g. 0.3. */
  readonly weight: number;
  readonly indicators: readonly IndicatorNo[];
}

export interface IndicatorDef {
  readonly no: IndicatorNo;
  readonly nameTh: string;
  readonly nameEn: string;
  readonly tool: ToolCode;
  /** Variant spellings and wrong labels seen in real documents; accepted on input, never emitted. */
  readonly variantsTh: readonly string[];
}

/**
 * When the evidence for an item must have been produced, relative to the year Y:
 * 'none' no period; 'current-fy' during FY Y; 'previous-fy' report on FY Y−1; 'first-half' the first six
 * months of FY Y (ต.ค.–มี.ค.); 'monthly' monthly during FY Y; 'in-force' a plan or rule in force in Y.
 */
/**
 * 'analysed-year': the ITA analysis of Y−1 (O42: "…ในปี พ.ศ. <Y−1>"), not a results report;
 * 'current-fy-action': actions taken in Y (O43: "เป็นการดำเนินการในปี พ.ศ. <Y>").
 */
export type PeriodRule =
  | 'none'
  | 'current-fy'
  | 'current-fy-action'
  | 'previous-fy'
  | 'analysed-year'
  | 'first-half'
  | 'monthly'
  | 'in-force'
  | 'unknown';

export interface SubGroupDef {
  readonly nameTh: string;
  /** OIT item codes in this group, e.g. ['O27', 'O28', 'O29']. */
  readonly items: readonly string[];
}

export interface SubIndicatorDef {
  /** "9.1" … "10.2". */
  readonly code: string;
  readonly indicator: 9 | 10;
  readonly nameTh: string;
  readonly variantsTh: readonly string[];
  readonly subGroups: readonly SubGroupDef[];
  readonly items: readonly string[];
}

export interface OitItemDef {
  /** Normalised code "O<n>". */
  readonly code: string;
  readonly no: number;
  /** Item name as published; null where the reference does not know it. */
  readonly nameTh: string | null;
  readonly variantsTh: readonly string[];
  readonly indicator: 9 | 10 | null;
  readonly subIndicator: string | null;
  readonly subGroup: string | null;
  /**
   * The required data elements (องค์ประกอบด้านข้อมูล): the NACC's words where known (2566), else a summary; may
   * hold year slots ("{ปี}", see build.ts) filled from periodRule; null when unknown.
   */
  readonly requirementTh: string | null;
  readonly periodRule: PeriodRule;
  /** Typical responsible units of an อบต.; defaults only. */
  readonly defaultOwners: readonly string[];
  readonly verified: Verified;
}

export interface EitItemDef {
  /** Normalised code "E<n>". */
  readonly code: string;
  readonly no: number;
  /** Question wording; null when unknown (E4). */
  readonly textTh: string | null;
  readonly indicator: 6 | 7 | 8;
  readonly verified: Verified;
}

/**
 * One result level. A level applies when minOverall ≤ ITA (≤ maxOverall when given) and, when
 * minEachTool is set, every tool score (as a percentage) is at least minEachTool.
 * Levels are listed best first; the first that applies wins.
 */
export interface LevelDef {
  /** Stable code: 'AA' … 'F', or 'excellent' | 'good' | 'pass' | 'improve' | 'urgent'. */
  readonly code: string;
  /** Word used in reports: "A", "ผ่านดีเยี่ยม", "ต้องปรับปรุง" … */
  readonly nameTh: string;
  readonly nameEn: string;
  readonly minOverall: number;
  readonly minEachTool?: number;
  readonly passed: boolean;
}

export interface LevelScheme {
  readonly kind: 'rating' | 'five-level';
  readonly levels: readonly LevelDef[];
  readonly verified: Verified;
}

/** The OIT item that carries the analysis and measures (O42 in 2566, O25 in 2569) and the results item. */
export interface MeasureItemDef {
  readonly code: string | null;
  readonly nameTh: string | null;
  /** Which fiscal year the document covers relative to the assessment year Y. */
  readonly periodRule: PeriodRule;
  readonly verified: Verified;
}

export interface Framework {
  /** ITA assessment year (พ.ศ.). */
  readonly year: number;
  readonly passMark: number;
  readonly tools: Readonly<Record<ToolCode, ToolDef>>;
  readonly weightsVerified: Verified;
  readonly indicators: readonly IndicatorDef[];
  readonly indicatorsVerified: Verified;
  readonly subIndicators: readonly SubIndicatorDef[];
  readonly oitItems: readonly OitItemDef[];
  /** Number of OIT items in the year's list, when known. */
  readonly oitItemCount: number | null;
  readonly oitVerified: Verified;
  readonly eitItems: readonly EitItemDef[];
  readonly eitVerified: Verified;
  readonly levels: LevelScheme;
  readonly measureItems: { readonly analysis: MeasureItemDef; readonly results: MeasureItemDef };
  /** Short notes for the user about what is uncertain in this year's data (Thai and English). */
  readonly notes: readonly { readonly th: string; readonly en: string }[];
}
