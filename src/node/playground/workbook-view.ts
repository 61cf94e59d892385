// What the playground page shows of the emulated workbook: each tab's cells as display strings with what
// the editable grid needs to look and behave like the tab in Sheets — colours (validation highlights), bold,
// notes, dropdown lists, tick boxes, warning-only protected cells — plus blank rows below the content to
// type into. Read straight from the fake's model, so showing the grid makes no counted service calls.
import type { CellValue, SpreadsheetModel, SheetModel, ValidationRule } from '../../fakes';
import { lastContentColumn, lastContentRow, peekCell } from '../../fakes';
import { displayValue } from '../../fakes/display-value';
import { satisfiesRule } from '../../fakes/data-validation-rule';
import { DEFAULT_COLUMN_WIDTH } from '../../fakes/sheet-model';

export interface CellView {
  /** What Sheets shows in the cell. */
  v: string;
  /** What the cell's editor starts with when it differs from `v` (a formula). */
  input?: string;
  /** Background colour when not white (#rrggbb). */
  bg?: string;
  /** Text colour when not black (#rrggbb). */
  color?: string;
  bold?: true;
  wrap?: true;
  note?: string;
  /** Index into TabView.lists: the cell has a dropdown (data validation) with these choices. */
  list?: number;
  /** A tick box (data validation): `v` is TRUE or FALSE. */
  check?: true;
  /** The value is outside its dropdown's choices (Sheets marks it with a red corner). */
  invalid?: true;
  /** Inside a warning-only protection: Sheets asks before an edit. */
  guarded?: true;
}

export interface TabView {
  name: string;
  frozenRows: number;
  /** Column widths in pixels as set in the sheet, so the grid looks like the tab in Sheets. */
  widths: number[];
  rows: CellView[][];
  /** The distinct dropdown lists of the tab (cells refer to them by index). */
  lists: string[][];
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
/**
 * Blank rows shown below the last filled row, to type new entries into (as Sheets shows empty rows); the
 * count grows in steps, so typing into a new row keeps the grid as it is instead of redrawing it.
 */
const SPARE_ROWS = 20;
const ROW_STEP = 50;
const SPARE_COLUMNS = 2;
const HEX = /^#[0-9a-f]{6}$/i;

/** The choices a dropdown rule offers, in order, without repeats or blanks; null for other rules. */
function ruleChoices(model: SpreadsheetModel, rule: ValidationRule): string[] | null {
  let values: unknown[];
  if (rule.criteria === 'VALUE_IN_LIST') values = (rule.args[0] as unknown[] | undefined) ?? [];
  else if (rule.criteria === 'VALUE_IN_RANGE' && rule.range) values = rangeValues(model, rule.range);
  else return null;
  return [...new Set(values.map((v) => String(v)).filter((v) => v !== ''))];
}

function rangeValues(model: SpreadsheetModel, ref: NonNullable<ValidationRule['range']>): CellValue[] {
  const sheet = model.sheets.find((s) => s.id === ref.sheetId);
  if (!sheet) return [];
  const values: CellValue[] = [];
  for (let r = ref.rect.row; r < ref.rect.row + ref.rect.numRows; r++) {
    for (let c = ref.rect.column; c < ref.rect.column + ref.rect.numColumns; c++)
      values.push(peekCell(sheet, r, c).value);
  }
  return values;
}

function guardedAt(sheet: SheetModel, row: number, column: number): boolean {
  return sheet.protections.some((p) => {
    if (!p.warningOnly) return false;
    if (!p.rect) return true;
    const { rect } = p;
    return (
      row >= rect.row &&
      row < rect.row + rect.numRows &&
      column >= rect.column &&
      column < rect.column + rect.numColumns
    );
  });
}

function tabView(model: SpreadsheetModel, sheet: SheetModel): TabView {
  const lastRow = lastContentRow(sheet);
  const lastColumn = lastContentColumn(sheet);
  const rowCount = Math.min(Math.ceil((lastRow + SPARE_ROWS) / ROW_STEP) * ROW_STEP, sheet.maxRows, MAX_ROWS);
  const columnCount = Math.max(1, Math.min(lastColumn + SPARE_COLUMNS, sheet.maxColumns, MAX_COLUMNS));
  const lists: string[][] = [];
  const listIndex = new Map<string, number>();
  const rangeCache = new Map<ValidationRule, string[] | null>();
  const rows: CellView[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row: CellView[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = peekCell(sheet, r, c);
      const view: CellView = { v: displayValue(cell.value, cell.numberFormat, model.timeZone) };
      if (cell.formula) view.input = cell.formula;
      if (HEX.test(cell.background) && cell.background.toLowerCase() !== '#ffffff') view.bg = cell.background;
      if (HEX.test(cell.fontColor) && cell.fontColor.toLowerCase() !== '#000000') view.color = cell.fontColor;
      if (cell.fontWeight === 'bold') view.bold = true;
      if (cell.wrapStrategy === 'WRAP') view.wrap = true;
      if (cell.note) view.note = cell.note;
      const rule = cell.validation;
      if (rule?.criteria === 'CHECKBOX') view.check = true;
      else if (rule) {
        if (!rangeCache.has(rule)) rangeCache.set(rule, ruleChoices(model, rule));
        const choices = rangeCache.get(rule);
        if (choices) {
          const key = JSON.stringify(choices);
          let index = listIndex.get(key);
          if (index === undefined) {
            index = lists.push(choices) - 1;
            listIndex.set(key, index);
          }
          view.list = index;
        }
        if (!satisfiesRule(rule, cell.value, () => (rule.range ? rangeValues(model, rule.range) : []))) {
          view.invalid = true;
        }
      }
      if (guardedAt(sheet, r, c)) view.guarded = true;
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
    lists,
    truncated: lastRow > MAX_ROWS || lastColumn > MAX_COLUMNS,
  };
}

export function workbookView(model: SpreadsheetModel): WorkbookView {
  const activeSheet = model.sheets.find((s) => s.id === (model.activeRange?.sheetId ?? model.activeSheetId));
  const rect = model.activeRange?.rect;
  return {
    name: model.name,
    tabs: model.sheets.map((sheet) => tabView(model, sheet)),
    active: activeSheet ? { tab: activeSheet.name, row: rect?.row ?? 1, column: rect?.column ?? 1 } : null,
  };
}
