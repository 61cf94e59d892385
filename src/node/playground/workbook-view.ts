// What the playground page shows of the emulated workbook: each tab's used range as display strings, the
// cell colours (validation highlights) and the selected cell. Read straight from the fake's model, so
// showing the grid makes no counted service calls.
import type { CellValue, SpreadsheetModel } from '../../fakes';
import { lastContentColumn, lastContentRow, peekCell } from '../../fakes';
import { DEFAULT_COLUMN_WIDTH } from '../../fakes/sheet-model';

export interface CellView {
  /** The value as text. */
  v: string;
  /** Background colour when not white (#rrggbb). */
  bg?: string;
  bold?: true;
  note?: string;
}

export interface TabView {
  name: string;
  frozenRows: number;
  /** Column widths in pixels as set in the sheet, so the grid looks like the tab in Sheets. */
  widths: number[];
  rows: CellView[][];
  /** Rows or columns left out of the view (very large tabs). */
  truncated: boolean;
}

export interface WorkbookView {
  name: string;
  tabs: TabView[];
  active: { tab: string; row: number; column: number } | null;
}

const MAX_ROWS = 400;
const MAX_COLUMNS = 40;

function display(value: CellValue, timeZone: string): string {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).format(date);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export function workbookView(model: SpreadsheetModel): WorkbookView {
  const tabs = model.sheets.map((sheet): TabView => {
    const lastRow = lastContentRow(sheet);
    const lastColumn = lastContentColumn(sheet);
    const rowCount = Math.min(lastRow, MAX_ROWS);
    const columnCount = Math.min(lastColumn, MAX_COLUMNS);
    const rows: CellView[][] = [];
    for (let r = 1; r <= rowCount; r++) {
      const row: CellView[] = [];
      for (let c = 1; c <= columnCount; c++) {
        const cell = peekCell(sheet, r, c);
        const view: CellView = { v: display(cell.value, model.timeZone) };
        if (/^#[0-9a-f]{6}$/i.test(cell.background) && cell.background.toLowerCase() !== '#ffffff') {
          view.bg = cell.background;
        }
        if (cell.fontWeight === 'bold') view.bold = true;
        if (cell.note) view.note = cell.note;
        row.push(view);
      }
      rows.push(row);
    }
    const widths = Array.from({ length: columnCount }, (_, i) => sheet.columnWidths.get(i + 1) ?? DEFAULT_COLUMN_WIDTH);
    return {
      name: sheet.name,
      frozenRows: sheet.frozenRows,
      widths,
      rows,
      truncated: lastRow > MAX_ROWS || lastColumn > MAX_COLUMNS,
    };
  });
  const activeSheet = model.sheets.find((s) => s.id === (model.activeRange?.sheetId ?? model.activeSheetId));
  const rect = model.activeRange?.rect;
  return {
    name: model.name,
    tabs,
    active: activeSheet ? { tab: activeSheet.name, row: rect?.row ?? 1, column: rect?.column ?? 1 } : null,
  };
}
