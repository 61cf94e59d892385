import { FakeContext, FakeObject, asGas, instrument } from './fake-context';
import { DataValidationCriteria, type CriteriaName } from './enums';
import type { ValidationRule } from './data-validation-rule';
import { FakeRange, rangeReference } from './range';

type GasDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GasBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

/** Resolves a stored VALUE_IN_RANGE reference back to a Range (provided by the spreadsheet). */
export type RangeResolver = (ref: NonNullable<ValidationRule['range']>) => FakeRange;

export const DATA_VALIDATION_METHODS = [
  'copy',
  'getAllowInvalid',
  'getCriteriaType',
  'getCriteriaValues',
  'getHelpText',
] as const satisfies readonly (keyof GasDataValidation)[];

/** The getters a built rule and a builder share: both read back the rule they hold. */
abstract class RuleHolder extends FakeObject {
  constructor(
    ctx: FakeContext,
    protected rule: ValidationRule,
    protected resolve: RangeResolver | null,
  ) {
    super(ctx);
  }

  copy(): GasBuilder {
    return asGas(new FakeDataValidationBuilder(this.ctx, cloneRule(this.rule), this.resolve));
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return asGas(DataValidationCriteria[this.rule.criteria]);
  }

  getCriteriaValues(): unknown[] {
    return criteriaValues(this.rule, this.resolve);
  }
}

/** A built rule; immutable, as in Apps Script. */
export class FakeDataValidation
  extends RuleHolder
  implements Pick<GasDataValidation, (typeof DATA_VALIDATION_METHODS)[number]>
{
  /** The stored form of this rule. */
  declare readonly rule: ValidationRule;

  getHelpText(): string {
    return this.rule.helpText ?? '';
  }
}
instrument(FakeDataValidation, 'DataValidation', DATA_VALIDATION_METHODS);

export const DATA_VALIDATION_BUILDER_METHODS = [
  'build',
  'copy',
  'getAllowInvalid',
  'getCriteriaType',
  'getCriteriaValues',
  'getHelpText',
  'requireCheckbox',
  'requireDate',
  'requireNumberBetween',
  'requireNumberGreaterThan',
  'requireNumberGreaterThanOrEqualTo',
  'requireNumberLessThan',
  'requireNumberLessThanOrEqualTo',
  'requireTextIsEmail',
  'requireTextIsUrl',
  'requireValueInList',
  'requireValueInRange',
  'setAllowInvalid',
  'setHelpText',
  'withCriteria',
] as const satisfies readonly (keyof GasBuilder)[];

export class FakeDataValidationBuilder
  extends RuleHolder
  implements Pick<GasBuilder, (typeof DATA_VALIDATION_BUILDER_METHODS)[number]>
{
  build(): GasDataValidation {
    return asGas(new FakeDataValidation(this.ctx, cloneRule(this.rule), this.resolve));
  }

  getHelpText(): string | null {
    return this.rule.helpText;
  }

  requireCheckbox(...values: unknown[]): GasBuilder {
    return this.#set('CHECKBOX', values.slice(0, 2));
  }

  requireDate(): GasBuilder {
    return this.#set('DATE_IS_VALID_DATE', []);
  }

  requireNumberBetween(start: number, end: number): GasBuilder {
    return this.#set('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberGreaterThan(n: number): GasBuilder {
    return this.#set('NUMBER_GREATER_THAN', [n]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): GasBuilder {
    return this.#set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }

  requireNumberLessThan(n: number): GasBuilder {
    return this.#set('NUMBER_LESS_THAN', [n]);
  }

  requireNumberLessThanOrEqualTo(n: number): GasBuilder {
    return this.#set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }

  requireTextIsEmail(): GasBuilder {
    return this.#set('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): GasBuilder {
    return this.#set('TEXT_IS_VALID_URL', []);
  }

  requireValueInList(values: string[], showDropdown = true): GasBuilder {
    if (!Array.isArray(values) || values.length === 0) this.ctx.fail('The list of values must not be empty.');
    return this.#set('VALUE_IN_LIST', [[...values], showDropdown]);
  }

  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): GasBuilder {
    if (!(range instanceof FakeRange)) this.ctx.fail('Invalid argument: range');
    const fake = range as FakeRange;
    this.rule = { ...this.rule, criteria: 'VALUE_IN_RANGE', args: [null, showDropdown], range: rangeReference(fake) };
    this.resolve = (ref) => fake.fakeSheet.fakeParent.resolveReference(ref);
    return asGas(this);
  }

  setAllowInvalid(allowInvalid: boolean): GasBuilder {
    this.rule = { ...this.rule, allowInvalid };
    return asGas(this);
  }

  setHelpText(helpText: string): GasBuilder {
    this.rule = { ...this.rule, helpText };
    return asGas(this);
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): GasBuilder {
    const name = String(criteria) as CriteriaName;
    if (name === 'VALUE_IN_RANGE') {
      return this.requireValueInRange(args[0] as GoogleAppsScript.Spreadsheet.Range, args[1] !== false);
    }
    return this.#set(name, [...args]);
  }

  #set(criteria: CriteriaName, args: unknown[]): GasBuilder {
    this.rule = { ...this.rule, criteria, args, range: null };
    return asGas(this);
  }
}
instrument(FakeDataValidationBuilder, 'DataValidationBuilder', DATA_VALIDATION_BUILDER_METHODS);

/** A builder with Apps Script's defaults: no criteria yet, invalid input allowed (shows a warning). */
export function newDataValidationBuilder(ctx: FakeContext): FakeDataValidationBuilder {
  return new FakeDataValidationBuilder(
    ctx,
    { criteria: 'CUSTOM_FORMULA', args: [], range: null, allowInvalid: true, helpText: null },
    null,
  );
}

export function cloneRule(rule: ValidationRule): ValidationRule {
  return {
    ...rule,
    args: rule.args.map((a) => (Array.isArray(a) ? [...(a as unknown[])] : a)),
    range: rule.range ? { sheetId: rule.range.sheetId, rect: { ...rule.range.rect } } : null,
  };
}

function criteriaValues(rule: ValidationRule, resolve: RangeResolver | null): unknown[] {
  const args = cloneRule(rule).args;
  if (rule.criteria === 'VALUE_IN_RANGE' && rule.range && resolve) return [resolve(rule.range), args[1]];
  return args;
}
