import type { Digits } from '../thai';
import type { IndicatorNo, ToolCode, Verified } from '../framework';
import type { ScoreSet } from '../scores/types';

export interface AnalysisWarning {
  readonly code:
    | 'missing-indicator'
    | 'tool-mismatch'
    | 'overall-mismatch'
    | 'no-framework-for-year'
    | 'level-unverified'
    | 'level-tool-conditions-unchecked'
    | 'level-from-stated-overall'
    | 'previous-incomplete';
  readonly message_th: string;
  readonly message_en: string;
}

export interface AnalyzeOptions {
  /** Assessment year (พ.ศ.) whose framework and levels apply; default the set's year, else the latest. */
  readonly year?: number;
  /** Pass mark / target, default 85. */
  readonly target?: number;
  /** Previous year's scores, for the trend. */
  readonly previous?: ScoreSet | null;
  /** Strengths are indicators scoring at least this; default = target. The [001] template uses 80. */
  readonly strengthThreshold?: number;
  /** Allowed difference between stated and recomputed tool/overall scores; default 0.02. */
  readonly mismatchTolerance?: number;
  /** Digits of the narrative sentences; default 'thai'. */
  readonly digits?: Digits;
  /** Organisation name used in narrative sentences, e.g. "องค์การบริหารส่วนตำบลตะโก". */
  readonly orgName?: string;
}

export interface IndicatorResult {
  readonly no: IndicatorNo;
  readonly name: string;
  readonly nameEn: string;
  readonly tool: ToolCode;
  readonly score: number;
  /** score − target (negative = below target), rounded to 2 decimals. */
  readonly gap: number;
  readonly belowTarget: boolean;
}

export interface ToolResult {
  /** Mean of the tool's indicators rounded to 2 decimals; null when one is missing. */
  readonly score: number | null;
  /** Unrounded mean used in the overall formula. */
  readonly exact: number | null;
  /** Stated tool score (as a percentage) from the paste, or null. */
  readonly stated: number | null;
  readonly statedUnit: 'percent' | 'points' | null;
}

export interface LevelInfo {
  readonly code: string;
  readonly nameTh: string;
  readonly nameEn: string;
  readonly passed: boolean;
  readonly scheme: 'rating' | 'five-level';
  readonly verified: Verified;
}

export interface OverallResult {
  /** 0.3·IIT + 0.3·EIT + 0.4·OIT rounded half-up to 2 decimals at the end only; null when incomplete. */
  readonly score: number | null;
  readonly exact: number | null;
  readonly stated: number | null;
  /** Level of the recomputed score (or of the stated one when the indicators are incomplete). */
  readonly level: LevelInfo | null;
  /** Score ≥ target; null when no score is known. */
  readonly passed: boolean | null;
}

export interface TrendResult {
  readonly previousYear: number | null;
  readonly previousOverall: number | null;
  /** current − previous overall, rounded; null when either is unknown. */
  readonly overallChange: number | null;
  readonly indicators: readonly {
    readonly no: IndicatorNo;
    readonly previous: number;
    readonly current: number;
    readonly change: number;
  }[];
}

/** Thai sentences for the analysis report, generated from the numbers (templates of reference §d.1). */
export interface Narrative {
  readonly overall: string | null;
  readonly ranking: string | null;
  readonly strengths: string | null;
  readonly urgent: string | null;
  readonly target: string | null;
  readonly tools: Readonly<
    Record<
      ToolCode,
      {
        readonly score: string | null;
        readonly indicatorLines: readonly string[];
        readonly weakest: string | null;
      }
    >
  >;
  /** One sentence per tool naming what to develop (its lowest indicator). */
  readonly develop: readonly string[];
}

export interface Analysis {
  /** Assessment year analysed (null when neither the option nor the paste names one). */
  readonly year: number | null;
  /** Framework year actually used (its data, levels and names). */
  readonly frameworkYear: number;
  readonly target: number;
  readonly strengthThreshold: number;
  readonly indicators: readonly IndicatorResult[];
  readonly tools: Readonly<Record<ToolCode, ToolResult>>;
  readonly overall: OverallResult;
  /** Indicators below target, ascending by score, ties by number. */
  readonly belowTarget: readonly IndicatorNo[];
  /** The lowest indicator(s); all of them on a tie. */
  readonly urgent: readonly IndicatorNo[];
  /** The highest indicator(s); all of them on a tie. */
  readonly highest: readonly IndicatorNo[];
  readonly lowestByTool: Readonly<Record<ToolCode, readonly IndicatorNo[]>>;
  /** Indicators at or above the strength threshold, descending by score, ties by number. */
  readonly strengths: readonly IndicatorNo[];
  readonly missing: readonly IndicatorNo[];
  readonly trend: TrendResult | null;
  readonly warnings: readonly AnalysisWarning[];
  readonly narrative: Narrative;
}
