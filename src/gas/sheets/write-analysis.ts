// Writes the parsed scores (คะแนน ITA) and the analysis (วิเคราะห์ผล). Rows are matched by year+kind+
// indicator/tool and by indicator; only add-on columns are overwritten, the user's text columns are
// filled only while empty, new records are appended, cells with formulas are left alone. One read of values
// and formulas; one write per run of changed cells (src/gas/sheets/safe-write.ts).
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
import { blockWrites, writeCells, type SeenGrid } from './safe-write';
import { readGrid, type Spreadsheet } from './types';

/** Applies a plan through the safe-write path: the updated cells, then the appended rows. */
export function applyPlan(sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: WritePlan, seen?: SeenGrid): void {
  writeCells(sheet, plan.cells, seen);
  if (plan.append) writeCells(sheet, blockWrites(plan.append.startRow, 1, plan.append.rows), seen);
}

/** Writes keyed lines into a (scaffolded) table tab. Returns rows appended + rows updated. */
export function writeKeyedLines(
  ss: Spreadsheet,
  spec: TableTabSpec,
  lines: KeyedLine[],
  keyOf: (text: Record<string, string>) => string | null,
  userFields: readonly string[],
): number {
  const sheet = ss.getSheetByName(spec.name);
  if (!sheet) return 0;
  const values = readGrid(sheet);
  const match = matchHeaders(spec.columns, values);
  if (match.foreign || match.empty) return 0;
  const formulas = sheet.getDataRange().getFormulas();
  const overwrite = new Set(spec.columns.filter((c) => c.computed).map((c) => c.key));
  const plan = planKeyedWrite({
    columns: spec.columns,
    match,
    values,
    formulas,
    keyOf,
    lines,
    overwrite,
    fillIfEmpty: new Set(userFields),
  });
  applyPlan(sheet, plan, { values, formulas });
  return plan.updatedRows + (plan.append?.rows.length ?? 0);
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

export function writeScores(ss: Spreadsheet, lines: KeyedLine[]): number {
  return writeKeyedLines(ss, SCORES_TAB, lines, scoreKey, []);
}

export function writeAnalysis(ss: Spreadsheet, lines: KeyedLine[]): number {
  return writeKeyedLines(
    ss,
    ANALYSIS_TAB,
    lines,
    (t) => {
      const n = cellInteger(t.indicator ?? '');
      return n === null ? null : String(n);
    },
    ['assessmentIssue', 'developIssue'],
  );
}
