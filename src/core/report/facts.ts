// The scores a report prints, computed from the คะแนน ITA rows of the analysed year: indicator scores as
// pasted, tool scores as plain means, the overall as 0.3/0.3/0.4 rounded once at the end (reference §b.3),
// and the level from the year's scheme. Never the typed totals (reference §g.12).
import { analyze } from '../analysis';
import { resolveFramework, type Framework, type IndicatorNo, type ToolCode, TOOL_CODES } from '../framework';
import type { ScoreSet } from '../scores/types';
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

/** Scores of the ITA year `itaYear` from the score rows (rows of other years are ignored), through analyze(). */
export function scoreFacts(rows: ScoreRow[], itaYear: number, target = 85): ScoreFacts {
  const indicatorScores: Partial<Record<IndicatorNo, number>> = {};
  for (const row of rows) {
    if (row.year === itaYear && row.kind === 'indicator' && row.indicator && row.score !== null) {
      indicatorScores[row.indicator as IndicatorNo] ??= row.score;
    }
  }
  const set: ScoreSet = { year: itaYear, indicators: indicatorScores, indicatorLines: {}, tools: {}, overall: null };
  const analysis = analyze(set, { year: itaYear, target });
  const { framework } = resolveFramework(analysis.frameworkYear);
  const indicators = framework.indicators.map((def) => ({
    no: def.no,
    name: def.nameTh,
    tool: def.tool,
    score: indicatorScores[def.no] ?? null,
  }));
  const tools = {} as Record<ToolCode, number | null>;
  for (const code of TOOL_CODES) tools[code] = analysis.tools[code].score;
  const level = analysis.overall.score === null ? null : analysis.overall.level;
  return {
    framework,
    indicators,
    tools,
    overall: analysis.overall.score,
    level: level?.nameTh ?? '',
    passed: level ? level.passed : null,
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
