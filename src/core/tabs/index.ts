/** Tab and column specifications of the standard workbook, as data. */
export * from './spec';
export * from './defaults';
export * from './settings-tab';
export * from './table-tabs';
export {
  prefillRows,
  prefillKeyOf,
  hasPrefill,
  stalePrefillCells,
  type PrefillSource,
  type PrefillRow,
  type PrefilledCell,
  oitPrefillSource,
} from './prefill';
import { SETTINGS_TAB } from './settings-tab';
import {
  ANALYSIS_TAB,
  EXPORT_LOG_TAB,
  LISTS_TAB,
  MEASURES_TAB,
  OIT_TAB,
  PROGRESS_TAB,
  RESULTS_TAB,
  SCORES_TAB,
} from './table-tabs';
import type { TabId, TabSpec } from './spec';

/** Every standard tab in the order they are created. */
export const ALL_TABS: readonly TabSpec[] = [
  SETTINGS_TAB,
  SCORES_TAB,
  ANALYSIS_TAB,
  MEASURES_TAB,
  RESULTS_TAB,
  PROGRESS_TAB,
  OIT_TAB,
  LISTS_TAB,
  EXPORT_LOG_TAB,
];

export function tabSpec(id: TabId): TabSpec {
  return ALL_TABS.find((t) => t.id === id) as TabSpec;
}
