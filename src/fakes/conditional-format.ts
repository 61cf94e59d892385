import type { GridRect } from './a1-notation';
import { displayValue } from './display-value';
import { BooleanCriteria, type BooleanCriteriaName } from './enums';
import { FakeContext, FakeObject, asGas, instrument } from './fake-context';
import { FakeRange, rangeReference } from './range';
import { peekCell, type SheetModel } from './sheet-model';

/**
 * Conditional-format rules as Apps Script documents them: built with SpreadsheetApp.newConditionalFormatRule(),
 * set per sheet with Sheet.setConditionalFormatRules (which replaces the sheet's whole list), read back with
 * getConditionalFormatRules. A rule's ranges move with rows and columns inserted or deleted (sheet-model.ts),
 * and the first rule whose condition holds gives a cell its formats (effectiveBackground below).
 * Only boolean conditions are modelled; gradient rules are out of scope (getGradientCondition gives null).
 */
export interface RangeRef {
  sheetId: number;
  rect: GridRect;
}

export interface ConditionalFormatModel {
  ranges: RangeRef[];
  criteria: BooleanCriteriaName | null;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export type RangeResolver = (ref: RangeRef) => FakeRange;

export function cloneFormatRule(rule: ConditionalFormatModel): ConditionalFormatModel {
  return {
    ...rule,
    ranges: rule.ranges.map((r) => ({ sheetId: r.sheetId, rect: { ...r.rect } })),
    values: [...rule.values],
  };
}

const emptyRule = (): ConditionalFormatModel => ({
  ranges: [],
  criteria: null,
  values: [],
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
});

export const BOOLEAN_CONDITION_METHODS = [
  'getBackground',
  'getBold',
  'getCriteriaType',
  'getCriteriaValues',
  'getFontColor',
  'getItalic',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.BooleanCondition)[];

/** The condition and formats of a rule, read-only. */
export class FakeBooleanCondition
  extends FakeObject
  implements Pick<GoogleAppsScript.Spreadsheet.BooleanCondition, (typeof BOOLEAN_CONDITION_METHODS)[number]>
{
  constructor(
    ctx: FakeContext,
    private readonly rule: ConditionalFormatModel,
  ) {
    super(ctx);
  }

  getBackground(): string | null {
    return this.rule.background;
  }

  getBold(): boolean | null {
    return this.rule.bold;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return asGas(BooleanCriteria[this.rule.criteria as BooleanCriteriaName]);
  }

  getCriteriaValues(): unknown[] {
    return [...this.rule.values];
  }

  getFontColor(): string | null {
    return this.rule.fontColor;
  }

  getItalic(): boolean | null {
    return this.rule.italic;
  }
}
instrument(FakeBooleanCondition, 'BooleanCondition', BOOLEAN_CONDITION_METHODS);

/** Getters shared by a built rule and a builder. */
abstract class FormatRuleHolder extends FakeObject {
  constructor(
    ctx: FakeContext,
    /** The stored form of the rule. */
    readonly rule: ConditionalFormatModel,
    protected resolve: RangeResolver | null,
  ) {
    super(ctx);
  }

  copy(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return asGas(new FakeConditionalFormatRuleBuilder(this.ctx, cloneFormatRule(this.rule), this.resolve));
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.rule.criteria ? asGas(new FakeBooleanCondition(this.ctx, this.rule)) : null;
  }

  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return null;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    const resolve = this.resolve;
    if (!resolve) return [];
    return this.rule.ranges.map((r) => asGas(resolve(r)));
  }
}

export const CONDITIONAL_FORMAT_RULE_METHODS = [
  'copy',
  'getBooleanCondition',
  'getGradientCondition',
  'getRanges',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.ConditionalFormatRule)[];

/** A built rule; immutable, as in Apps Script (change it through copy()). */
export class FakeConditionalFormatRule
  extends FormatRuleHolder
  implements Pick<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, (typeof CONDITIONAL_FORMAT_RULE_METHODS)[number]>
{
  /** The resolver of the spreadsheet the rule's ranges lie on. */
  get resolver(): RangeResolver | null {
    return this.resolve;
  }
}
instrument(FakeConditionalFormatRule, 'ConditionalFormatRule', CONDITIONAL_FORMAT_RULE_METHODS);

export const CONDITIONAL_FORMAT_RULE_BUILDER_METHODS = [
  'build',
  'copy',
  'getBooleanCondition',
  'getGradientCondition',
  'getRanges',
  'setBackground',
  'setBold',
  'setFontColor',
  'setItalic',
  'setRanges',
  'whenCellEmpty',
  'whenCellNotEmpty',
  'whenFormulaSatisfied',
  'whenNumberBetween',
  'whenNumberEqualTo',
  'whenNumberGreaterThan',
  'whenNumberLessThan',
  'whenTextContains',
  'whenTextDoesNotContain',
  'whenTextEndsWith',
  'whenTextEqualTo',
  'whenTextStartsWith',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder)[];

type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

/** SpreadsheetApp.newConditionalFormatRule(): each when… replaces the condition, as in Apps Script. */
export class FakeConditionalFormatRuleBuilder
  extends FormatRuleHolder
  implements Pick<Builder, (typeof CONDITIONAL_FORMAT_RULE_BUILDER_METHODS)[number]>
{
  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    if (!this.rule.criteria) this.ctx.fail('Invalid argument: a conditional format rule needs a condition.');
    return asGas(new FakeConditionalFormatRule(this.ctx, cloneFormatRule(this.rule), this.resolve));
  }

  setBackground(color: string | null): Builder {
    this.rule.background = color === null || color === '' ? null : String(color).toLowerCase();
    return asGas(this);
  }

  setBold(bold: boolean | null): Builder {
    this.rule.bold = bold;
    return asGas(this);
  }

  setFontColor(color: string | null): Builder {
    this.rule.fontColor = color === null || color === '' ? null : String(color).toLowerCase();
    return asGas(this);
  }

  setItalic(italic: boolean | null): Builder {
    this.rule.italic = italic;
    return asGas(this);
  }

  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): Builder {
    if (!Array.isArray(ranges) || ranges.some((r) => !(r instanceof FakeRange))) {
      this.ctx.fail(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges.",
      );
    }
    const fakes = ranges as unknown as FakeRange[];
    this.rule.ranges = fakes.map((r) => rangeReference(r));
    const first = fakes[0];
    if (first) this.resolve = (ref) => first.fakeSheet.fakeParent.resolveReference(ref);
    return asGas(this);
  }

  whenCellEmpty(): Builder {
    return this.#when('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): Builder {
    return this.#when('CELL_NOT_EMPTY', []);
  }

  whenFormulaSatisfied(formula: string): Builder {
    return this.#when('CUSTOM_FORMULA', [formula]);
  }

  whenNumberBetween(start: number, end: number): Builder {
    return this.#when('NUMBER_BETWEEN', [start, end]);
  }

  whenNumberEqualTo(number: number): Builder {
    return this.#when('NUMBER_EQUAL_TO', [number]);
  }

  whenNumberGreaterThan(number: number): Builder {
    return this.#when('NUMBER_GREATER_THAN', [number]);
  }

  whenNumberLessThan(number: number): Builder {
    return this.#when('NUMBER_LESS_THAN', [number]);
  }

  whenTextContains(text: string): Builder {
    return this.#when('TEXT_CONTAINS', [text]);
  }

  whenTextDoesNotContain(text: string): Builder {
    return this.#when('TEXT_DOES_NOT_CONTAIN', [text]);
  }

  whenTextEndsWith(text: string): Builder {
    return this.#when('TEXT_ENDS_WITH', [text]);
  }

  whenTextEqualTo(text: string): Builder {
    return this.#when('TEXT_EQUAL_TO', [text]);
  }

  whenTextStartsWith(text: string): Builder {
    return this.#when('TEXT_STARTS_WITH', [text]);
  }

  #when(criteria: BooleanCriteriaName, values: unknown[]): Builder {
    this.rule.criteria = criteria;
    this.rule.values = values;
    return asGas(this);
  }
}
instrument(FakeConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder', CONDITIONAL_FORMAT_RULE_BUILDER_METHODS);

export function newConditionalFormatRuleBuilder(ctx: FakeContext): FakeConditionalFormatRuleBuilder {
  return new FakeConditionalFormatRuleBuilder(ctx, emptyRule(), null);
}

/** The stored rule behind a rule object handed to setConditionalFormatRules. */
export function formatRuleOf(ctx: FakeContext, rule: unknown): ConditionalFormatModel {
  if (!(rule instanceof FakeConditionalFormatRule))
    ctx.fail('Invalid argument: rules (not built by SpreadsheetApp.newConditionalFormatRule())');
  return cloneFormatRule(rule.rule);
}

// ---- evaluation (for the playground's grid and for tests) ----

/** Splits "a, b, c" at top-level commas (outside quotes and brackets). */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
    else if (!quoted && depth === 0 && ch === ',') {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim());
}

/**
 * The few custom formulas the fake can evaluate without a cell context: TRUE, FALSE, `"text"<>""`,
 * `"a"="b"` and AND/OR/NOT of these. Anything else (cell references, functions) counts as not satisfied.
 */
export function customFormulaHolds(formula: string): boolean {
  const body = formula.replace(/^=/, '').trim();
  if (/^TRUE$/i.test(body)) return true;
  if (/^FALSE$/i.test(body)) return false;
  const compare = /^"((?:[^"]|"")*)"\s*(<>|=)\s*"((?:[^"]|"")*)"$/.exec(body);
  if (compare) return (compare[1] === compare[3]) === (compare[2] === '=');
  const call = /^(AND|OR|NOT)\((.*)\)$/i.exec(body);
  if (call) {
    const args = splitArgs(call[2] ?? '').map(customFormulaHolds);
    const name = (call[1] ?? '').toUpperCase();
    if (name === 'AND') return args.every(Boolean);
    if (name === 'OR') return args.some(Boolean);
    return args.length === 1 && !args[0];
  }
  return false;
}

function holds(rule: ConditionalFormatModel, value: unknown, shown: string): boolean {
  const text = shown.toLowerCase();
  const arg = String(rule.values[0] ?? '').toLowerCase();
  const n = typeof value === 'number' ? value : null;
  const a = Number(rule.values[0]);
  const b = Number(rule.values[1]);
  switch (rule.criteria) {
    case 'CELL_EMPTY':
      return shown === '';
    case 'CELL_NOT_EMPTY':
      return shown !== '';
    case 'TEXT_EQUAL_TO':
      return text === arg;
    case 'TEXT_CONTAINS':
      return text.includes(arg);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(arg);
    case 'TEXT_STARTS_WITH':
      return text.startsWith(arg);
    case 'TEXT_ENDS_WITH':
      return text.endsWith(arg);
    case 'NUMBER_EQUAL_TO':
      return n !== null && n === a;
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > a;
    case 'NUMBER_LESS_THAN':
      return n !== null && n < a;
    case 'NUMBER_BETWEEN':
      return n !== null && n >= Math.min(a, b) && n <= Math.max(a, b);
    case 'CUSTOM_FORMULA':
      return customFormulaHolds(String(rule.values[0] ?? ''));
    default:
      return false;
  }
}

const contains = (rect: GridRect, row: number, column: number) =>
  row >= rect.row && row < rect.row + rect.numRows && column >= rect.column && column < rect.column + rect.numColumns;

/**
 * The background a user sees at (row, column): the first conditional-format rule over the cell whose
 * condition holds decides (its background, or the cell's own when the rule sets none); otherwise the
 * cell's own background. For the playground's grid and for tests; counts no service call.
 */
export function effectiveBackground(sheet: SheetModel, row: number, column: number, timeZone = 'Asia/Bangkok'): string {
  const cell = peekCell(sheet, row, column);
  for (const rule of sheet.conditionalFormats) {
    if (!rule.ranges.some((r) => contains(r.rect, row, column))) continue;
    if (!holds(rule, cell.value, displayValue(cell.value, cell.numberFormat, timeZone))) continue;
    return rule.background ?? cell.background;
  }
  return cell.background;
}
