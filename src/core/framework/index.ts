/**
 * ITA framework per assessment year, as data. Adding a year = adding a file under years/ and one entry
 * in FRAMEWORKS below.
 */
import { framework2565 } from './years/y2565';
import { framework2566 } from './years/y2566';
import { framework2567 } from './years/y2567';
import { framework2568 } from './years/y2568';
import { framework2569 } from './years/y2569';
import type { Framework, OitItemDef } from './types';

export * from './types';
export { STANDARD_TOOLS, STANDARD_INDICATORS, RATING_LEVELS, FIVE_LEVELS, EIT_ITEMS_2565 } from './shared';
export { normalizeOitCode, normalizeEitCode } from './codes';
export { fillYearSlots, hasYearSlot } from './build';
export { levelFor, type LevelResult } from './levels';
export { findIndicatorByName, findToolByName, indicatorNameKeys } from './names';

// Each year's tables are built the first time that year is asked for, not when the bundle loads: an
// execution works in one framework year.
const FRAMEWORKS: readonly (readonly [year: number, build: () => Framework])[] = [
  [2565, framework2565],
  [2566, framework2566],
  [2567, framework2567],
  [2568, framework2568],
  [2569, framework2569],
];
const built = new Map<number, Framework>();

/** The framework at `index` of FRAMEWORKS, built once. */
function frameworkAt(index: number): Framework | undefined {
  const entry = FRAMEWORKS[index];
  if (!entry) return undefined;
  const [year, build] = entry;
  let framework = built.get(year);
  if (framework === undefined) {
    framework = build();
    built.set(year, framework);
  }
  return framework;
}

/** Assessment years with framework data, ascending. */
export const FRAMEWORK_YEARS: readonly number[] = FRAMEWORKS.map(([year]) => year);

/** The most recent assessment year with data. */
export const latestFrameworkYear: number = FRAMEWORK_YEARS[FRAMEWORK_YEARS.length - 1] ?? 2569;

/** The framework of an assessment year (พ.ศ.), or undefined when the year has no data. */
export function getFramework(year: number): Framework | undefined {
  return frameworkAt(FRAMEWORK_YEARS.indexOf(year));
}

/**
 * The framework to use for a year: its own data when present, else the nearest earlier year with data
 * (or the earliest one for years before it). `exact` says whether the year itself has data.
 */
export function resolveFramework(year: number): { framework: Framework; exact: boolean } {
  const own = getFramework(year);
  if (own) return { framework: own, exact: true };
  // The nearest earlier year, else the earliest.
  const earlier = FRAMEWORK_YEARS.filter((y) => y < year).length;
  return { framework: frameworkAt(Math.max(0, earlier - 1)) as Framework, exact: false };
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
