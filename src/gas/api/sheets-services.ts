// The Apps Script services the Sheets adapter takes as parameters (tests pass the fakes instead).
import type { SheetsServices } from '../sheets/types';

export function sheetsServices(): SheetsServices {
  let properties: GoogleAppsScript.Properties.Properties | null = null;
  return {
    newDataValidation: () => SpreadsheetApp.newDataValidation(),
    newConditionalFormatRule: () => SpreadsheetApp.newConditionalFormatRule(),
    // Asked for only by the work that uses them (highlights): every service call is a round trip.
    get documentProperties() {
      return (properties ??= PropertiesService.getDocumentProperties());
    },
    rangeProtectionType: SpreadsheetApp.ProtectionType.RANGE,
  };
}
