// The playground page: the real sidebar in a 300 px frame (as in Google Sheets) beside an editable grid of
// the emulated tabs (grid/main.ts, bundled with jspreadsheet by scripts/build.mjs into build/). The page
// itself holds no data: the grid reads the workbook from the server and sets cell text with textContent.

/** The grid's bundle in build/, written by scripts/build.mjs and served as /grid.js and /grid.css. */
export const GRID_BUNDLE = { js: 'playground-grid.js', css: 'playground-grid.css' } as const;
const PAGE_STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; font-family: 'Sarabun', 'Noto Sans Thai', Tahoma, 'Loma', 'Garuda', Arial, sans-serif;
    font-size: 14px; color: #202124; background: #f8f9fa; height: 100vh; display: flex; flex-direction: column; }
  header { display: flex; align-items: center; gap: 12px; padding: 8px 14px; background: #fff;
    border-bottom: 1px solid #dadce0; flex-wrap: wrap; }
  header h1 { font-size: 16px; margin: 0; }
  header p { margin: 0; color: #5f6368; font-size: 13px; flex: 1; min-width: 200px; }
  header button { font: inherit; font-size: 13px; padding: 4px 12px; border-radius: 2px; cursor: pointer;
    border: 1px solid #c6c6c6; background: #f8f8f8; }
  header button.primary { background: #1967d2; border-color: #174ea6; color: #fff; font-weight: bold; }
  button:focus-visible { outline: 2px solid #1967d2; outline-offset: 2px; }
  .layout { flex: 1; display: flex; min-height: 0; }
  .sheet { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  .sheet { padding: 6px 8px 0; background: #fff; }
  #sheet { flex: 1; min-height: 0; }
  #grid-status { margin: 0; padding: 2px 8px; font-size: 13px; min-height: 1.6em; color: #5f6368; }
  #grid-status.error { color: #c5221f; font-weight: bold; }
  #grid-status.ok { color: #188038; }
  iframe { width: 300px; border: none; border-left: 1px solid #dadce0; background: #fff; height: 100%; }
`;

export function playgroundPage(): string {
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ITA Report Kit — playground</title>
<link rel="stylesheet" href="/grid.css">
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
  <h1>ITA Report Kit · playground</h1>
  <p>สมุดงานจำลองบนเครื่องนี้ ไม่ต้องใช้อินเทอร์เน็ต · An emulated workbook on this computer, offline.</p>
  <button type="button" id="sample" class="primary">โหลดคะแนนตัวอย่าง · Load sample scores</button>
  <button type="button" id="reset">ล้างข้อมูล · Reset</button>
</header>
<div class="layout">
  <section class="sheet" aria-label="แท็บในสมุดงาน · Workbook tabs">
    <p id="grid-status" role="status" aria-live="polite"></p>
    <div id="sheet" aria-busy="true"></div>
  </section>
  <iframe id="sidebar" src="/sidebar" title="แถบเครื่องมือ ITA Report Kit · sidebar"></iframe>
</div>
<script src="/grid.js"></script>
</body>
</html>`;
}
