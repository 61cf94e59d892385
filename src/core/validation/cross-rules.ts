// Rules across rows and tabs: unique ids, results pointing at real measures, a measure for every
// below-target indicator, a result for every measure in the current round, duplicated and copied rows.
import { STANDARD_INDICATORS } from '../framework';
import { matchKey } from '../thai';
import { roundText } from '../tabs/defaults';
import type { TabId } from '../tabs';
import type { ValidationContext } from './context';
import { oitCatalogueOf, reportOitCode, userOitCodes } from './oit-codes';
import { staleAnalysisYear } from './report-rules';

/** Reports each value seen before, pointing at the earlier row. */
function duplicates<T>(
  items: T[],
  key: (t: T) => string,
  onDup: (item: T, firstRow: number) => void,
  rowOf: (t: T) => number,
): void {
  const first = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k === '') continue;
    const seen = first.get(k);
    if (seen === undefined) first.set(k, rowOf(item));
    else onDup(item, seen);
  }
}

export function checkUniqueMeasureIds(ctx: ValidationContext): void {
  duplicates(
    ctx.data.measures,
    (m) => matchKey(m.id),
    (m, other) => ctx.add('measures', m.sheetRow, 'id', 'duplicate-id', 'error', { value: m.id, other }),
    (m) => m.sheetRow,
  );
}

export function checkResultsPointAtMeasures(ctx: ValidationContext): void {
  const ids = new Set(ctx.data.measures.map((m) => matchKey(m.id)));
  for (const r of ctx.data.results) {
    if (r.measureId !== '' && !ids.has(matchKey(r.measureId))) {
      ctx.add('results', r.sheetRow, 'measureId', 'result-unknown-measure', 'error', { value: r.measureId });
    }
  }
}

/**
 * Indicator scores of the analysed year: the คะแนน ITA rows of the settings' ITA year, else the analysis
 * tab (typed by hand) — never an analysis of another year's scores.
 */
function weakIndicators(
  ctx: ValidationContext,
): { no: number; score: number; row: number; tab: TabId; field: string }[] {
  const target = ctx.settings?.target ?? 85;
  const year = ctx.settings?.itaYear ?? 0;
  const fromScores = ctx.data.scores.filter(
    (s) => s.kind === 'indicator' && s.year === year && s.score !== null && s.indicator !== undefined,
  );
  if (fromScores.length > 0) {
    const seen = new Set<number>();
    return fromScores
      .filter((s) => !seen.has(s.indicator as number) && seen.add(s.indicator as number))
      .filter((s) => (s.score as number) < target)
      .map((s) => ({
        no: s.indicator as number,
        score: s.score as number,
        row: s.sheetRow,
        tab: 'scores',
        field: 'score',
      }));
  }
  if (staleAnalysisYear(ctx) !== null) return [];
  return ctx.data.analysis
    .filter((a) => a.score !== null && a.indicator >= 1 && a.indicator <= 10)
    .filter((a) => (a.score as number) < target)
    .map((a) => ({ no: a.indicator, score: a.score as number, row: a.sheetRow, tab: 'analysis', field: 'score' }));
}

export function checkWeakIndicatorsHaveMeasures(ctx: ValidationContext): void {
  const covered = new Set(ctx.data.measures.map((m) => m.indicator).filter((n): n is number => n !== null));
  const target = ctx.settings?.target ?? 85;
  for (const w of weakIndicators(ctx)) {
    if (covered.has(w.no)) continue;
    const name = STANDARD_INDICATORS.find((d) => d.no === w.no)?.nameTh ?? '';
    ctx.add(w.tab, w.row, w.field, 'weak-indicator-without-measure', 'error', {
      no: w.no,
      name,
      score: w.score,
      target,
    });
  }
}

export function checkMeasuresHaveResults(ctx: ValidationContext): void {
  // The export step picks its own round; the settings' round is the default.
  const round = ctx.options.round ?? ctx.settings?.round ?? '12';
  const done = new Set(ctx.data.results.filter((r) => r.round === round).map((r) => matchKey(r.measureId)));
  const severity = ctx.options.purpose === 'results' ? 'error' : 'warning';
  for (const m of ctx.data.measures) {
    if (m.id === '' || done.has(matchKey(m.id))) continue;
    ctx.add('measures', m.sheetRow, 'id', 'measure-without-result', severity, {
      value: m.id,
      round: roundText(round),
      roundEn: round === '6' ? '6-month' : '12-month',
    });
  }
}

/**
 * A row's content for comparison, ids and sources left out: its texts as names compare (matchKey), then its
 * other values. matchKey works character by character and leaves "\u0001" alone, so one matchKey of the
 * joined texts equals the per-text keys joined, at one call per row instead of one per cell.
 */
function rowKey(row: Readonly<Record<string, unknown>>, skip: readonly string[]): string {
  let texts = '';
  let others = '';
  for (const k of Object.keys(row)) {
    if (k === 'sheetRow' || skip.includes(k)) continue;
    const v = row[k];
    if (typeof v === 'string') texts += `${v}\u0001`;
    else others += `${String(v)}\u0001`;
  }
  return `${matchKey(texts)}\u0002${others}`;
}

/** Rows whose content repeats an earlier row of the same tab (ids and sources ignored), §g.8. */
export function checkDuplicateRows(ctx: ValidationContext): void {
  const tabs: [TabId, object[], string[]][] = [
    ['measures', ctx.data.measures, ['id', 'source']],
    ['results', ctx.data.results, []],
    ['indicatorProgress', ctx.data.indicatorProgress, []],
    ['oit', ctx.data.oit, []],
  ];
  for (const [tab, rows, skip] of tabs) {
    duplicates(
      rows as { sheetRow: number }[],
      (r) => rowKey(r as unknown as Record<string, unknown>, skip),
      (r, other) => ctx.add(tab, r.sheetRow, null, 'duplicate-row', 'warning', { other }),
      (r) => r.sheetRow,
    );
  }
}

/** OIT progress text identical across different items (§g.10); short texts are ignored. */
export function checkCopiedProgress(ctx: ValidationContext): void {
  const seen = new Map<string, string>();
  for (const r of ctx.data.oit) {
    const key = matchKey(r.progress);
    if (key.length < 25) continue;
    const other = seen.get(key);
    if (other !== undefined && other !== r.code) {
      ctx.add('oit', r.sheetRow, 'progress', 'copied-progress', 'warning', { value: r.code, other });
    } else if (other === undefined) seen.set(key, r.code);
  }
}

/** OIT codes: known in the framework year (when its list can tell) and not repeated. */
export function checkOitCodes(ctx: ValidationContext): void {
  // Without a complete list for the year the OIT tab is the year's list (reference §c.3): its own codes
  // are not checked against it, only against what the add-on knows.
  const own = oitCatalogueOf(ctx.framework) === 'none' ? userOitCodes(ctx) : new Set<string>();
  const first = new Map<string, number>();
  for (const r of ctx.data.oit) {
    if (r.code === '') continue;
    if (!reportOitCode(ctx, 'oit', r.sheetRow, 'code', r.code, r.code, own)) continue;
    const prev = first.get(r.code);
    if (prev !== undefined)
      ctx.add('oit', r.sheetRow, 'code', 'oit-code-duplicate', 'warning', { value: r.code, other: prev });
    else first.set(r.code, r.sheetRow);
  }
}
