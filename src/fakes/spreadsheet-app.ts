import { newConditionalFormatRuleBuilder } from './conditional-format';
import { newDataValidationBuilder } from './data-validation';
import { FakeContext, FakeObject, asGas, instrument } from './fake-context';
import { BooleanCriteria, DataValidationCriteria, ProtectionType, WrapStrategy } from './enums';
import type { FakeSpreadsheet } from './spreadsheet';
import { FakeUi } from './ui';

type GasSpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Gas = typeof GoogleAppsScript.Spreadsheet;

export const SPREADSHEET_APP_METHODS = [
  'flush',
  'getActive',
  'getActiveRange',
  'getActiveSheet',
  'getActiveSpreadsheet',
  'getUi',
  'newConditionalFormatRule',
  'newDataValidation',
  'setActiveRange',
  'setActiveSheet',
] as const satisfies readonly (keyof GasSpreadsheetApp)[];

type Provided =
  | (typeof SPREADSHEET_APP_METHODS)[number]
  | 'BooleanCriteria'
  | 'DataValidationCriteria'
  | 'ProtectionType'
  | 'WrapStrategy';

/** SpreadsheetApp bound to one (container) spreadsheet, as for a Sheets add-on. */
export class FakeSpreadsheetApp extends FakeObject implements Pick<GasSpreadsheetApp, Provided> {
  readonly BooleanCriteria = asGas<Gas['BooleanCriteria']>(BooleanCriteria);
  readonly DataValidationCriteria = asGas<Gas['DataValidationCriteria']>(DataValidationCriteria);
  readonly ProtectionType = asGas<Gas['ProtectionType']>(ProtectionType);
  readonly WrapStrategy = asGas<Gas['WrapStrategy']>(WrapStrategy);
  /** How many times flush() was called. */
  flushes = 0;

  constructor(
    ctx: FakeContext,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: FakeUi,
  ) {
    super(ctx);
  }

  flush(): void {
    this.flushes++;
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asGas(this.spreadsheet);
  }

  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return asGas(this.spreadsheet.getActiveRange());
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.spreadsheet.getActiveSheet();
  }

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asGas(this.spreadsheet);
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return asGas(this.ui);
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return asGas(newConditionalFormatRuleBuilder(this.ctx));
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return asGas(newDataValidationBuilder(this.ctx));
  }

  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    return range.activate();
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    return sheet.activate();
  }
}
instrument(FakeSpreadsheetApp, 'SpreadsheetApp', SPREADSHEET_APP_METHODS);
