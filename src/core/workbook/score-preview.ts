// Pasted ITAS text -> parsed scores, analysis and suggested measures. Shared by the sidebar preview (which
// writes nothing) and applyScores (which re-parses the same text on the server before writing).
import { analyze, type Analysis } from '../analysis';
import { suggestMeasures, type MeasureSuggestion } from '../measures';
import { parseScores, type ParseFinding, type ScoreSet } from '../scores';
import type { Settings } from './types';

export interface ScorePreviewInput {
  text: string;
  year?: number;
  target?: number;
}

export interface ScorePreview {
  ok: boolean;
  findings: readonly ParseFinding[];
  set: ScoreSet | null;
  /** Year the scores belong to: the paste's, else the input's, else the settings' ITA year. */
  year: number | null;
  analysis: Analysis | null;
  suggestions: MeasureSuggestion[];
}

/** Parses, picks the year to analyse (the requested one, else the latest in the paste) and analyses it. */
export function buildScorePreview(input: ScorePreviewInput, settings: Settings | null): ScorePreview {
  const parsed = parseScores(input.text);
  const wanted = input.year ?? settings?.itaYear ?? null;
  const sets = parsed.years.filter((s) => Object.keys(s.indicators).length > 0);
  const set =
    sets.find((s) => s.year !== null && s.year === wanted) ??
    [...sets].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0] ??
    null;
  if (!set) return { ok: false, findings: parsed.findings, set: null, year: null, analysis: null, suggestions: [] };
  const year = set.year ?? wanted ?? null;
  const previous = year === null ? null : (sets.find((s) => s.year === year - 1) ?? null);
  const analysis = analyze(set, {
    ...(year !== null ? { year } : {}),
    target: input.target ?? settings?.target ?? 85,
    previous,
    digits: settings?.digits ?? 'thai',
    ...(settings?.agencyName ? { orgName: settings.agencyName } : {}),
  });
  // Item codes as the framework year in force writes them (validation checks them against that year).
  const suggestions = suggestMeasures(analysis, {
    digits: settings?.digits ?? 'thai',
    frameworkYear: settings?.frameworkYear || analysis.frameworkYear,
    ...(settings?.agencyName ? { orgName: settings.agencyName } : {}),
  });
  return { ok: parsed.ok, findings: parsed.findings, set, year, analysis, suggestions };
}
