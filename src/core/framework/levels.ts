import type { LevelDef, LevelScheme, ToolCode } from './types';

export interface LevelResult {
  readonly level: LevelDef;
  /**
   * False when a higher level needs per-tool conditions that could not be checked because a tool score is
   * missing; the level returned is then the best one that does not need them.
   */
  readonly toolConditionsChecked: boolean;
}

/**
 * The result level of an overall ITA score under a level scheme. Tool scores are percentages; per-tool
 * conditions are evaluated only when every tool score is known (reference §b.5). Null for a non-finite score.
 */
export function levelFor(
  scheme: LevelScheme,
  overall: number,
  tools: Partial<Record<ToolCode, number | null>> = {},
): LevelResult | null {
  if (!Number.isFinite(overall)) return null;
  const toolScores = [tools.IIT, tools.EIT, tools.OIT];
  const allKnown = toolScores.every((t) => typeof t === 'number' && Number.isFinite(t));
  let skippedForMissingTools = false;
  for (const level of scheme.levels) {
    if (overall < level.minOverall) continue;
    if (level.minEachTool !== undefined) {
      if (!allKnown) {
        skippedForMissingTools = true;
        continue;
      }
      const min = level.minEachTool;
      if (!toolScores.every((t) => (t as number) >= min)) continue;
    }
    return { level, toolConditionsChecked: !skippedForMissingTools };
  }
  return null;
}
