// Pasted ITAS text -> parsed scores, analysis and suggested measures. Shared by the sidebar preview (which
// writes nothing) and applyScores (which re-parses the same text on the server before writing).
// Years are never mixed: every year in the paste is stored under its own year, but only the settings'
// ITA year (the current year) gets an analysis and measures — unless the user chooses to make the
// paste's year the current one (then the settings' ITA year changes with it).
import { analyze, type Analysis } from '../analysis';
import type { IndicatorNo } from '../framework';
import { suggestMeasures, type MeasureSuggestion } from '../measures';
import { parseScores, type ParseFinding, type ScoreSet } from '../scores';
import type { ScoreRow, Settings } from './types';

/** What to do with a paste whose year is not the settings' ITA year. */
export type YearChoice = 'store' | 'make-current';

export interface ScorePreviewInput {
  text: string;
  year?: number;
  target?: number;
  /** Default 'store': other years are kept as those years' scores and never replace the current analysis. */
  yearChoice?: YearChoice;
}

/** One year of the paste with its own analysis (the tool and overall records of that year). */
export interface YearScores {
  year: number;
  set: ScoreSet;
  analysis: Analysis;
}

export interface ScorePreview {
  ok: boolean;
  findings: readonly ParseFinding[];
  set: ScoreSet | null;
  /** Year shown and analysed: the settings' ITA year when the paste has it, else the paste's latest. */
  year: number | null;
  analysis: Analysis | null;
  suggestions: MeasureSuggestion[];
  /** Every year of the paste (a paste without a year takes the asked year, else the settings'), oldest first. */
  years: YearScores[];
  /** The settings' ITA year (null without settings). */
  settingsYear: number | null;
  /** The paste's latest year: proposed as the current year when it is not the settings' one. */
  proposedYear: number | null;
  /** Whether `year` is (or, with 'make-current', becomes) the current ITA year: only then are the analysis
   * tab and the measures written. */
  current: boolean;
  yearChoice: YearChoice;
  /** The ITA year the settings get ('make-current' with another year); null when they keep theirs. */
  newItaYear: number | null;
}

/** Indicator scores of one year from the คะแนน ITA rows, as a score set; null when the year has none. */
export function storedScoreSet(rows: readonly ScoreRow[], year: number): ScoreSet | null {
  const indicators: Partial<Record<IndicatorNo, number>> = {};
  let found = false;
  for (const row of rows) {
    if (row.year !== year || row.kind !== 'indicator' || !row.indicator || row.score === null) continue;
    indicators[row.indicator as IndicatorNo] ??= row.score;
    found = true;
  }
  return found ? { year, indicators, indicatorLines: {}, tools: {}, overall: null } : null;
}

/** The paste's sets with their years resolved; a year named twice keeps its first set. */
function pasteYears(sets: readonly ScoreSet[], fallbackYear: number | null): ScoreSet[] {
  const out = new Map<number | null, ScoreSet>();
  for (const s of sets) {
    if (Object.keys(s.indicators).length === 0) continue;
    const year = s.year ?? fallbackYear;
    if (!out.has(year)) out.set(year, year === s.year ? s : { ...s, year });
  }
  return [...out.values()].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
}

/** Parses, picks the year to analyse and analyses it; the previous year comes from the paste, else the sheet. */
export function buildScorePreview(
  input: ScorePreviewInput,
  settings: Settings | null,
  stored: readonly ScoreRow[] = [],
): ScorePreview {
  const parsed = parseScores(input.text);
  const settingsYear = settings && settings.itaYear > 0 ? settings.itaYear : null;
  const sets = pasteYears(parsed.years, input.year ?? settingsYear);
  const named = sets.filter((s): s is ScoreSet & { year: number } => s.year !== null);
  const proposedYear = named.length > 0 ? (named[named.length - 1]?.year ?? null) : null;
  const yearChoice: YearChoice = input.yearChoice ?? 'store';
  const has = (y: number | null | undefined) => y != null && named.some((s) => s.year === y);
  // The year shown: keeping the settings' year, that year when the paste has it, else the year asked for,
  // else the latest; making the paste's year current, the year asked for (when not the settings'), else
  // the latest.
  const asked = has(input.year) ? (input.year as number) : null;
  const year =
    yearChoice === 'store' || settingsYear === null
      ? has(settingsYear)
        ? settingsYear
        : (asked ?? proposedYear)
      : asked !== null && asked !== settingsYear
        ? asked
        : proposedYear;
  const set = year !== null ? (named.find((s) => s.year === year) ?? null) : (sets[0] ?? null);
  const empty = { years: [], settingsYear, proposedYear, current: false, yearChoice, newItaYear: null };
  if (!set)
    return { ok: false, findings: parsed.findings, set: null, year: null, analysis: null, suggestions: [], ...empty };
  const target = input.target ?? settings?.target ?? 85;
  const digits = settings?.digits ?? 'thai';
  const orgName = settings?.agencyName ? { orgName: settings.agencyName } : {};
  const previousOf = (y: number) => named.find((s) => s.year === y - 1) ?? storedScoreSet(stored, y - 1);
  const analysis = analyze(set, {
    ...(year !== null ? { year } : {}),
    target,
    previous: year === null ? null : previousOf(year),
    digits,
    ...orgName,
  });
  const current = year !== null && (settingsYear === null || year === settingsYear || yearChoice === 'make-current');
  // Measures only for the current year: another year's weaknesses are not this year's.
  const suggestions = current
    ? suggestMeasures(analysis, {
        digits,
        frameworkYear: settings?.frameworkYear || analysis.frameworkYear,
        ...orgName,
      })
    : [];
  const years: YearScores[] = named.map((s) =>
    s === set
      ? { year: s.year, set: s, analysis }
      : { year: s.year, set: s, analysis: analyze(s, { year: s.year, target, previous: previousOf(s.year), digits }) },
  );
  return {
    ok: parsed.ok,
    findings: parsed.findings,
    set,
    year,
    analysis,
    suggestions,
    years,
    settingsYear,
    proposedYear,
    current,
    yearChoice,
    newItaYear: current && settingsYear !== null && year !== settingsYear ? year : null,
  };
}
