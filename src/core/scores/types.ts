import type { IndicatorNo, ToolCode } from '../framework';

/** Severity of a parser finding: an error blocks analysis, a warning asks the user to check, info explains. */
export type Severity = 'error' | 'warning' | 'info';

export type ParseFindingCode =
  | 'empty'
  | 'no-indicators'
  | 'score-out-of-range'
  | 'duplicate-conflict'
  | 'duplicate-same'
  | 'number-name-mismatch'
  | 'other-scheme'
  | 'unknown-indicator-number'
  | 'tool-points-assumed'
  | 'table-row-short'
  | 'fuzzy-name'
  | 'multiple-years'
  /** A number at a score position that no reader would read as one value ("9.5e1", "1.234,5"). */
  | 'unreadable-number'
  /** A decimal comma or a spaced point, read as the decimal a reader sees ("95,40" → 95.40). */
  | 'number-read-as'
  /** A row under side-by-side year columns whose numbers cannot be matched to the years. */
  | 'year-row-ambiguous';

export interface ParseFinding {
  readonly code: ParseFindingCode;
  readonly severity: Severity;
  /** 1-based line of the pasted text, or null for the text as a whole. */
  readonly line: number | null;
  readonly message_th: string;
  readonly message_en: string;
}

/** A tool score as stated in the paste, converted to a percentage when given as weighted points. */
export interface StatedTool {
  /** Percentage 0–100. */
  readonly value: number;
  /** The number as written. */
  readonly raw: number;
  readonly unit: 'percent' | 'points';
  readonly line: number;
}

export interface StatedOverall {
  readonly value: number;
  readonly line: number;
}

/** The scores of one assessment year found in a paste. */
export interface ScoreSet {
  /** Assessment year (พ.ศ.) named in the paste, or null. */
  readonly year: number | null;
  /** Indicator scores 0–100, by indicator number; only the indicators found. */
  readonly indicators: Partial<Record<IndicatorNo, number>>;
  /** Line on which each indicator score was read. */
  readonly indicatorLines: Partial<Record<IndicatorNo, number>>;
  /** Tool scores written in the paste (never trusted over the indicators). */
  readonly tools: Partial<Record<ToolCode, StatedTool>>;
  /** Overall ITA written in the paste. */
  readonly overall: StatedOverall | null;
}

export interface ParseResult {
  /** One set per year found, in the order they appear; empty when nothing was found. */
  readonly years: readonly ScoreSet[];
  /**
   * The year to propose as current: the latest year among the sets with indicator scores, or null when none
   * names a year. Consumers choose; this is only the proposal ("two years side by side" → the later one).
   */
  readonly proposedYear: number | null;
  readonly findings: readonly ParseFinding[];
  /** True when there is at least one set with indicators and no error finding. */
  readonly ok: boolean;
}
