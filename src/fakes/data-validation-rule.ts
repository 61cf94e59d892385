import type { GridRect } from './a1-notation';
import type { CellValue } from './cell-input';
import type { CriteriaName } from './enums';

/**
 * A data-validation rule as stored in a cell. `args` are the criteria values as Apps Script returns them,
 * except for VALUE_IN_RANGE, whose range lives in `range` (args holds `[null, showDropdown]`).
 */
export interface ValidationRule {
  criteria: CriteriaName;
  args: unknown[];
  range: { sheetId: number; rect: GridRect } | null;
  allowInvalid: boolean;
  helpText: string | null;
}

const URL = /^https?:\/\/[^\s]+$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function asNumber(value: CellValue): number | null {
  return typeof value === 'number' ? value : null;
}

/**
 * Whether `value` satisfies the rule (empty cells always do). `rangeValues` supplies the allowed values of
 * VALUE_IN_RANGE rules. Criteria the fake cannot judge (custom formulas) are accepted.
 */
export function satisfiesRule(rule: ValidationRule, value: CellValue, rangeValues: () => CellValue[]): boolean {
  if (value === '') return true;
  const a = rule.args;
  const n = asNumber(value);
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return ((a[0] as unknown[]) ?? []).some((v) => String(v) === String(value));
    case 'VALUE_IN_RANGE':
      return rangeValues().some((v) => v !== '' && String(v) === String(value));
    case 'CHECKBOX':
      return a.length === 0 ? typeof value === 'boolean' : value === a[0] || value === (a.length > 1 ? a[1] : '');
    case 'NUMBER_BETWEEN':
      return n !== null && n >= Number(a[0]) && n <= Number(a[1]);
    case 'NUMBER_NOT_BETWEEN':
      return n !== null && (n < Number(a[0]) || n > Number(a[1]));
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > Number(a[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== null && n >= Number(a[0]);
    case 'NUMBER_LESS_THAN':
      return n !== null && n < Number(a[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== null && n <= Number(a[0]);
    case 'NUMBER_EQUAL_TO':
      return n !== null && n === Number(a[0]);
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== null && n !== Number(a[0]);
    case 'TEXT_IS_VALID_URL':
      return URL.test(String(value));
    case 'TEXT_IS_VALID_EMAIL':
      return EMAIL.test(String(value));
    case 'TEXT_CONTAINS':
      return String(value).includes(String(a[0]));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !String(value).includes(String(a[0]));
    case 'TEXT_EQUAL_TO':
      return String(value) === String(a[0]);
    case 'DATE_IS_VALID_DATE':
      return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
    default:
      return true;
  }
}
