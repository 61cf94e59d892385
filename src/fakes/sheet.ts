import { parseA1, type GridRect } from './a1-notation';
import { interpretInput } from './cell-input';
import { FakeConditionalFormatRule, cloneFormatRule as formatRuleCopy, formatRuleOf } from './conditional-format';
import { FakeRangeList } from './range-list';
import { FakeContext, FakeObject, asGas, instrument } from './fake-context';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import {
  DEFAULT_COLUMN_WIDTH,
  cellForWrite,
  deleteRows,
  insertColumns,
  insertRows,
  lastContentColumn,
  lastContentRow,
  peekCell,
  type SheetModel,
} from './sheet-model';
import type { FakeSpreadsheet } from './spreadsheet';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export const SHEET_METHODS = [
  'activate',
  'appendRow',
  'clearConditionalFormatRules',
  'deleteRow',
  'deleteRows',
  'getColumnWidth',
  'getConditionalFormatRules',
  'getDataRange',
  'getFrozenColumns',
  'getFrozenRows',
  'getIndex',
  'getLastColumn',
  'getLastRow',
  'getMaxColumns',
  'getMaxRows',
  'getName',
  'getParent',
  'getProtections',
  'getRange',
  'getRangeList',
  'getSheetId',
  'getSheetValues',
  'getTabColor',
  'insertColumnAfter',
  'insertColumnsAfter',
  'insertRowAfter',
  'insertRowBefore',
  'insertRowsAfter',
  'insertRowsBefore',
  'protect',
  'setColumnWidth',
  'setColumnWidths',
  'setConditionalFormatRules',
  'setFrozenColumns',
  'setFrozenRows',
  'setName',
  'setTabColor',
] as const satisfies readonly (keyof GasSheet)[];

/** One tab of the fake spreadsheet, a view over its SheetModel. */
export class FakeSheet extends FakeObject implements Pick<GasSheet, (typeof SHEET_METHODS)[number]> {
  constructor(
    ctx: FakeContext,
    /** The spreadsheet holding this sheet. */
    readonly fakeParent: FakeSpreadsheet,
    /** The stored sheet. */
    readonly model: SheetModel,
  ) {
    super(ctx);
  }

  activate(): GasSheet {
    this.fakeParent.model.activeSheetId = this.model.id;
    this.fakeParent.model.activeRange = null;
    return asGas(this);
  }

  /** Writes after the last row with content, growing the sheet when needed, as Sheets does. */
  appendRow(rowContents: unknown[]): GasSheet {
    if (!Array.isArray(rowContents))
      this.ctx.fail("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    const row = lastContentRow(this.model) + 1;
    if (row > this.model.maxRows) insertRows(this.model, this.model.maxRows, row - this.model.maxRows);
    if (rowContents.length > this.model.maxColumns) {
      insertColumns(this.model, this.model.maxColumns, rowContents.length - this.model.maxColumns);
    }
    const tz = this.fakeParent.model.timeZone;
    rowContents.forEach((value, i) => {
      const stored = interpretInput(value, peekCell(this.model, row, i + 1).numberFormat, tz, (t) => this.ctx.date(t));
      Object.assign(cellForWrite(this.model, row, i + 1), stored);
    });
    return asGas(this);
  }

  clearConditionalFormatRules(): void {
    this.model.conditionalFormats = [];
  }

  deleteRow(rowPosition: number): GasSheet {
    this.deleteRows(rowPosition, 1);
    return asGas(this);
  }

  /** Deletes rows; cells below move up, protected and conditionally formatted ranges shrink with them. */
  deleteRows(rowPosition: number, howMany: number): void {
    this.#checkCount(howMany);
    if (!Number.isInteger(rowPosition) || rowPosition < 1 || rowPosition + howMany - 1 > this.model.maxRows) {
      this.ctx.fail('Those rows are out of bounds.');
    }
    if (howMany >= this.model.maxRows - this.model.frozenRows && rowPosition > this.model.frozenRows) {
      this.ctx.fail('Sorry, it is not possible to delete all non-frozen rows.');
    }
    deleteRows(this.model, rowPosition, howMany);
  }

  /** The sheet's rules in priority order (copies: change them with setConditionalFormatRules). */
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    const resolve = this.fakeParent.resolveReference;
    return this.model.conditionalFormats.map((rule) =>
      asGas(new FakeConditionalFormatRule(this.ctx, formatRuleCopy(rule), resolve)),
    );
  }

  /** Replaces every rule of the sheet with `rules`, in that order; their ranges must lie on this sheet. */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    if (!Array.isArray(rules))
      this.ctx.fail(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
      );
    const stored = rules.map((rule) => formatRuleOf(this.ctx, rule));
    for (const rule of stored) {
      if (rule.ranges.some((r) => r.sheetId !== this.model.id))
        this.ctx.fail('Invalid argument: rules (a rule has a range on another sheet)');
      for (const r of rule.ranges) this.#checkRect(r.rect);
    }
    this.model.conditionalFormats = stored;
  }

  getColumnWidth(column: number): number {
    this.#checkColumn(column);
    return this.model.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** From A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): GasRange {
    return this.getRange(1, 1, Math.max(1, lastContentRow(this.model)), Math.max(1, lastContentColumn(this.model)));
  }

  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }

  getFrozenRows(): number {
    return this.model.frozenRows;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.fakeParent.model.sheets.indexOf(this.model) + 1;
  }

  getLastColumn(): number {
    return lastContentColumn(this.model);
  }

  getLastRow(): number {
    return lastContentRow(this.model);
  }

  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  getMaxRows(): number {
    return this.model.maxRows;
  }

  getName(): string {
    return this.model.name;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asGas(this.fakeParent);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.model.protections
      .filter((p) => p.type === String(type))
      .map((p) => asGas<GoogleAppsScript.Spreadsheet.Protection>(new FakeProtection(this.ctx, this, p)));
  }

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): GasRange {
    let rect: GridRect;
    if (typeof a1OrRow === 'string') {
      const parsed = parseA1(a1OrRow, this.model.maxRows, this.model.maxColumns);
      if (!parsed) this.ctx.fail('Range not found');
      rect = parsed;
    } else {
      if (typeof column !== 'number')
        this.ctx.fail("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
      rect = { row: a1OrRow, column, numRows: numRows ?? 1, numColumns: numColumns ?? 1 };
    }
    this.#checkRect(rect);
    return asGas(new FakeRange(this.ctx, this, rect));
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0)
      this.ctx.fail(
        "The parameters (String[]) don't match the method signature for SpreadsheetApp.Sheet.getRangeList.",
      );
    const ranges = a1Notations.map((a1) => this.getRange(a1) as unknown as FakeRange);
    return asGas(new FakeRangeList(this.ctx, ranges));
  }

  /**
   * The values of the rectangle from (startRow, startColumn); -1 rows or columns reach the last row or
   * column with content, as the reference says. On an empty sheet that is no row: refused like getRange.
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? lastContentRow(this.model) - startRow + 1 : numRows;
    const columns = numColumns === -1 ? lastContentColumn(this.model) - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, rows, columns).getValues();
  }

  getSheetId(): number {
    return this.model.id;
  }

  getTabColor(): string | null {
    return this.model.tabColor;
  }

  insertColumnAfter(afterPosition: number): GasSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    this.#checkColumn(afterPosition);
    this.#checkCount(howMany);
    insertColumns(this.model, afterPosition, howMany);
    return asGas(this);
  }

  insertRowAfter(afterPosition: number): GasSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): GasSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    if (!Number.isInteger(beforePosition) || beforePosition < 1 || beforePosition > this.model.maxRows) {
      this.ctx.fail('Those rows are out of bounds.');
    }
    this.#checkCount(howMany);
    insertRows(this.model, beforePosition - 1, howMany);
    return asGas(this);
  }

  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    if (!Number.isInteger(afterPosition) || afterPosition < 1 || afterPosition > this.model.maxRows) {
      this.ctx.fail('Those rows are out of bounds.');
    }
    this.#checkCount(howMany);
    insertRows(this.model, afterPosition, howMany);
    return asGas(this);
  }

  /** Protects the whole sheet; a sheet has at most one such protection, so an existing one is returned. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    let model = this.model.protections.find((p) => p.type === 'SHEET');
    if (!model) {
      model = { type: 'SHEET', rect: null, description: '', warningOnly: false };
      this.model.protections.push(model);
    }
    return asGas(new FakeProtection(this.ctx, this, model));
  }

  setColumnWidth(column: number, width: number): GasSheet {
    return this.setColumnWidths(column, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    this.#checkColumn(startColumn);
    this.#checkColumn(startColumn + numColumns - 1);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths.set(c, width);
    return asGas(this);
  }

  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this.model.maxColumns) this.ctx.fail('Those columns are out of bounds.');
    this.model.frozenColumns = columns;
  }

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this.model.maxRows) this.ctx.fail('Those rows are out of bounds.');
    this.model.frozenRows = rows;
  }

  setName(name: string): GasSheet {
    const clash = this.fakeParent.model.sheets.find(
      (s) => s !== this.model && s.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash) this.ctx.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    if (name.trim() === '') this.ctx.fail('Sheet names cannot be empty.');
    this.model.name = name;
    return asGas(this);
  }

  setTabColor(color: string | null): GasSheet {
    this.model.tabColor = color;
    return asGas(this);
  }

  /** Bounds checks with Apps Script's messages. */
  #checkRect(rect: GridRect): void {
    const { row, column, numRows, numColumns } = rect;
    if (![row, column, numRows, numColumns].every(Number.isFinite)) this.ctx.fail('Range not found');
    if (row < 1) this.ctx.fail('The starting row of the range is too small.');
    if (column < 1) this.ctx.fail('The starting column of the range is too small.');
    if (numRows < 1) this.ctx.fail('The number of rows in the range must be at least 1.');
    if (numColumns < 1) this.ctx.fail('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.model.maxRows || column + numColumns - 1 > this.model.maxColumns) {
      this.ctx.fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  #checkColumn(column: number): void {
    if (!Number.isInteger(column) || column < 1 || column > this.model.maxColumns)
      this.ctx.fail('Those columns are out of bounds.');
  }

  #checkCount(count: number): void {
    if (!Number.isInteger(count) || count < 1)
      this.ctx.fail('The number of rows or columns to insert must be at least 1.');
  }
}
instrument(FakeSheet, 'Sheet', SHEET_METHODS);
