import { rectToA1, type GridRect } from './a1-notation';
import { interpretInput, type CellValue } from './cell-input';
import { satisfiesRule, type ValidationRule } from './data-validation-rule';
import { FakeDataValidation, cloneRule, type RangeResolver } from './data-validation';
import { displayValue } from './display-value';
import { FakeContext, FakeObject, asGas, instrument } from './fake-context';
import { WrapStrategy, type WrapStrategyName } from './enums';
import { FakeProtection } from './protection';
import { cellForWrite, peekCell, type Cell, type CellFormat } from './sheet-model';
import type { FakeSheet } from './sheet';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

export const RANGE_METHODS = [
  'activate',
  'clearContent',
  'clearDataValidations',
  'clearNote',
  'copyFormatToRange',
  'getA1Notation',
  'getBackground',
  'getBackgrounds',
  'getColumn',
  'getDataValidation',
  'getDataValidations',
  'getDisplayValue',
  'getDisplayValues',
  'getFontColor',
  'getFontColors',
  'getFontWeight',
  'getFontWeights',
  'getFormula',
  'getFormulas',
  'getHeight',
  'getHorizontalAlignment',
  'getHorizontalAlignments',
  'getLastColumn',
  'getLastRow',
  'getNote',
  'getNotes',
  'getNumColumns',
  'getNumRows',
  'getNumberFormat',
  'getNumberFormats',
  'getRow',
  'getSheet',
  'getValue',
  'getValues',
  'getVerticalAlignment',
  'getVerticalAlignments',
  'getWidth',
  'getWrap',
  'getWrapStrategies',
  'getWrapStrategy',
  'getWraps',
  'insertCheckboxes',
  'offset',
  'protect',
  'setBackground',
  'setBackgrounds',
  'setDataValidation',
  'setDataValidations',
  'setFontColor',
  'setFontColors',
  'setFontWeight',
  'setFontWeights',
  'setFormula',
  'setFormulas',
  'setHorizontalAlignment',
  'setHorizontalAlignments',
  'setNote',
  'setNotes',
  'setNumberFormat',
  'setNumberFormats',
  'setValue',
  'setValues',
  'setVerticalAlignment',
  'setVerticalAlignments',
  'setWrap',
  'setWrapStrategies',
  'setWrapStrategy',
  'setWraps',
] as const satisfies readonly (keyof GasRange)[];

/** A rectangle over a fake sheet's grid. Reads return copies; writes check dimensions like Apps Script. */
export class FakeRange extends FakeObject implements Pick<GasRange, (typeof RANGE_METHODS)[number]> {
  constructor(
    ctx: FakeContext,
    /** The sheet this range lies on. */
    readonly fakeSheet: FakeSheet,
    /** 1-based position and size. */
    readonly rect: Readonly<GridRect>,
  ) {
    super(ctx);
  }

  // ---- position ----

  activate(): GasRange {
    this.fakeSheet.fakeParent.model.activeSheetId = this.fakeSheet.model.id;
    this.fakeSheet.fakeParent.model.activeRange = { sheetId: this.fakeSheet.model.id, rect: { ...this.rect } };
    return asGas(this);
  }

  getA1Notation(): string {
    return rectToA1(this.rect);
  }

  getColumn(): number {
    return this.rect.column;
  }

  getRow(): number {
    return this.rect.row;
  }

  getNumColumns(): number {
    return this.rect.numColumns;
  }

  getNumRows(): number {
    return this.rect.numRows;
  }

  getWidth(): number {
    return this.rect.numColumns;
  }

  getHeight(): number {
    return this.rect.numRows;
  }

  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }

  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return asGas(this.fakeSheet);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    return this.fakeSheet.getRange(
      this.rect.row + rowOffset,
      this.rect.column + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numColumns,
    );
  }

  // ---- values ----

  getValues(): unknown[][] {
    return this.#map((c) => this.#copy(c.value));
  }

  getValue(): unknown {
    return this.#copy(this.#first().value);
  }

  getDisplayValues(): string[][] {
    const tz = this.fakeSheet.fakeParent.model.timeZone;
    return this.#map((c) => displayValue(c.value, c.numberFormat, tz));
  }

  getDisplayValue(): string {
    const c = this.#first();
    return displayValue(c.value, c.numberFormat, this.fakeSheet.fakeParent.model.timeZone);
  }

  getFormulas(): string[][] {
    return this.#map((c) => c.formula);
  }

  getFormula(): string {
    return this.#first().formula;
  }

  setValues(values: unknown[][]): GasRange {
    this.#checkShape(values, 'setValues');
    this.#writeInputs((r, c) => values[r]![c]);
    return asGas(this);
  }

  setValue(value: unknown): GasRange {
    this.#writeInputs(() => value);
    return asGas(this);
  }

  setFormulas(formulas: string[][]): GasRange {
    this.#checkShape(formulas, 'setFormulas');
    this.#writeInputs((r, c) => formulas[r]![c], true);
    return asGas(this);
  }

  setFormula(formula: string): GasRange {
    this.#writeInputs(() => formula, true);
    return asGas(this);
  }

  /** Clears values and formulas; formats, notes and validation stay (as in Sheets). */
  clearContent(): GasRange {
    this.#each((cell) => {
      cell.value = '';
      cell.formula = '';
    });
    return asGas(this);
  }

  // ---- notes ----

  getNotes(): string[][] {
    return this.#map((c) => c.note);
  }

  getNote(): string {
    return this.#first().note;
  }

  setNotes(notes: Array<Array<string | null>>): GasRange {
    this.#checkShape(notes, 'setNotes');
    this.#each((cell, r, c) => (cell.note = notes[r]![c] ?? ''));
    return asGas(this);
  }

  setNote(note: string | null): GasRange {
    this.#each((cell) => (cell.note = note ?? ''));
    return asGas(this);
  }

  clearNote(): GasRange {
    return this.setNote(null);
  }

  // ---- formats ----

  getBackgrounds(): string[][] {
    return this.#map((c) => c.background);
  }

  getBackground(): string {
    return this.#first().background;
  }

  setBackgrounds(colors: Array<Array<string | null>>): GasRange {
    return this.#setFormats('background', colors, 'setBackgrounds', (v) => normalizeColor(v, '#ffffff'));
  }

  setBackground(color: string | null): GasRange {
    return this.#setFormat('background', normalizeColor(color, '#ffffff'));
  }

  getFontColors(): string[][] {
    return this.#map((c) => c.fontColor);
  }

  getFontColor(): string {
    return this.#first().fontColor;
  }

  setFontColors(colors: unknown[][]): GasRange {
    return this.#setFormats('fontColor', colors, 'setFontColors', (v) => normalizeColor(v, '#000000'));
  }

  setFontColor(color: string | null): GasRange {
    return this.#setFormat('fontColor', normalizeColor(color, '#000000'));
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.#map((c) => c.fontWeight);
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.#first().fontWeight;
  }

  setFontWeights(weights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): GasRange {
    return this.#setFormats('fontWeight', weights, 'setFontWeights', (v) => (v === 'bold' ? 'bold' : 'normal'));
  }

  setFontWeight(weight: GoogleAppsScript.Spreadsheet.FontWeight | null): GasRange {
    return this.#setFormat('fontWeight', weight === 'bold' ? 'bold' : 'normal');
  }

  getNumberFormats(): string[][] {
    return this.#map((c) => c.numberFormat);
  }

  getNumberFormat(): string {
    return this.#first().numberFormat;
  }

  setNumberFormats(formats: string[][]): GasRange {
    return this.#setFormats('numberFormat', formats, 'setNumberFormats', (v) => String(v ?? ''));
  }

  setNumberFormat(format: string): GasRange {
    return this.#setFormat('numberFormat', format);
  }

  getHorizontalAlignments(): string[][] {
    return this.#map((c) => c.horizontalAlignment);
  }

  getHorizontalAlignment(): string {
    return this.#first().horizontalAlignment;
  }

  setHorizontalAlignments(alignments: Array<Array<'left' | 'center' | 'normal' | 'right' | null>>): GasRange {
    return this.#setFormats('horizontalAlignment', alignments, 'setHorizontalAlignments', horizontal);
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GasRange {
    return this.#setFormat('horizontalAlignment', horizontal(alignment));
  }

  getVerticalAlignments(): string[][] {
    return this.#map((c) => c.verticalAlignment);
  }

  getVerticalAlignment(): string {
    return this.#first().verticalAlignment;
  }

  setVerticalAlignments(alignments: Array<Array<'top' | 'middle' | 'bottom' | null>>): GasRange {
    return this.#setFormats('verticalAlignment', alignments, 'setVerticalAlignments', (v) => String(v ?? 'bottom'));
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GasRange {
    return this.#setFormat('verticalAlignment', alignment ?? 'bottom');
  }

  getWrapStrategies(): GoogleAppsScript.Spreadsheet.WrapStrategy[][] {
    return this.#map((c) => asGas(WrapStrategy[c.wrapStrategy]));
  }

  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return asGas(WrapStrategy[this.#first().wrapStrategy]);
  }

  getWraps(): boolean[][] {
    return this.#map((c) => c.wrapStrategy === 'WRAP');
  }

  getWrap(): boolean {
    return this.#first().wrapStrategy === 'WRAP';
  }

  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): GasRange {
    return this.#setFormats('wrapStrategy', strategies, 'setWrapStrategies', (v) => wrapName(this.ctx, v));
  }

  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GasRange {
    return this.#setFormat('wrapStrategy', wrapName(this.ctx, strategy));
  }

  setWraps(wraps: boolean[][]): GasRange {
    return this.#setFormats('wrapStrategy', wraps, 'setWraps', (v) => (v ? 'WRAP' : 'OVERFLOW'));
  }

  setWrap(wrap: boolean): GasRange {
    return this.#setFormat('wrapStrategy', wrap ? 'WRAP' : 'OVERFLOW');
  }

  // ---- data validation ----

  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this.#map((c) => (c.validation ? asGas(this.#ruleView(c.validation)) : null));
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const rule = this.#first().validation;
    return rule ? asGas(this.#ruleView(rule)) : null;
  }

  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): GasRange {
    this.#checkShape(rules, 'setDataValidations');
    const stored = rules.map((row) => row.map((rule) => (rule ? ruleOf(this.ctx, rule) : null)));
    this.#each((cell, r, c) => (cell.validation = stored[r]![c] ?? null));
    return asGas(this);
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GasRange {
    const stored = rule ? ruleOf(this.ctx, rule) : null;
    this.#each((cell) => (cell.validation = stored ? cloneRule(stored) : null));
    return asGas(this);
  }

  clearDataValidations(): GasRange {
    return this.setDataValidation(null);
  }

  /** Checkbox validation (TRUE/FALSE, or the given checked/unchecked values) and every cell set unchecked. */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GasRange {
    const args =
      checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    const unchecked = args.length === 0 ? false : args.length === 1 ? '' : uncheckedValue;
    this.#each((cell) => {
      cell.validation = { criteria: 'CHECKBOX', args: [...args], range: null, allowInvalid: false, helpText: null };
      cell.value = unchecked as CellValue;
      cell.formula = '';
    });
    return asGas(this);
  }

  // ---- copying ----

  /**
   * The reference: "Copy the formatting of the range to the given location. If the destination is larger or
   * smaller than the source range then the source is repeated or truncated accordingly. Note that this
   * method copies the formatting only." The target is a sheet (or its id) of the same spreadsheet; values,
   * notes and validations stay as they are.
   */
  copyFormatToRange(
    target: GoogleAppsScript.Spreadsheet.Sheet | number,
    column: number,
    columnEnd: number,
    row: number,
    rowEnd: number,
  ): void {
    const sheets = this.fakeSheet.fakeParent.model.sheets;
    const model =
      typeof target === 'number'
        ? sheets.find((s) => s.id === target)
        : sheets.find((s) => s === (target as unknown as { model?: unknown }).model);
    if (!model) this.ctx.fail('Invalid argument: sheet');
    if (
      row < 1 ||
      column < 1 ||
      rowEnd < row ||
      columnEnd < column ||
      rowEnd > model.maxRows ||
      columnEnd > model.maxColumns
    )
      this.ctx.fail('Range not found');
    const source = this.#map((c) => formatOf(c));
    for (let r = row; r <= rowEnd; r++) {
      for (let c = column; c <= columnEnd; c++) {
        const format = source[(r - row) % this.rect.numRows]![(c - column) % this.rect.numColumns]!;
        Object.assign(cellForWrite(model, r, c), format);
      }
    }
  }

  // ---- protection ----

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const model = { type: 'RANGE' as const, rect: { ...this.rect }, description: '', warningOnly: false };
    this.fakeSheet.model.protections.push(model);
    return asGas(new FakeProtection(this.ctx, this.fakeSheet, model));
  }

  // ---- internals ----

  #first(): Readonly<Cell> {
    return peekCell(this.fakeSheet.model, this.rect.row, this.rect.column);
  }

  #map<T>(read: (cell: Readonly<Cell>) => T): T[][] {
    const { row, column, numRows, numColumns } = this.rect;
    const out: T[][] = [];
    for (let r = 0; r < numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < numColumns; c++) line.push(read(peekCell(this.fakeSheet.model, row + r, column + c)));
      out.push(line);
    }
    return out;
  }

  #each(write: (cell: Cell, r: number, c: number) => void): void {
    const { row, column, numRows, numColumns } = this.rect;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) write(cellForWrite(this.fakeSheet.model, row + r, column + c), r, c);
    }
  }

  #copy(value: CellValue): unknown {
    return value instanceof Date ? this.ctx.date(value.getTime()) : value;
  }

  /** Dimension check with Apps Script's wording; non-arrays fail like a signature mismatch. */
  #checkShape(data: unknown, method: string): void {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
      this.ctx.fail(
        `The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    const rows = data as unknown[][];
    if (rows.length !== this.rect.numRows) {
      this.ctx.fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.rect.numRows}.`,
      );
    }
    for (const row of rows) {
      if (row.length !== this.rect.numColumns) {
        this.ctx.fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.rect.numColumns}.`,
        );
      }
    }
  }

  /** Interprets every input first, checks reject-invalid validation, then writes (all or nothing). */
  #writeInputs(input: (r: number, c: number) => unknown, asFormula = false): void {
    const { row, column, numRows, numColumns } = this.rect;
    const model = this.fakeSheet.model;
    const tz = this.fakeSheet.fakeParent.model.timeZone;
    const planned: Array<{ r: number; c: number; value: CellValue; formula: string }> = [];
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) {
        const cell = peekCell(model, row + r, column + c);
        const raw = input(r, c);
        const format = asFormula ? '' : cell.numberFormat;
        const stored =
          asFormula && typeof raw === 'string' && raw !== '' && !raw.startsWith('=')
            ? interpretInput(`=${raw}`, format, tz, (t) => this.ctx.date(t))
            : interpretInput(raw, format, tz, (t) => this.ctx.date(t));
        const rule = cell.validation;
        if (rule && !rule.allowInvalid && !satisfiesRule(rule, stored.value, () => this.#rangeValues(rule))) {
          this.ctx.fail(
            `The data you entered in cell ${rectToA1({ row: row + r, column: column + c, numRows: 1, numColumns: 1 })} violates the data validation rules set on this cell.`,
          );
        }
        planned.push({ r, c, ...stored });
      }
    }
    for (const p of planned) {
      const cell = cellForWrite(model, row + p.r, column + p.c);
      cell.value = p.value;
      cell.formula = p.formula;
    }
  }

  #rangeValues(rule: ValidationRule): CellValue[] {
    if (!rule.range) return [];
    const target = this.fakeSheet.fakeParent.resolveReference(rule.range);
    return target.#map((c) => c.value).flat();
  }

  #ruleView(rule: ValidationRule): FakeDataValidation {
    const resolve: RangeResolver = (ref) => this.fakeSheet.fakeParent.resolveReference(ref);
    return new FakeDataValidation(this.ctx, cloneRule(rule), resolve);
  }

  #setFormats<K extends keyof CellFormat>(
    key: K,
    data: unknown[][],
    method: string,
    convert: (v: unknown) => CellFormat[K],
  ): GasRange {
    this.#checkShape(data, method);
    this.#each((cell, r, c) => ((cell as CellFormat)[key] = convert(data[r]![c])));
    return asGas(this);
  }

  #setFormat<K extends keyof CellFormat>(key: K, value: CellFormat[K]): GasRange {
    this.#each((cell) => ((cell as CellFormat)[key] = value));
    return asGas(this);
  }
}
instrument(FakeRange, 'Range', RANGE_METHODS);

/** The format fields of a cell (what copyFormatToRange carries). */
function formatOf(cell: Readonly<Cell>): CellFormat {
  const { background, fontWeight, fontColor, numberFormat, horizontalAlignment, verticalAlignment, wrapStrategy } =
    cell;
  return { background, fontWeight, fontColor, numberFormat, horizontalAlignment, verticalAlignment, wrapStrategy };
}

/** The stored rule behind a DataValidation built by the fake builder. */
function ruleOf(ctx: FakeContext, rule: GoogleAppsScript.Spreadsheet.DataValidation): ValidationRule {
  if (!(rule instanceof FakeDataValidation))
    ctx.fail('Invalid argument: rule (not built by SpreadsheetApp.newDataValidation())');
  return cloneRule(rule.rule);
}

function normalizeColor(color: unknown, fallback: string): string {
  if (color === null || color === undefined || color === '') return fallback;
  return String(color).toLowerCase();
}

function horizontal(value: unknown): string {
  return value === null || value === undefined || value === 'normal' ? 'general' : String(value);
}

function wrapName(ctx: FakeContext, value: unknown): WrapStrategyName {
  const name = String(value);
  if (!(name in WrapStrategy)) ctx.fail(`Invalid argument: strategy (${name})`);
  return name as WrapStrategyName;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Object[]';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  return typeof value === 'object' ? 'Object' : typeof value;
}

/** The stored reference of a range (for VALUE_IN_RANGE rules). */
export function rangeReference(range: FakeRange): NonNullable<ValidationRule['range']> {
  return { sheetId: range.fakeSheet.model.id, rect: { ...range.rect } };
}
