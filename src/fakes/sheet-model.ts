import type { GridRect } from './a1-notation';
import type { CellValue } from './cell-input';
import type { WrapStrategyName } from './enums';
import type { ValidationRule } from './data-validation-rule';
import type { ConditionalFormatModel } from './conditional-format';

/**
 * The emulated workbook as plain data. The fake Spreadsheet/Sheet/Range classes are views over it, the
 * serializer turns it into WorkbookJson, and tests may read it directly without counting service calls.
 */
export interface CellFormat {
  background: string;
  fontWeight: 'bold' | 'normal';
  fontColor: string;
  numberFormat: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapStrategy: WrapStrategyName;
}

export interface Cell extends CellFormat {
  value: CellValue;
  formula: string;
  note: string;
  validation: ValidationRule | null;
}

/** What Apps Script reports for a cell nobody touched. */
export const DEFAULT_CELL: Readonly<Cell> = Object.freeze({
  value: '',
  formula: '',
  note: '',
  validation: null,
  background: '#ffffff',
  fontWeight: 'normal',
  fontColor: '#000000',
  numberFormat: '0.###############',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrapStrategy: 'OVERFLOW',
});

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;

export interface ProtectionModel {
  type: 'RANGE' | 'SHEET';
  /** The protected cells for RANGE protections; null for the whole sheet. */
  rect: GridRect | null;
  description: string;
  warningOnly: boolean;
}

export interface SheetModel {
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  /** Widths of columns that differ from the default, by 1-based column. */
  columnWidths: Map<number, number>;
  /** Sparse grid: cells[row - 1][column - 1], undefined where untouched. */
  cells: Array<Array<Cell | undefined> | undefined>;
  protections: ProtectionModel[];
  /** Conditional-format rules in priority order (the first that holds formats the cell). */
  conditionalFormats: ConditionalFormatModel[];
}

export interface SpreadsheetModel {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetModel[];
  activeSheetId: number;
  activeRange: { sheetId: number; rect: GridRect } | null;
  nextSheetId: number;
}

export function newSheetModel(id: number, name: string, maxRows = DEFAULT_MAX_ROWS, maxColumns = DEFAULT_MAX_COLUMNS) {
  const sheet: SheetModel = {
    id,
    name,
    maxRows,
    maxColumns,
    frozenRows: 0,
    frozenColumns: 0,
    tabColor: null,
    columnWidths: new Map(),
    cells: [],
    protections: [],
    conditionalFormats: [],
  };
  return sheet;
}

/** The cell at (row, column), or the default when untouched. Never creates storage. */
export function peekCell(sheet: SheetModel, row: number, column: number): Readonly<Cell> {
  return sheet.cells[row - 1]?.[column - 1] ?? DEFAULT_CELL;
}

/** The stored cell at (row, column), created on first write. */
export function cellForWrite(sheet: SheetModel, row: number, column: number): Cell {
  const cells = (sheet.cells[row - 1] ??= []);
  return (cells[column - 1] ??= { ...DEFAULT_CELL });
}

export function hasContent(cell: Readonly<Cell>): boolean {
  return cell.value !== '' || cell.formula !== '';
}

/** Last row with a value or formula (formats alone do not count, as in Sheets); 0 when empty. */
export function lastContentRow(sheet: SheetModel): number {
  for (let r = sheet.cells.length; r >= 1; r--) {
    if (sheet.cells[r - 1]?.some((c) => c !== undefined && hasContent(c))) return r;
  }
  return 0;
}

/** Last column with a value or formula; 0 when empty. */
export function lastContentColumn(sheet: SheetModel): number {
  let last = 0;
  for (const row of sheet.cells) {
    if (!row) continue;
    for (let c = row.length; c > last; c--) {
      const cell = row[c - 1];
      if (cell !== undefined && hasContent(cell)) {
        last = c;
        break;
      }
    }
  }
  return last;
}

/** Shifts a rectangle for `count` new lines inserted after `after` (rows or columns). */
function shiftRect(rect: GridRect, axis: 'row' | 'column', after: number, count: number): GridRect {
  const start = axis === 'row' ? rect.row : rect.column;
  const size = axis === 'row' ? rect.numRows : rect.numColumns;
  if (after < start)
    return axis === 'row' ? { ...rect, row: rect.row + count } : { ...rect, column: rect.column + count };
  if (after < start + size - 1) {
    return axis === 'row'
      ? { ...rect, numRows: rect.numRows + count }
      : { ...rect, numColumns: rect.numColumns + count };
  }
  return rect;
}

/** Inserts empty rows after row `after` (0 = at the top); protected and formatted ranges move with their cells. */
export function insertRows(sheet: SheetModel, after: number, count: number): void {
  if (sheet.cells.length > after) sheet.cells.splice(after, 0, ...new Array<undefined>(count));
  sheet.maxRows += count;
  for (const p of sheet.protections) if (p.rect) p.rect = shiftRect(p.rect, 'row', after, count);
  for (const rule of sheet.conditionalFormats)
    for (const r of rule.ranges) r.rect = shiftRect(r.rect, 'row', after, count);
}

/** A rectangle after rows first..first+count-1 are deleted; null when nothing of it is left. */
function shrinkRect(rect: GridRect, first: number, count: number): GridRect | null {
  const end = rect.row + rect.numRows - 1;
  const last = first + count - 1;
  const overlap = Math.max(0, Math.min(end, last) - Math.max(rect.row, first) + 1);
  const kept = rect.numRows - overlap;
  if (kept <= 0) return null;
  const row = rect.row < first ? rect.row : rect.row > last ? rect.row - count : first;
  return { ...rect, row, numRows: kept };
}

/**
 * Deletes rows first..first+count-1: the cells below move up; protected and conditionally formatted ranges
 * shrink with them, and those left with no cell are removed (a rule with no range left disappears), as in Sheets.
 */
export function deleteRows(sheet: SheetModel, first: number, count: number): void {
  sheet.cells.splice(first - 1, count);
  sheet.maxRows -= count;
  sheet.protections = sheet.protections.filter((p) => {
    if (!p.rect) return true;
    const next = shrinkRect(p.rect, first, count);
    if (next) p.rect = next;
    return next !== null;
  });
  sheet.conditionalFormats = sheet.conditionalFormats.filter((rule) => {
    rule.ranges = rule.ranges.flatMap((r) => {
      const next = shrinkRect(r.rect, first, count);
      return next ? [{ ...r, rect: next }] : [];
    });
    return rule.ranges.length > 0;
  });
}

/** Inserts empty columns after column `after`; widths and protected ranges move with their columns. */
export function insertColumns(sheet: SheetModel, after: number, count: number): void {
  for (const row of sheet.cells) {
    if (row && row.length > after) row.splice(after, 0, ...new Array<undefined>(count));
  }
  const widths = new Map<number, number>();
  for (const [col, width] of sheet.columnWidths) widths.set(col > after ? col + count : col, width);
  sheet.columnWidths = widths;
  sheet.maxColumns += count;
  for (const p of sheet.protections) if (p.rect) p.rect = shiftRect(p.rect, 'column', after, count);
  for (const rule of sheet.conditionalFormats)
    for (const r of rule.ranges) r.rect = shiftRect(r.rect, 'column', after, count);
}
