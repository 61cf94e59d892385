// The only entry of dist/Code.js. Every export here becomes a top-level Apps Script function (menus,
// triggers, google.script.run); everything else in the bundle stays private.
import { buildMenu } from './gas/menu';
import { openSidebar } from './gas/sidebar';
import { menuAction, rpc, rpc0 } from './gas/rpc';
import {
  ApplyScoresInput,
  ExportInput,
  PreviewScoresInput,
  ScaffoldTabInput,
  SelectCellInput,
  SettingsInput,
  ValidateArgs,
} from './core/rpc/contract';
import * as workbook from './gas/api/workbook-api';
import * as exporter from './gas/api/export-api';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  openSidebar();
}

/** Menu: create or repair the standard tabs, then say what was done. */
export const menuScaffold = menuAction('menuScaffold', workbook.scaffoldFromMenu);

/** Menu: validate, highlight the problem cells and summarise. */
export const menuValidate = menuAction('menuValidate', workbook.validateFromMenu);

/** Menu: exporting needs choices (reports, round, layout), so it opens the sidebar at step 4, which makes them. */
export function menuExport(): void {
  workbook.requestSidebarStep('export');
  openSidebar();
}

// google.script.run targets: each parses its input and answers RpcResult.
export const getSidebarState = rpc0('getSidebarState', workbook.getSidebarState);
export const saveSettings = rpc('saveSettings', SettingsInput, workbook.saveSettings);
export const scaffoldTabs = rpc0('scaffoldTabs', workbook.scaffoldTabs);
export const scaffoldTab = rpc('scaffoldTab', ScaffoldTabInput, workbook.scaffoldTab);
export const previewScores = rpc('previewScores', PreviewScoresInput, workbook.previewScores);
export const applyScores = rpc('applyScores', ApplyScoresInput, workbook.applyScores);
export const validateWorkbook = rpc('validateWorkbook', ValidateArgs, workbook.validateWorkbook);
export const selectCell = rpc('selectCell', SelectCellInput, workbook.selectCell);
export const exportReports = rpc('exportReports', ExportInput, exporter.exportReports);
export const listExports = rpc0('listExports', exporter.listExports);
