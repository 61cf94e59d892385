// The one path by which the add-on puts values into cells the user can see. Each write says what the cell
// must hold for the add-on to own it; the cell is compared with that just before writing, and a cell with
// a formula (whatever it shows, "" included) or with text the user changed is left alone. Strings are
// stored as that very text (an apostrophe where Sheets would parse them). Only the written cells are
// touched: neighbours are never "written back", so nothing of the user's is re-parsed on the way.
import { cellText, sheetsWouldParse } from '../../core/workbook';
import type { Sheet } from './types';

export type WriteValue = string | number | boolean;

/** One cell the add-on wants to write. */
export interface CellWrite {
  row: number;
  column: number;
  /** What the user should see: strings stay text whatever they look like. */
  value: WriteValue;
  /**
   * The text the cell must show now for the write to go ahead: '' for a cell the add-on fills only while
   * empty, or the add-on's earlier text for a cell it refreshes. Omitted for the add-on's own columns
   * (computed scores, a setting saved from the sidebar): any value is replaced, a formula never.
   */
  expect?: string;
}

/** What the caller read just before (values, and formulas when it has them), from A1. */
export interface SeenGrid {
  values: readonly (readonly unknown[])[];
  formulas?: readonly (readonly string[])[] | null;
}

const PLAIN_TEXT = '@';

interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

function boxOf(writes: readonly CellWrite[]): Box {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = 0;
  let c1 = 0;
  for (const w of writes) {
    r0 = Math.min(r0, w.row);
    c0 = Math.min(c0, w.column);
    r1 = Math.max(r1, w.row);
    c1 = Math.max(c1, w.column);
  }
  return { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
}

/** Values and formulas at each written cell: from what the caller saw, reading only what it lacks. */
function currentCells(
  sheet: Sheet,
  box: Box,
  seen: SeenGrid | undefined,
  size: { rows: number; columns: number },
): { value: (r: number, c: number) => unknown; formula: (r: number, c: number) => string } {
  if (!seen) {
    // Cells past the sheet's end do not exist yet: empty, no formula.
    const rows = Math.min(box.rows, size.rows - box.row + 1);
    const columns = Math.min(box.columns, size.columns - box.column + 1);
    const range = rows > 0 && columns > 0 ? sheet.getRange(box.row, box.column, rows, columns) : null;
    const values = range?.getValues() ?? [];
    const formulas = range?.getFormulas() ?? [];
    return {
      value: (r, c) => values[r - box.row]?.[c - box.column] ?? '',
      formula: (r, c) => formulas[r - box.row]?.[c - box.column] ?? '',
    };
  }
  // The caller's grid is the data range: every cell with a value or a formula lies inside it.
  const seenRows = seen.values.length;
  const seenColumns = Math.max(0, ...seen.values.map((row) => row.length));
  const inside = (r: number, c: number) => r <= seenRows && c <= seenColumns;
  let formulas = seen.formulas ?? null;
  let offset = { row: 1, column: 1 };
  if (!formulas && box.row <= seenRows && box.column <= seenColumns) {
    const rows = Math.min(seenRows, box.row + box.rows - 1) - box.row + 1;
    const columns = Math.min(seenColumns, box.column + box.columns - 1) - box.column + 1;
    formulas = sheet.getRange(box.row, box.column, rows, columns).getFormulas();
    offset = { row: box.row, column: box.column };
  }
  return {
    value: (r, c) => (inside(r, c) ? seen.values[r - 1]?.[c - 1] : ''),
    formula: (r, c) => (inside(r, c) ? (formulas?.[r - offset.row]?.[c - offset.column] ?? '') : ''),
  };
}

/** Rectangles covering exactly the given cells: runs along each row, stacked while rows repeat the run. */
function rectangles(cells: readonly CellWrite[]): CellWrite[][][] {
  const byRow = new Map<number, CellWrite[]>();
  for (const w of cells) byRow.set(w.row, [...(byRow.get(w.row) ?? []), w]);
  const out: CellWrite[][][] = [];
  const open = new Map<string, CellWrite[][]>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const line = (byRow.get(row) ?? []).sort((a, b) => a.column - b.column);
    const runs: CellWrite[][] = [];
    for (const w of line) {
      const run = runs[runs.length - 1];
      const last = run?.[run.length - 1];
      if (run && last && w.column === last.column + 1) run.push(w);
      else if (!(last && w.column === last.column)) runs.push([w]);
    }
    const still = new Map<string, CellWrite[][]>();
    for (const run of runs) {
      const key = `${run[0]?.column}:${run.length}`;
      const rect = open.get(key);
      const lastRow = rect?.[rect.length - 1]?.[0]?.row;
      if (rect && lastRow === row - 1) {
        rect.push(run);
        still.set(key, rect);
      } else {
        const fresh = [run];
        out.push(fresh);
        still.set(key, fresh);
      }
    }
    open.clear();
    for (const [k, v] of still) open.set(k, v);
  }
  return out;
}

/**
 * A write whose reads are done and whose Sheets writes are not: `commit()` sends them. Preparing every write
 * of a task before committing any keeps all reads ahead of all writes (a read after a queued write costs
 * real Apps Script a flush).
 */
export interface PreparedWrite {
  /** Cells that will be written. */
  readonly count: number;
  commit(): void;
}

const NOTHING: PreparedWrite = { count: 0, commit: () => undefined };

/** Rows or columns the sheet has: the caller's grid proves `seen` exist; more are read only when needed. */
function sizeNeeded(
  seen: number,
  needed: number,
  read: () => number,
): { missing: number; after: number; size: number } {
  if (needed <= seen) return { missing: 0, after: 0, size: seen };
  const max = read();
  return needed > max ? { missing: needed - max, after: max, size: max } : { missing: 0, after: 0, size: max };
}

/**
 * Reads what writing `writes` needs (the cells' formulas where the caller lacks them, the sheet's size when
 * the cells run past what it saw, number formats for text Sheets would parse) and returns the writes,
 * unsent. `seen` is the data range the caller read just before (saves reading it again); without it the
 * cells are read here.
 */
export function prepareCells(sheet: Sheet, writes: readonly CellWrite[], seen?: SeenGrid): PreparedWrite {
  if (writes.length === 0) return NOTHING;
  const box = boxOf(writes);
  const lastRow = box.row + box.rows - 1;
  const lastColumn = box.column + box.columns - 1;
  // The data range lies inside the sheet: cells within it need no size check.
  const seenRows = seen ? seen.values.length : 0;
  const seenColumns = seen ? seen.values.reduce((n, row) => Math.max(n, row.length), 0) : 0;
  const rows = sizeNeeded(seenRows, lastRow, () => sheet.getMaxRows());
  const columns = sizeNeeded(seenColumns, lastColumn, () => sheet.getMaxColumns());
  const now = currentCells(sheet, box, seen, { rows: rows.size, columns: columns.size });
  const kept = writes.filter((w) => {
    if (now.formula(w.row, w.column) !== '') return false;
    const shown = cellText(now.value(w.row, w.column));
    if (w.expect !== undefined && shown !== w.expect) return false;
    const text = cellText(w.value);
    // Already showing it: nothing to do (and a number the user typed stays a number).
    return !(text !== '' && shown === text);
  });
  if (kept.length === 0) return NOTHING;
  const k = boxOf(kept);
  const parsed = kept.some((w) => typeof w.value === 'string' && sheetsWouldParse(w.value));
  const rects = rectangles(kept);
  // One rectangle is the kept cells' box: the range whose formats are read is the one written.
  let whole: GoogleAppsScript.Spreadsheet.Range | null = null;
  const readFormats = () => {
    const range = sheet.getRange(k.row, k.column, k.rows, k.columns);
    if (rects.length === 1) whole = range;
    return range.getNumberFormats();
  };
  // Rows or columns still to be inserted cannot be read yet: their formats are read once they exist.
  const inserts = rows.missing > 0 || columns.missing > 0;
  let formats = parsed && !inserts ? readFormats() : null;
  return {
    count: kept.length,
    commit() {
      if (rows.missing > 0) sheet.insertRowsAfter(rows.after, rows.missing);
      if (columns.missing > 0) sheet.insertColumnsAfter(columns.after, columns.missing);
      if (parsed && !formats) formats = readFormats();
      const plainText = (r: number, c: number) => formats?.[r - k.row]?.[c - k.column] === PLAIN_TEXT;
      const stored = (w: CellWrite): WriteValue =>
        typeof w.value === 'string' && sheetsWouldParse(w.value) && !plainText(w.row, w.column)
          ? `'${w.value}`
          : w.value;
      for (const rect of rects) {
        const first = rect[0]?.[0] as CellWrite;
        const range = whole ?? sheet.getRange(first.row, first.column, rect.length, rect[0]?.length ?? 1);
        range.setValues(rect.map((run) => run.map(stored)));
      }
    },
  };
}

/** Several prepared writes as one: committed in the order given. */
export function allOf(...prepared: readonly PreparedWrite[]): PreparedWrite {
  return {
    count: prepared.reduce((n, p) => n + p.count, 0),
    commit: () => prepared.forEach((p) => p.commit()),
  };
}

/**
 * Writes the cells the add-on owns and the user has not changed; returns how many were written. `seen` is
 * the data range the caller read just before (saves reading it again); without it the cells are read here.
 */
export function writeCells(sheet: Sheet, writes: readonly CellWrite[], seen?: SeenGrid): number {
  const prepared = prepareCells(sheet, writes, seen);
  prepared.commit();
  return prepared.count;
}

/** The cells of a block of rows at (row, column): every cell expected empty (new rows, new columns). */
export function blockWrites(row: number, column: number, block: readonly (readonly WriteValue[])[]): CellWrite[] {
  return block.flatMap((line, r) => line.map((value, c) => ({ row: row + r, column: column + c, value, expect: '' })));
}
