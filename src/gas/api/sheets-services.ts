// The Apps Script services the Sheets adapter takes as parameters (tests pass the fakes instead).
import type { SheetsServices } from '../sheets/types';

/**
 * The services, with the document properties fetched only when the adapter first uses them (set-up never
 * does); a caller that already holds them passes them in, so they are fetched once per call.
 */
export function sheetsServices(props?: GoogleAppsScript.Properties.Properties): SheetsServices {
  let documentProperties = props;
  return {
    newDataValidation: () => SpreadsheetApp.newDataValidation(),
    newConditionalFormatRule: () => SpreadsheetApp.newConditionalFormatRule(),
    get documentProperties() {
      return (documentProperties ??= PropertiesService.getDocumentProperties());
    },
    rangeProtectionType: SpreadsheetApp.ProtectionType.RANGE,
  };
}
