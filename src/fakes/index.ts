/**
 * In-memory fakes of the Apps Script services the add-on uses. Start with createFakeEnvironment(), then
 * installGlobals(globalThis | vmContext, env). See environment.ts for what the environment exposes.
 */
export { CallCounter } from './call-counter';
export { FakeContext, asGas, type AuthModeName, type Intrinsics } from './fake-context';
export {
  createFakeEnvironment,
  installGlobals,
  GLOBAL_NAMES,
  type FakeEnvironment,
  type FakeEnvironmentOptions,
  type FakeTriggerEvent,
  type GlobalName,
} from './environment';
export {
  PROJECT_MANIFEST,
  advancedServiceEnabled,
  grantedScopes,
  type AppsScriptManifest,
  type AdvancedService,
} from './manifest';
export { SCOPES, requiredScopes, allowedBy, permissionMessage, type ScopeNeed } from './scopes';
export { fakeSheetsServices, type FakeSheetsServices } from './sheets-services';
export {
  columnToLetters,
  lettersToColumn,
  parseA1,
  rectToA1,
  splitSheetName,
  qualifiedA1,
  type GridRect,
} from './a1-notation';
export {
  interpretInput,
  evaluateFormula,
  FORMULA_NOT_EVALUATED,
  PLAIN_TEXT_FORMAT,
  type CellValue,
} from './cell-input';
export { formatDatePattern } from './format-date';
export { FakeSpreadsheet, type RecordedToast } from './spreadsheet';
export { FakeSheet } from './sheet';
export { FakeRange } from './range';
export { FakeRangeList } from './range-list';
export {
  FakeConditionalFormatRule,
  FakeConditionalFormatRuleBuilder,
  FakeBooleanCondition,
  customFormulaHolds,
  effectiveBackground,
  type ConditionalFormatModel,
} from './conditional-format';
export { FakeProtection } from './protection';
export { FakeDataValidation, FakeDataValidationBuilder } from './data-validation';
export type { ValidationRule } from './data-validation-rule';
export type { Cell, CellFormat, SheetModel, SpreadsheetModel, ProtectionModel } from './sheet-model';
export { DEFAULT_CELL, peekCell, lastContentRow, lastContentColumn } from './sheet-model';
export { FakeUi, FakeMenu, type UiRecord, type RecordedMenu, type MenuEntry, type RecordedAlert } from './ui';
export { FakeHtmlOutput, FakeHtmlService } from './html-service';
export { FakeLock, FakeLockService, LockState, type LockStates } from './lock-service';
export { FakeProperties, FakePropertiesService, type PropertyStores } from './properties-service';
export { FakeSession, FakeUser } from './session';
export { FakeUtilities } from './utilities';
export { FakeBlob } from './blob';
export { FakeScriptApp, FakeLogger } from './script-app';
export { FakeSpreadsheetApp } from './spreadsheet-app';
export * as Enums from './enums';
export {
  FakeCharts,
  FakeChart,
  FakeColumnChartBuilder,
  FakeDataTable,
  FakeDataTableBuilder,
  type ChartColumn,
  type ChartRecord,
  type ChartStore,
} from './charts';
export { blankPng } from './png';
export { FakeDocumentApp, FakeDocument, documentUrl, type DocumentStore } from './document/document';
export { FakeDocsDocuments, type FakeDocs } from './document/docs-advanced';
export {
  describeDocument,
  type DescribedDocument,
  type DescribedBlock,
  type DescribedParagraph,
  type DescribedTable,
  type DescribedCell,
  type DescribedRun,
} from './document/describe';
export type { DocumentModel } from './document/doc-model';
export {
  serializeWorkbook,
  deserializeWorkbook,
  parseWorkbookJson,
  type WorkbookJson,
  type SheetJson,
  type JsonCellValue,
  type DataValidationJson,
  type ProtectionJson,
  type WorkbookParseResult,
} from './workbook-json';
