// The scores a report prints, computed from the คะแนน ITA rows of the analysed year: indicator scores as
// pasted, tool scores as plain means, the overall as 0.3/0.3/0.4 rounded once at the end (reference §b.3),
// and the level from the year's scheme. Never the typed totals (reference §g.12).
import { levelFor, resolveFramework, type Framework, type IndicatorNo, type ToolCode, TOOL_CODES } from '../framework';
import { round2 } from '../thai';
import type { ScoreRow } from '../workbook/types';

export interface IndicatorScore {
  no: IndicatorNo;
  name: string;
  tool: ToolCode;
  score: number | null;
}

export interface ScoreFacts {
  framework: Framework;
  indicators: IndicatorScore[];
  tools: Record<ToolCode, number | null>;
  overall: number | null;
  /** Level word as printed ("B", "ต้องปรับปรุง"); '' when the overall is unknown. */
  level: string;
  passed: boolean | null;
}

function mean(values: (number | null)[]): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return (values as number[]).reduce((s, v) => s + v, 0) / values.length;
}

/** Scores of the ITA year `itaYear` from the score rows (rows of other years are ignored). */
export function scoreFacts(rows: ScoreRow[], itaYear: number): ScoreFacts {
  const { framework } = resolveFramework(itaYear);
  const ofYear = rows.filter((r) => r.year === itaYear && r.kind === 'indicator');
  const indicators = framework.indicators.map((def) => {
    const row = ofYear.find((r) => r.indicator === def.no && r.score !== null);
    return { no: def.no, name: def.nameTh, tool: def.tool, score: row?.score ?? null };
  });
  const tools = {} as Record<ToolCode, number | null>;
  for (const code of TOOL_CODES) {
    tools[code] = mean(indicators.filter((i) => i.tool === code).map((i) => i.score));
  }
  let overall: number | null = null;
  if (TOOL_CODES.every((c) => tools[c] !== null)) {
    overall = round2(TOOL_CODES.reduce((s, c) => s + framework.tools[c].weight * (tools[c] as number), 0));
  }
  const level = overall === null ? null : levelFor(framework.levels, overall, tools);
  return {
    framework,
    indicators,
    tools,
    overall,
    level: level?.level.nameTh ?? '',
    passed: level ? level.level.passed : null,
  };
}

/** Indicators with a score, highest first (ties keep the indicator order). */
export function ranked(facts: ScoreFacts): (IndicatorScore & { score: number })[] {
  return facts.indicators
    .filter((i): i is IndicatorScore & { score: number } => i.score !== null)
    .sort((a, b) => b.score - a.score || a.no - b.no);
}

/** The lowest-scoring indicator of a tool, or undefined when the tool has no scores. */
export function lowestOfTool(facts: ScoreFacts, tool: ToolCode): (IndicatorScore & { score: number }) | undefined {
  const list = ranked(facts).filter((i) => i.tool === tool);
  return list[list.length - 1];
}
