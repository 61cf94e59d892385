import type { FakeEnvironment } from './environment';

/**
 * The services the Sheets adapters take (src/gas/sheets SheetsServices), taken from a fake environment,
 * so tests and benchmarks build them in one way.
 */
export interface FakeSheetsServices {
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  documentProperties: GoogleAppsScript.Properties.Properties;
  rangeProtectionType: GoogleAppsScript.Spreadsheet.ProtectionType;
}

export function fakeSheetsServices(env: FakeEnvironment): FakeSheetsServices {
  return {
    newDataValidation: () =>
      env.SpreadsheetApp.newDataValidation() as GoogleAppsScript.Spreadsheet.DataValidationBuilder,
    newConditionalFormatRule: () =>
      env.SpreadsheetApp.newConditionalFormatRule() as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
    documentProperties: env.PropertiesService.getDocumentProperties() as GoogleAppsScript.Properties.Properties,
    rangeProtectionType: env.SpreadsheetApp.ProtectionType.RANGE,
  };
}
