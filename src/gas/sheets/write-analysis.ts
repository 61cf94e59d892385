// Writes the parsed scores (คะแนน ITA) and the analysis (วิเคราะห์ผล). Rows are matched by year+kind+
// indicator/tool and by indicator; only add-on columns are overwritten, the user's text columns are
// filled only while empty, new records are appended. One read and one write per changed column block.
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
import { ensureRows, readGrid, type Spreadsheet } from './types';

/** Applies a plan: one setValues per column block and one for the appended rows. */
export function applyPlan(sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: WritePlan): void {
  for (const b of plan.columnBlocks) {
    if (b.values.length === 0) continue;
    sheet.getRange(b.startRow, b.column, b.values.length, 1).setValues(b.values.map((v) => [v]));
  }
  if (plan.append) {
    const a = plan.append;
    ensureRows(sheet, a.startRow + a.rows.length - 1);
    sheet.getRange(a.startRow, 1, a.rows.length, a.width).setValues(a.rows);
  }
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
  applyPlan(sheet, plan);
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
