// Rules that follow the export choice: each chosen report must have something to print (an empty report
// is refused with its reason, before and at export), and the วิเคราะห์ผล tab must be the analysis of the
// settings' ITA year, not of another year's scores.
import type { ReportKind } from '../rpc/contract';
import { roundText } from '../tabs/defaults';
import { scoreFacts } from '../report/facts';
import type { Finding } from '../rpc/contract';
import type { ValidationContext } from './context';

/** Error when the report is exported (or no report is in view), else a warning. */
function severityFor(ctx: ValidationContext, kind: ReportKind): Finding['severity'] {
  const reports = ctx.options.reports;
  return reports === undefined || reports.includes(kind) ? 'error' : 'warning';
}

/** Indicator scores of each year in คะแนน ITA (first row of an indicator wins, as the reports read them). */
function scoresByYear(ctx: ValidationContext): Map<number, Map<number, number>> {
  const byYear = new Map<number, Map<number, number>>();
  for (const s of ctx.data.scores) {
    if (s.kind !== 'indicator' || s.year === null || s.indicator === undefined || s.score === null) continue;
    const year = byYear.get(s.year) ?? new Map<number, number>();
    if (!year.has(s.indicator)) year.set(s.indicator, s.score);
    byYear.set(s.year, year);
  }
  return byYear;
}

const same = (a: number, b: number) => Math.abs(a - b) < 0.005;

/**
 * The year whose scores the วิเคราะห์ผล tab holds when that is not the settings' ITA year (every scored
 * row equals that year's score and not all equal the ITA year's); null when it is the ITA year's or unknown.
 */
export function staleAnalysisYear(ctx: ValidationContext): number | null {
  const itaYear = ctx.settings?.itaYear ?? 0;
  const rows = ctx.data.analysis.filter((a) => a.score !== null);
  if (itaYear === 0 || rows.length === 0) return null;
  const byYear = scoresByYear(ctx);
  const matches = (year: number) => {
    const scores = byYear.get(year);
    return scores !== undefined && rows.every((a) => same(scores.get(a.indicator) ?? NaN, a.score as number));
  };
  if (matches(itaYear)) return null;
  const others = [...byYear.keys()].filter((y) => y !== itaYear && matches(y)).sort((a, b) => b - a);
  return others[0] ?? null;
}

/** วิเคราะห์ผล of another year (the defect: a 2566 paste overwrote the 2569 analysis), or scores that differ. */
export function checkAnalysisYear(ctx: ValidationContext): void {
  const itaYear = ctx.settings?.itaYear ?? 0;
  const first = ctx.data.analysis.find((a) => a.score !== null);
  if (itaYear === 0 || !first) return;
  const stale = staleAnalysisYear(ctx);
  if (stale !== null) {
    ctx.add('analysis', first.sheetRow, 'score', 'analysis-other-year', severityFor(ctx, 'analysis'), {
      value: stale,
      year: itaYear,
    });
    return;
  }
  const current = scoresByYear(ctx).get(itaYear);
  if (!current) return;
  for (const a of ctx.data.analysis) {
    const score = current.get(a.indicator);
    if (a.score === null || score === undefined || same(score, a.score)) continue;
    ctx.add('analysis', a.sheetRow, 'score', 'analysis-score-differs', 'warning', {
      no: a.indicator,
      value: a.score.toFixed(2),
      score: score.toFixed(2),
      year: itaYear,
    });
  }
}

/** A chosen report with nothing to print is an error naming what is missing (only when reports are chosen). */
export function checkChosenReportsHaveContent(ctx: ValidationContext): void {
  const reports = ctx.options.reports;
  const s = ctx.settings;
  if (!reports || !s) return;
  const round = ctx.options.round ?? s.round;
  if (reports.includes('analysis')) {
    const facts = scoreFacts(ctx.data.scores, s.itaYear, s.target);
    const missing = facts.indicators.filter((i) => i.score === null).map((i) => i.no);
    if (missing.length === facts.indicators.length) {
      ctx.add('scores', 0, null, 'report-analysis-no-scores', 'error', { year: s.itaYear });
    } else if (facts.overall === null) {
      ctx.add('scores', 0, null, 'report-analysis-incomplete-scores', 'error', {
        year: s.itaYear,
        value: missing.join(', '),
      });
    }
  }
  if (reports.includes('measures') && ctx.data.measures.length === 0) {
    ctx.add('measures', 0, null, 'report-no-measures', 'error');
  }
  if (reports.includes('results') && !ctx.data.results.some((r) => r.round === round)) {
    ctx.add('results', 0, null, 'report-no-results', 'error', {
      round: roundText(round),
      roundEn: round === '6' ? '6-month' : '12-month',
    });
  }
  if (reports.includes('progress') && !ctx.data.indicatorProgress.some((p) => p.indicator >= 1 && p.indicator <= 8)) {
    ctx.add('indicatorProgress', 0, null, 'report-no-progress', 'error');
  }
  if (reports.includes('oit') && ctx.data.oit.length === 0) {
    ctx.add('oit', 0, null, 'report-no-oit', 'error');
  }
}
