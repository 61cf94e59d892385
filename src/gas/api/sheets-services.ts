// The Apps Script services the Sheets adapter takes as parameters (tests pass the fakes instead).
import type { SheetsServices } from '../sheets/types';

export function sheetsServices(): SheetsServices {
  return {
    newDataValidation: () => SpreadsheetApp.newDataValidation(),
    newConditionalFormatRule: () => SpreadsheetApp.newConditionalFormatRule(),
    documentProperties: PropertiesService.getDocumentProperties(),
    rangeProtectionType: SpreadsheetApp.ProtectionType.RANGE,
  };
}
