// Writes the parsed scores (คะแนน ITA) and the analysis (วิเคราะห์ผล). Rows are matched by year+kind+
// indicator/tool and by indicator; only add-on columns are overwritten, the user's text columns are
// filled only while empty, new records are appended, cells with formulas are left alone. The tab is read
// once (values; formulas only when existing rows are updated); one write per run of changed cells
// (src/gas/sheets/safe-write.ts). Writes are prepared first, so a task can do all its reads before any write.
import { ANALYSIS_TAB, SCORES_TAB, type TableTabSpec } from '../../core/tabs';
import {
  cellInteger,
  matchHeaders,
  planKeyedWrite,
  scoreKind,
  type KeyedLine,
  type WritePlan,
} from '../../core/workbook';
import { findToolByName } from '../../core/framework';
import { allOf, blockWrites, prepareCells, type PreparedWrite, type SeenGrid } from './safe-write';
import { readTabGrid, type TabGrid } from './read-workbook';
import type { Sheet, Spreadsheet } from './types';

/** A prepared write of table rows, with the rows it adds or updates (what the user is told). */
export interface PreparedRows {
  readonly write: PreparedWrite;
  readonly rows: number;
}

const NO_ROWS: PreparedRows = { write: allOf(), rows: 0 };

/** Prepares a plan through the safe-write path: the updated cells, then the appended rows. */
export function preparePlan(sheet: Sheet, plan: WritePlan, seen?: SeenGrid): PreparedWrite {
  const cells = prepareCells(sheet, plan.cells, seen);
  // The appended rows lie below what was seen: the updates above do not change what they find.
  const append = plan.append ? prepareCells(sheet, blockWrites(plan.append.startRow, 1, plan.append.rows), seen) : null;
  return append ? allOf(cells, append) : cells;
}

/** Applies a plan through the safe-write path: the updated cells, then the appended rows. */
export function applyPlan(sheet: Sheet, plan: WritePlan, seen?: SeenGrid): void {
  preparePlan(sheet, plan, seen).commit();
}

/** Prepares keyed lines for a (scaffolded) table tab read as `tab`. Rows: appended + updated. */
export function prepareKeyedLines(
  tab: TabGrid | null,
  spec: TableTabSpec,
  lines: KeyedLine[],
  keyOf: (text: Record<string, string>) => string | null,
  userFields: readonly string[],
): PreparedRows {
  if (!tab) return NO_ROWS;
  const { sheet, values } = tab;
  const match = matchHeaders(spec.columns, values);
  if (match.foreign || match.empty) return NO_ROWS;
  const plan = (formulas: string[][] | null) =>
    planKeyedWrite({
      columns: spec.columns,
      match,
      values,
      formulas,
      keyOf,
      lines,
      overwrite: new Set(spec.columns.filter((c) => c.computed).map((c) => c.key)),
      fillIfEmpty: new Set(userFields),
    });
  let planned = plan(null);
  let formulas: string[][] | null = null;
  // Formulas matter only where existing rows are updated; appended rows go below the data range.
  if (planned.cells.length > 0) {
    formulas = tab.formulas();
    planned = plan(formulas);
  }
  return {
    write: preparePlan(sheet, planned, formulas ? { values, formulas } : { values }),
    rows: planned.updatedRows + (planned.append?.rows.length ?? 0),
  };
}

/** Writes keyed lines into a (scaffolded) table tab. Returns rows appended + rows updated. */
export function writeKeyedLines(
  ss: Spreadsheet,
  spec: TableTabSpec,
  lines: KeyedLine[],
  keyOf: (text: Record<string, string>) => string | null,
  userFields: readonly string[],
): number {
  const prepared = prepareKeyedLines(readTabGrid(ss, spec.name), spec, lines, keyOf, userFields);
  prepared.write.commit();
  return prepared.rows;
}

/** Key of a score record: "2566|indicator|3", "2566|tool|IIT", "2566|overall". */
export function scoreKey(text: Record<string, string>): string | null {
  const year = cellInteger(text.year ?? '');
  if (year === null) return null;
  // The same reading of ประเภท as the tab reader, so a row typed "indicator" or "ITA" is updated, not doubled.
  const kind = scoreKind(text.kind ?? '');
  if (kind === 'indicator') {
    const n = cellInteger(text.indicator ?? '');
    return n === null ? null : `${year}|indicator|${n}`;
  }
  if (kind === 'tool') {
    const t = findToolByName(text.tool ?? '');
    return t === null ? null : `${year}|tool|${t}`;
  }
  if (kind === 'overall') return `${year}|overall`;
  return null;
}

const analysisKey = (t: Record<string, string>): string | null => {
  const n = cellInteger(t.indicator ?? '');
  return n === null ? null : String(n);
};
const ANALYSIS_USER_FIELDS = ['assessmentIssue', 'developIssue'];

export function prepareScores(tab: TabGrid | null, lines: KeyedLine[]): PreparedRows {
  return prepareKeyedLines(tab, SCORES_TAB, lines, scoreKey, []);
}

export function prepareAnalysis(tab: TabGrid | null, lines: KeyedLine[]): PreparedRows {
  return prepareKeyedLines(tab, ANALYSIS_TAB, lines, analysisKey, ANALYSIS_USER_FIELDS);
}

export function writeScores(ss: Spreadsheet, lines: KeyedLine[]): number {
  return writeKeyedLines(ss, SCORES_TAB, lines, scoreKey, []);
}

export function writeAnalysis(ss: Spreadsheet, lines: KeyedLine[]): number {
  return writeKeyedLines(ss, ANALYSIS_TAB, lines, analysisKey, ANALYSIS_USER_FIELDS);
}
