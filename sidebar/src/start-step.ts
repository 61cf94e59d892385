// Which of the four steps the sidebar shows first.
import type { SidebarState, SidebarStep } from '../../src/core/rpc/contract';

const STEPS: readonly SidebarStep[] = ['settings', 'scores', 'validate', 'export'];

/**
 * Index of the first step shown: the settings while no agency is named (nothing else works without it),
 * else the step a menu item asked for ("Export reports…" → export), else the scores step.
 */
export function startStep(state: SidebarState): number {
  if (!state.settings?.agencyName.trim()) return 0;
  const asked = state.openStep ? STEPS.indexOf(state.openStep) : -1;
  return asked >= 0 ? asked : 1;
}
