// Which of the four steps the sidebar shows first: the first one the workbook has not done yet.
import type { SidebarState, SidebarStep } from '../../src/core/rpc/contract';

export const STEPS: readonly SidebarStep[] = ['settings', 'scores', 'validate', 'export'];

/**
 * The first step not done: settings while no agency is named or the standard tabs are not all set up;
 * the scores while the sheet has no score of the settings' ITA year; validation while it never ran, found
 * errors, or ran before the add-on last wrote to the sheet; else the export.
 */
export function nextStep(state: SidebarState): SidebarStep {
  const p = state.progress;
  if (!p.settingsSaved || p.tabsReady < p.tabsTotal) return 'settings';
  if (!p.scores) return 'scores';
  const v = p.validation;
  if (!v || v.stale || v.errors > 0) return 'validate';
  return 'export';
}

/**
 * Index of the first step shown: the settings while no agency is named (nothing else works without it),
 * else the step a menu item asked for ("Export reports…" → export), else the first step not done.
 */
export function startStep(state: SidebarState): number {
  if (!state.progress.settingsSaved) return 0;
  const asked = state.openStep ? STEPS.indexOf(state.openStep) : -1;
  return asked >= 0 ? asked : STEPS.indexOf(nextStep(state));
}
