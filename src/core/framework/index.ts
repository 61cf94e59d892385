/**
 * ITA framework per assessment year, as data. Adding a year = adding a file under years/ and one entry
 * in FRAMEWORKS below.
 */
import { FRAMEWORK_2565 } from './years/y2565';
import { FRAMEWORK_2566 } from './years/y2566';
import { FRAMEWORK_2567 } from './years/y2567';
import { FRAMEWORK_2568 } from './years/y2568';
import { FRAMEWORK_2569 } from './years/y2569';
import type { Framework, OitItemDef } from './types';

export * from './types';
export { STANDARD_TOOLS, STANDARD_INDICATORS, RATING_LEVELS, FIVE_LEVELS, EIT_ITEMS_2565 } from './shared';
export { normalizeOitCode, normalizeEitCode } from './codes';
export { fillYearSlots, hasYearSlot } from './build';
export { levelFor, type LevelResult } from './levels';
export { findIndicatorByName, findToolByName, indicatorNameKeys } from './names';

const FRAMEWORKS: readonly Framework[] = [
  FRAMEWORK_2565,
  FRAMEWORK_2566,
  FRAMEWORK_2567,
  FRAMEWORK_2568,
  FRAMEWORK_2569,
];

/** Assessment years with framework data, ascending. */
export const FRAMEWORK_YEARS: readonly number[] = FRAMEWORKS.map((f) => f.year);

/** The most recent assessment year with data. */
export const latestFrameworkYear: number = FRAMEWORK_YEARS[FRAMEWORK_YEARS.length - 1] ?? 2569;

/** The framework of an assessment year (พ.ศ.), or undefined when the year has no data. */
export function getFramework(year: number): Framework | undefined {
  return FRAMEWORKS.find((f) => f.year === year);
}

/**
 * The framework to use for a year: its own data when present, else the nearest earlier year with data
 * (or the earliest one for years before it). `exact` says whether the year itself has data.
 */
export function resolveFramework(year: number): { framework: Framework; exact: boolean } {
  const own = getFramework(year);
  if (own) return { framework: own, exact: true };
  const earlier = FRAMEWORKS.filter((f) => f.year < year);
  const framework = earlier[earlier.length - 1] ?? (FRAMEWORKS[0] as Framework);
  return { framework, exact: false };
}

/**
 * The OIT item codes of the analysis-and-measures document and of the results report under a framework year
 * (O42/O43 up to 2566, O25/O26 in 2569; null where the year's item is not known), resolved as resolveFramework.
 */
export function measureItemCodes(year: number): {
  frameworkYear: number;
  analysis: string | null;
  results: string | null;
} {
  const { framework } = resolveFramework(year);
  return {
    frameworkYear: framework.year,
    analysis: framework.measureItems.analysis.code,
    results: framework.measureItems.results.code,
  };
}

/** OIT item by normalised code ("O42"), or undefined. */
export function oitItem(framework: Framework, code: string): OitItemDef | undefined {
  return framework.oitItems.find((i) => i.code === code);
}
