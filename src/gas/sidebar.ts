// Serves the single-file sidebar built by scripts/build.mjs (dist/Sidebar.html).
export const SIDEBAR_TITLE = 'ITA Report Kit';

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
