// Appends chosen suggested measures to มาตรการ, only for indicators that have no measure yet, with new
// stable ids (M01, M02 … after the highest id in use). Existing rows are never touched.
import type { MeasureSuggestion } from '../../core/measures';
import { MEASURES_TAB } from '../../core/tabs';
import { matchHeaders, readTyped, toMeasureRow, type KeyedLine } from '../../core/workbook';
import { preparePlan, type PreparedRows } from './write-analysis';
import { planKeyedWrite } from '../../core/workbook';
import { allOf } from './safe-write';
import { readTabGrid, type TabGrid } from './read-workbook';
import type { Spreadsheet } from './types';

export const SUGGESTED_SOURCE = 'ระบบแนะนำ';

/** Next free ids "M<nn>" after the highest numeric M-id in use. */
export function nextMeasureIds(existing: readonly string[], count: number): string[] {
  let max = 0;
  for (const id of existing) {
    const m = /^M-?(\d+)$/i.exec(id.trim());
    if (m) max = Math.max(max, Number(m[1]));
  }
  return Array.from({ length: count }, (_, i) => `M${String(max + i + 1).padStart(2, '0')}`);
}

const NO_ROWS: PreparedRows = { write: allOf(), rows: 0 };

/** Appends the suggestions whose indicator has no measure; returns how many rows were added. */
export function appendSuggestedMeasures(ss: Spreadsheet, suggestions: readonly MeasureSuggestion[]): number {
  const prepared = prepareSuggestedMeasures(readTabGrid(ss, MEASURES_TAB.name), suggestions);
  prepared.write.commit();
  return prepared.rows;
}

/** Prepares the rows of the suggestions whose indicator has no measure, on the มาตรการ tab read as `tab`. */
export function prepareSuggestedMeasures(tab: TabGrid | null, suggestions: readonly MeasureSuggestion[]): PreparedRows {
  if (!tab) return NO_ROWS;
  const { sheet, values } = tab;
  const match = matchHeaders(MEASURES_TAB.columns, values);
  if (match.foreign || match.empty) return NO_ROWS;
  const existing = readTyped(MEASURES_TAB, values, toMeasureRow).rows;
  const covered = new Set(existing.map((m) => m.indicator).filter((n) => n !== null));
  const fresh = suggestions.filter((s) => !covered.has(s.indicator));
  if (fresh.length === 0) return NO_ROWS;
  const ids = nextMeasureIds(
    existing.map((m) => m.id),
    fresh.length,
  );
  const lines: KeyedLine[] = fresh.map((s, i) => ({
    key: `new:${i}`,
    cells: {
      id: ids[i] ?? '',
      tool: s.tool,
      indicator: s.indicator,
      item: s.item ?? '',
      issue: s.issue,
      measure: s.measure,
      approach: s.approach.map((a) => `- ${a}`).join('\n'),
      steps: s.steps.join('\n'),
      owners: s.owners.join(' / '),
      period: s.period,
      monitoring: s.monitoring,
      source: SUGGESTED_SOURCE,
    },
  }));
  const plan = planKeyedWrite({
    columns: MEASURES_TAB.columns,
    match,
    values,
    formulas: null,
    keyOf: () => null,
    lines,
    overwrite: new Set(),
    fillIfEmpty: new Set(),
  });
  return { write: preparePlan(sheet, plan, { values }), rows: plan.append?.rows.length ?? 0 };
}
