import type { IndicatorNo, ToolCode } from '../framework';
import { STANDARD_INDICATORS } from '../framework';
import type { Analysis } from '../analysis/types';
import { formatInteger, formatScore, withDigits, type Digits } from '../thai';
import { DEFAULT_MONITORING, DEFAULT_PERIOD, measuresForIndicator } from './catalogue';
import { guidelineText, INDICATOR_GUIDELINES } from './guidelines';

/** One proposed measure row for the measures table (D2 fields, reference §d.2). */
export interface MeasureSuggestion {
  /** Stable id "<indicator>-<measure id>", e.g. "10-M10". */
  readonly suggestionId: string;
  readonly measureId: string;
  readonly tool: ToolCode;
  readonly indicator: IndicatorNo;
  /** Related OIT/EIT item or sub-indicator in normalised form, when the measure names one. */
  readonly item: string | null;
  /** ประเด็นที่ต้องปรับปรุงแก้ไข, e.g. "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (คะแนน ๕๑.๒๕)". */
  readonly issue: string;
  readonly measure: string;
  readonly approach: readonly string[];
  readonly steps: readonly string[];
  readonly owners: readonly string[];
  readonly period: string;
  readonly monitoring: string;
  /** The indicator's guideline text (แนวทางการยกระดับ). */
  readonly guideline: string;
}

export interface SuggestOptions {
  readonly digits?: Digits;
  readonly orgName?: string;
  /** Measures per weak indicator (default 1; the catalogue has 1–3 per indicator). */
  readonly perIndicator?: number;
}

/**
 * Measure rows for the weak indicators: those below target, lowest first; when none is below target, the
 * lowest indicator(s), so the document always has at least one measure. Every indicator 1–10 has a measure.
 */
export function suggestMeasures(analysis: Analysis, options: SuggestOptions = {}): MeasureSuggestion[] {
  const weak = analysis.belowTarget.length > 0 ? analysis.belowTarget : analysis.urgent;
  return weak.flatMap((no) => suggestionsForIndicator(no, analysis, options));
}

/** Measure rows for one indicator (used also when the user picks an indicator by hand). */
export function suggestionsForIndicator(
  no: IndicatorNo,
  analysis: Pick<Analysis, 'indicators'> | null,
  options: SuggestOptions = {},
): MeasureSuggestion[] {
  const digits = options.digits ?? 'thai';
  const org = options.orgName && options.orgName.trim() !== '' ? options.orgName.trim() : 'หน่วยงาน';
  const def = STANDARD_INDICATORS[no - 1];
  if (!def) return [];
  const score = analysis?.indicators.find((i) => i.no === no)?.score;
  const issue =
    `ตัวชี้วัดที่ ${formatInteger(no, digits)} ${def.nameTh}` +
    (score !== undefined ? ` (คะแนน ${formatScore(score, digits)})` : '');
  const guideline = withDigits(guidelineText(no, options.orgName), digits);
  const fallbackOwners = INDICATOR_GUIDELINES.find((g) => g.no === no)?.defaultOwners ?? ['สำนักปลัด'];
  return measuresForIndicator(no)
    .slice(0, Math.max(1, options.perIndicator ?? 1))
    .map((m) => ({
      suggestionId: `${no}-${m.id}`,
      measureId: m.id,
      tool: def.tool,
      indicator: no,
      item: m.relatedItems[0] ?? null,
      issue,
      measure: m.nameTh.replace('{หน่วยงาน}', org),
      approach: m.approach.map((a) => withDigits(a, digits)),
      steps: m.steps.map((s) => withDigits(s, digits)),
      owners: m.owners.length > 0 ? m.owners : fallbackOwners,
      period: DEFAULT_PERIOD,
      monitoring: withDigits(DEFAULT_MONITORING, digits),
      guideline,
    }));
}
