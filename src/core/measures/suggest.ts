import type { Framework, IndicatorNo, ToolCode } from '../framework';
import { getFramework, resolveFramework, STANDARD_INDICATORS } from '../framework';
import type { Analysis } from '../analysis/types';
import { formatInteger, formatScore, matchKey, withDigits, type Digits } from '../thai';
import { DEFAULT_MONITORING, DEFAULT_PERIOD, measuresForIndicator } from './catalogue';
import { guidelineText, INDICATOR_GUIDELINES } from './guidelines';

/** One proposed measure row for the measures table (D2 fields, reference §d.2). */
export interface MeasureSuggestion {
  /** Stable id "<indicator>-<measure id>", e.g. "10-M10". */
  readonly suggestionId: string;
  readonly measureId: string;
  readonly tool: ToolCode;
  readonly indicator: IndicatorNo;
  /**
   * Related OIT/EIT item or sub-indicator in normalised form, as the framework year writes it; null when the
   * measure names none or the year has no such item (or its list is unknown, as for 2567).
   */
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
  /** Framework year whose item codes the rows carry (default: the catalogue's own year, 2566). */
  readonly frameworkYear?: number;
}

/** The year whose item codes the catalogue's relatedItems are written in. */
const CATALOGUE_YEAR = 2566;

const nameKeys = (nameTh: string | null, variants: readonly string[]) =>
  [nameTh, ...variants].filter((n): n is string => n !== null).map(matchKey);

/**
 * A catalogue item code (2566 numbering) as `framework` writes it: the item of that year with the same
 * name (OIT numbers move between years: E-Service is O18 in 2566, O17 in 2565), the same EIT code, or the
 * sub-indicator with the same name; null when the year has no such item or its list is unknown.
 */
export function itemInFramework(code: string, framework: Framework): string | null {
  const source = getFramework(CATALOGUE_YEAR);
  if (!source) return null;
  if (/^E[0-9]+$/.test(code)) return framework.eitItems.some((e) => e.code === code) ? code : null;
  const from =
    source.oitItems.find((i) => i.code === code) ?? source.subIndicators.find((s) => s.code === code) ?? null;
  if (!from || from.nameTh === null) return null;
  const keys = new Set(nameKeys(from.nameTh, from.variantsTh));
  const same = (nameTh: string | null, variants: readonly string[]) =>
    nameKeys(nameTh, variants).some((k) => keys.has(k));
  const pool = /^O[0-9]+$/.test(code) ? framework.oitItems : framework.subIndicators;
  return pool.find((i) => same(i.nameTh, i.variantsTh))?.code ?? null;
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
  const framework = resolveFramework(options.frameworkYear ?? CATALOGUE_YEAR).framework;
  // Only an item of this indicator: M2 serves indicators 8 and 7 but its E14 belongs to indicator 8.
  const ofIndicator = (code: string) =>
    (
      framework.eitItems.find((e) => e.code === code) ??
      framework.oitItems.find((o) => o.code === code) ??
      framework.subIndicators.find((x) => x.code === code)
    )?.indicator === no;
  const itemOf = (related: readonly string[]) =>
    related.map((c) => itemInFramework(c, framework)).find((c): c is string => c !== null && ofIndicator(c)) ?? null;
  return measuresForIndicator(no)
    .slice(0, Math.max(1, options.perIndicator ?? 1))
    .map((m) => ({
      suggestionId: `${no}-${m.id}`,
      measureId: m.id,
      tool: def.tool,
      indicator: no,
      item: itemOf(m.relatedItems),
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
