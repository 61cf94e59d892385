/**
 * The Sheets adapter of the standard tabs. Every function takes the Spreadsheet as a parameter so Node code
 * (tests, playground, CLI) can pass a fake; only src/gas/api/workbook-api.ts touches SpreadsheetApp.
 */
export type { SheetsServices, Spreadsheet, Sheet } from './types';
export {
  scaffoldWorkbook,
  scaffoldTabAt,
  SCAFFOLD_ORDER,
  scaffoldTableTab,
  scaffoldListsTab,
  refreshPrefilledTabs,
  type ScaffoldOptions,
} from './scaffold';
export { scaffoldSettings, writeSettings, writeSettingValue, workbookDefaults } from './settings-io';
export { readWorkbook, readWorkbookGrids, readScoresTab, readSettingsTab, VALIDATED_TABS } from './read-workbook';
export {
  applyHighlights,
  highlightRuns,
  NEVER_FLAGGED,
  isHighlightRule,
  restoreRememberedColours,
  ERROR_HIGHLIGHT,
  WARNING_HIGHLIGHT,
  HIGHLIGHT_FORMULA,
} from './highlights';
export {
  writeCells,
  prepareCells,
  allOf,
  blockWrites,
  type CellWrite,
  type PreparedWrite,
  type SeenGrid,
} from './safe-write';
export {
  writeScores,
  writeAnalysis,
  writeKeyedLines,
  prepareKeyedLines,
  prepareScores,
  prepareAnalysis,
  scoreKey,
  applyPlan,
  preparePlan,
  type PreparedRows,
} from './write-analysis';
export { appendSuggestedMeasures, prepareSuggestedMeasures, nextMeasureIds, SUGGESTED_SOURCE } from './measures-io';
export { appendExportLog, readExportLog } from './export-log';
// Writes prepared before they are sent, so a task reads every tab before its first write.
export { prepareSettingValue } from './settings-io';
export { readTabGrid, type TabGrid } from './read-workbook';
