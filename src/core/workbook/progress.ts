// What is already done in a workbook (settings, tabs, scores of the ITA year, last validation, last export),
// read from the typed workbook: the sidebar opens at the first step not done and says what is done.
import type { ExportLogEntry, TabStatus, ValidationDone, WorkbookProgress } from '../rpc/contract';
import { scoreFacts } from '../report/facts';
import { recentExports } from './recent-exports';
import type { ScoreRow, Settings } from './types';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The ITA year's scores as the reports compute them, or null when the sheet has no indicator score of it. */
export function scoresDone(rows: readonly ScoreRow[], itaYear: number, target: number): WorkbookProgress['scores'] {
  const facts = scoreFacts([...rows], itaYear, target);
  const scored = facts.indicators.filter((i) => i.score !== null);
  if (scored.length === 0) return null;
  const previous = scoreFacts([...rows], itaYear - 1, target);
  const change = facts.overall !== null && previous.overall !== null ? round2(facts.overall - previous.overall) : null;
  return {
    year: itaYear,
    overall: facts.overall,
    level: facts.level,
    target,
    indicators: scored.length,
    belowTarget: scored.filter((i) => (i.score ?? 0) < target).length,
    previousYear: itaYear - 1,
    previousOverall: previous.overall,
    change,
  };
}

export interface ProgressSource {
  settings: Settings | null;
  tabs: readonly TabStatus[];
  scores: readonly ScoreRow[];
  exportLog: readonly ExportLogEntry[];
  validation: ValidationDone | null;
}

export function workbookProgress(source: ProgressSource): WorkbookProgress {
  const s = source.settings;
  return {
    settingsSaved: Boolean(s?.agencyName.trim()),
    tabsReady: source.tabs.filter((t) => t.status === 'ok').length,
    tabsTotal: source.tabs.length,
    scores: s ? scoresDone(source.scores, s.itaYear, s.target) : null,
    validation: source.validation,
    lastExport: recentExports(source.exportLog, 1)[0] ?? null,
  };
}

/** Document property that keeps the last validation's counts and time. */
export const LAST_VALIDATION_KEY = 'ita.lastValidation';

/** The stored record, or null when absent or unreadable (a hand-edited property is ignored, not trusted). */
export function readValidationDone(raw: string | null): ValidationDone | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<ValidationDone>;
    const count = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null);
    const errors = count(v.errors);
    const warnings = count(v.warnings);
    if (typeof v.time !== 'string' || errors === null || warnings === null) return null;
    return { time: v.time.slice(0, 40), errors, warnings, stale: v.stale === true };
  } catch {
    return null;
  }
}
