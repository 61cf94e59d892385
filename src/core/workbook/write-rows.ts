// Typed data -> cells to write, without ever touching a cell the user owns. Updates name single cells
// (only add-on columns, or user columns that are still empty), each with what it must show now; new
// records are appended below the last row. Values are as the user should read them: the Sheets adapter's
// safe-write path keeps text as text and leaves cells with formulas alone.
import type { ColumnSpec } from '../tabs/spec';
import { cellText } from './cells';
import type { HeaderMatch } from './header-match';

export type CellInput = string | number | boolean | null;

/** One record to write, identified by key (indicator number, "2566|tool|IIT" …). */
export interface KeyedLine {
  key: string;
  cells: Record<string, CellInput>;
}

/** One existing cell to update (1-based), with the text it must show for the write to go ahead. */
export interface PlannedCell {
  row: number;
  column: number;
  value: string | number | boolean;
  /** '' for a user column filled while empty; undefined for an add-on column (any value but no formula). */
  expect?: string;
}

export interface WritePlan {
  /** Existing cells to update. */
  cells: PlannedCell[];
  /** New rows below the last row: one setValues; width = `width`, starting at column 1. */
  append: { startRow: number; width: number; rows: (string | number | boolean)[][] } | null;
  updatedRows: number;
}

export interface PlanInput {
  columns: readonly ColumnSpec[];
  match: HeaderMatch;
  /** Data range values from A1. */
  values: readonly (readonly unknown[])[];
  /** Formulas of the same range ('' where none); null when not read. */
  formulas: readonly (readonly string[])[] | null;
  /** Key of an existing row from its cells (text by field), or null when the row is not a record of ours. */
  keyOf: (text: Record<string, string>) => string | null;
  lines: readonly KeyedLine[];
  /** Fields the add-on owns: overwritten on matched rows. */
  overwrite: ReadonlySet<string>;
  /** Fields the user owns: written on matched rows only when the cell is empty. */
  fillIfEmpty: ReadonlySet<string>;
}

function toCell(v: CellInput): string | number | boolean {
  return v ?? '';
}

/** Plans the writes that bring a keyed table up to date with `lines`. */
export function planKeyedWrite(input: PlanInput): WritePlan {
  const { match, values, formulas, columns } = input;
  const lastRow = Math.max(values.length, match.headerRow);
  const rowIndexByKey = new Map<string, number>();
  for (let r = match.headerRow; r < values.length; r++) {
    const text: Record<string, string> = {};
    for (const col of columns) {
      const c = match.columns[col.key];
      text[col.key] = c === undefined ? '' : cellText(values[r]?.[c - 1]);
    }
    const key = input.keyOf(text);
    if (key !== null && !rowIndexByKey.has(key)) rowIndexByKey.set(key, r);
  }
  const cells: PlannedCell[] = [];
  const appendLines: KeyedLine[] = [];
  let updatedRows = 0;
  for (const line of input.lines) {
    const r = rowIndexByKey.get(line.key);
    if (r === undefined) {
      appendLines.push(line);
      continue;
    }
    let touched = false;
    for (const [field, value] of Object.entries(line.cells)) {
      const c = match.columns[field];
      if (c === undefined) continue;
      const current = values[r]?.[c - 1];
      // A formula is the user's, whatever it shows ("" included).
      if ((formulas?.[r]?.[c - 1] ?? '') !== '') continue;
      const owned = input.overwrite.has(field);
      const fill = input.fillIfEmpty.has(field) && cellText(current) === '';
      if (!owned && !fill) continue;
      const next = toCell(value);
      if (cellText(current) === cellText(next)) continue;
      cells.push({ row: r + 1, column: c, value: next, ...(owned ? {} : { expect: '' }) });
      touched = true;
    }
    if (touched) updatedRows++;
  }
  let append: WritePlan['append'] = null;
  if (appendLines.length > 0) {
    const width = Math.max(...Object.values(match.columns), values[0]?.length ?? 0, 1);
    const rows = appendLines.map((line) => {
      const row: (string | number | boolean)[] = new Array<string | number | boolean>(width).fill('');
      for (const [field, value] of Object.entries(line.cells)) {
        const c = match.columns[field];
        if (c !== undefined) row[c - 1] = toCell(value);
      }
      return row;
    });
    append = { startRow: lastRow + 1, width, rows };
  }
  return { cells, append, updatedRows };
}
