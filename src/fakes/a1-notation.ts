/** A rectangle of cells, 1-based like Apps Script. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

import { columnToLetters } from '../core/workbook/column-letters';

export { columnToLetters };

/** Letters to column number: A → 1, AA → 27. */
export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `A1` for one cell, `A1:C3` for several. */
export function rectToA1(rect: GridRect): string {
  const start = `${columnToLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${columnToLetters(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
}

/** Splits `'My sheet'!A1:B2` or `Sheet1!A1` into sheet name and range part. */
export function splitSheetName(a1: string): { sheetName: string | null; range: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(a1);
  if (quoted) return { sheetName: (quoted[1] ?? '').replace(/''/g, "'"), range: quoted[2] ?? '' };
  const bang = a1.lastIndexOf('!');
  if (bang > 0) return { sheetName: a1.slice(0, bang), range: a1.slice(bang + 1) };
  return { sheetName: null, range: a1 };
}

/** Quotes a sheet name for A1 use when needed: `'ตั้งค่า'!A1` keeps working for any name. */
export function qualifiedA1(sheetName: string, rect: GridRect): string {
  const safe = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${safe}!${rectToA1(rect)}`;
}

interface Endpoint {
  column: number | null;
  row: number | null;
}

function parseEndpoint(text: string): Endpoint | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const column = m[1] ? lettersToColumn(m[1]) : null;
  const row = m[2] ? Number(m[2]) : null;
  if (row === 0) return null;
  return { column, row };
}

/**
 * Parses the range part of an A1 notation (`B2`, `A1:C3`, `A:A`, `2:2`, `A2:C`) against a sheet's size.
 * Open ends run to the sheet's last row/column, as in Sheets. Returns null when the text is not A1.
 */
export function parseA1(a1: string, maxRows: number, maxColumns: number): GridRect | null {
  const parts = a1.trim().split(':');
  if (parts.length > 2) return null;
  const start = parseEndpoint(parts[0] ?? '');
  if (!start) return null;
  if (parts.length === 1) {
    if (start.row === null || start.column === null) return null;
    return { row: start.row, column: start.column, numRows: 1, numColumns: 1 };
  }
  const end = parseEndpoint(parts[1] ?? '');
  if (!end) return null;
  const r1 = start.row ?? 1;
  const c1 = start.column ?? 1;
  const r2 = end.row ?? (start.row === null || end.column !== null ? maxRows : start.row);
  const c2 = end.column ?? maxColumns;
  // `2:2` has no columns at all; `A:A` has no rows.
  if ((start.column === null) !== (end.column === null) && start.row === null) return null;
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return { row: top, column: left, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}
