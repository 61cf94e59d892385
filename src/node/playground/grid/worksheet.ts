// One emulated tab as jspreadsheet worksheet options: values to edit, column widths, cell styles
// (backgrounds, bold, text colour) and notes. Rows and columns cannot be inserted, deleted, moved or
// sorted here: the add-on's tabs keep their layout, as the sidebar expects.
import type jspreadsheet from 'jspreadsheet-ce';
import type { CellView, TabView } from '../workbook-view';
import { columnToLetters } from '../../../core/workbook/column-letters';
import { sheetCellType, type TabRef } from './cell-type';

/** jspreadsheet's column index (0-based) to A1 letters. */
export function columnName(index: number): string {
  return columnToLetters(index + 1);
}

/** What the cell's editor holds: the formula behind a formula cell, else the shown text. */
export function editValue(cell: CellView | undefined): string {
  return cell ? (cell.input ?? cell.v) : '';
}

/** Inline style of a cell, or '' when it has none of its own. */
export function cellStyle(cell: CellView | undefined): string {
  if (!cell) return '';
  const parts: string[] = [];
  if (cell.bg) parts.push(`background-color: ${cell.bg}`);
  if (cell.color) parts.push(`color: ${cell.color}`);
  if (cell.bold) parts.push('font-weight: bold');
  return parts.join('; ');
}

/** Styles and notes by cell name (A1), as jspreadsheet takes them. */
export function stylesAndNotes(tab: TabView): { style: Record<string, string>; comments: Record<string, string> } {
  const style: Record<string, string> = {};
  const comments: Record<string, string> = {};
  tab.rows.forEach((row, y) =>
    row.forEach((cell, x) => {
      const name = `${columnName(x)}${y + 1}`;
      const css = cellStyle(cell);
      if (css) style[name] = css;
      if (cell.note) comments[name] = cell.note;
    }),
  );
  return { style, comments };
}

export function worksheetOptions(ref: TabRef): jspreadsheet.WorksheetOptions {
  const { tab } = ref;
  const type = sheetCellType(ref);
  const { style, comments } = stylesAndNotes(tab);
  return {
    worksheetName: tab.name,
    data: tab.rows.map((row) => row.map(editValue)),
    columns: tab.widths.map((width) => ({ type, width, align: 'left' as const })),
    minDimensions: [tab.widths.length, tab.rows.length],
    style,
    comments,
    tableOverflow: true,
    tableHeight: 'calc(100vh - 150px)',
    tableWidth: '100%',
    allowInsertRow: false,
    allowManualInsertRow: false,
    allowInsertColumn: false,
    allowManualInsertColumn: false,
    allowDeleteRow: false,
    allowDeleteColumn: false,
    allowRenameColumn: false,
    allowComments: false,
    columnDrag: false,
    rowDrag: false,
    columnSorting: false,
    selectionCopy: false,
    defaultColAlign: 'left',
  };
}
