import { INDICATOR_NOS, TOOL_CODES, type Framework, type IndicatorNo, type ToolCode } from '../framework';
import { round2 } from '../thai';
import type { ScoreSet } from '../scores/types';

/** Unrounded tool means (null when one of the tool's indicators is missing). */
export function toolMeans(
  framework: Framework,
  indicators: Partial<Record<IndicatorNo, number>>,
): Record<ToolCode, number | null> {
  const out = { IIT: null, EIT: null, OIT: null } as Record<ToolCode, number | null>;
  for (const tool of TOOL_CODES) {
    const nos = framework.tools[tool].indicators;
    const scores = nos.map((n) => indicators[n]);
    if (scores.every((s): s is number => typeof s === 'number')) {
      out[tool] = scores.reduce((a, b) => a + b, 0) / scores.length;
    }
  }
  return out;
}

/**
 * Overall ITA = Σ weight·tool mean, using unrounded tool means, rounded half-up to 2 decimals only at the end
 * (reference §b.3; reproduces ตราด 2563/2564 and จันทบุรี 2564). Null when a tool is incomplete.
 */
export function overallScore(
  framework: Framework,
  indicators: Partial<Record<IndicatorNo, number>>,
): { exact: number; score: number } | null {
  const means = toolMeans(framework, indicators);
  let exact = 0;
  for (const tool of TOOL_CODES) {
    const m = means[tool];
    if (m === null) return null;
    exact += framework.tools[tool].weight * m;
  }
  return { exact, score: round2(exact) };
}

/** Indicator numbers sorted by score (ascending or descending), ties by number. */
export function sortByScore(
  set: Pick<ScoreSet, 'indicators'>,
  nos: readonly IndicatorNo[],
  order: 'asc' | 'desc',
): IndicatorNo[] {
  const score = (n: IndicatorNo) => set.indicators[n] as number;
  return [...nos].sort((a, b) => (order === 'asc' ? score(a) - score(b) : score(b) - score(a)) || a - b);
}

/** The indicators with the extreme score among `nos` (all of them on a tie). */
export function extremes(
  set: Pick<ScoreSet, 'indicators'>,
  nos: readonly IndicatorNo[],
  which: 'min' | 'max',
): IndicatorNo[] {
  const present = nos.filter((n) => set.indicators[n] !== undefined);
  if (present.length === 0) return [];
  const values = present.map((n) => set.indicators[n] as number);
  const target = which === 'min' ? Math.min(...values) : Math.max(...values);
  return present.filter((n) => set.indicators[n] === target);
}

/** Indicator numbers present in a set, ascending. */
export function presentIndicators(set: Pick<ScoreSet, 'indicators'>): IndicatorNo[] {
  return INDICATOR_NOS.filter((n) => set.indicators[n] !== undefined);
}
