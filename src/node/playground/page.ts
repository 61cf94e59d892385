// The playground page: the real sidebar in a 300 px frame (as in Google Sheets) beside a read-only grid of
// the emulated tabs. The grid is built with createElement/textContent only, so cell text never becomes markup.
const PAGE_SCRIPT = `
(function () {
  var frame = document.getElementById('sidebar');
  var tabsBar = document.getElementById('tabs');
  var grid = document.getElementById('grid');
  var caption = document.getElementById('grid-caption');
  var current = null;
  var lastActive = '';

  function letters(n) {
    var s = '';
    while (n > 0) { var r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
    return s;
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function renderTabs(view) {
    while (tabsBar.firstChild) tabsBar.removeChild(tabsBar.firstChild);
    view.tabs.forEach(function (tab) {
      var b = el('button', tab.name, 'tab');
      b.type = 'button';
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(tab.name === current));
      b.addEventListener('click', function () { current = tab.name; render(view); });
      tabsBar.appendChild(b);
    });
  }

  function renderGrid(view) {
    while (grid.firstChild) grid.removeChild(grid.firstChild);
    var tab = view.tabs.filter(function (t) { return t.name === current; })[0];
    if (!tab) { caption.textContent = ''; return; }
    caption.textContent = tab.name + (tab.truncated ? ' (แสดงบางส่วน · partial view)' : '');
    if (tab.rows.length === 0) {
      caption.textContent = tab.name + ' — แท็บนี้ยังว่าง · this tab is empty';
      grid.style.width = 'auto';
      return;
    }
    var columns = tab.rows.reduce(function (m, r) { return Math.max(m, r.length); }, 0);
    var cols = el('colgroup');
    var first = el('col');
    first.style.width = '36px';
    cols.appendChild(first);
    for (var w = 0; w < columns; w++) {
      var col = el('col');
      col.style.width = (tab.widths[w] || 100) + 'px';
      cols.appendChild(col);
    }
    grid.appendChild(cols);
    grid.style.width = 36 + tab.widths.slice(0, columns).reduce(function (a, b) { return a + (b || 100); }, 0) + 'px';
    var head = el('thead');
    var hr = el('tr');
    hr.appendChild(el('th', '', 'corner'));
    for (var c = 1; c <= columns; c++) hr.appendChild(el('th', letters(c), 'col'));
    head.appendChild(hr);
    grid.appendChild(head);
    var body = el('tbody');
    tab.rows.forEach(function (row, i) {
      var tr = el('tr');
      if (i < tab.frozenRows) tr.className = 'frozen';
      tr.appendChild(el('th', String(i + 1), 'rownum'));
      for (var c = 0; c < columns; c++) {
        var cell = row[c] || { v: '' };
        var td = el('td', cell.v);
        if (cell.bg) td.style.backgroundColor = cell.bg;
        if (cell.bold) td.style.fontWeight = 'bold';
        if (cell.note) td.title = cell.note;
        td.setAttribute('data-cell', letters(c + 1) + (i + 1));
        var a = view.active;
        if (a && a.tab === tab.name && a.row === i + 1 && a.column === c + 1) td.className = 'active';
        tr.appendChild(td);
      }
      body.appendChild(tr);
    });
    grid.appendChild(body);
  }

  function render(view) {
    if (!current || !view.tabs.some(function (t) { return t.name === current; })) {
      current = view.active ? view.active.tab : view.tabs[0] && view.tabs[0].name;
    }
    renderTabs(view);
    renderGrid(view);
  }

  function refresh() {
    return fetch('/api/workbook').then(function (r) { return r.json(); }).then(function (view) {
      // Follow the selection when the sidebar selects a cell (clicking a finding).
      var active = view.active ? view.active.tab + '!' + view.active.row + ':' + view.active.column : '';
      if (active !== lastActive && view.active) current = view.active.tab;
      lastActive = active;
      render(view);
      var cell = grid.querySelector('td.active');
      if (cell) cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
  }

  window.addEventListener('message', function (event) {
    if (event.origin === window.location.origin && event.data && event.data.type === 'ita-playground:changed') refresh();
  });

  document.getElementById('reset').addEventListener('click', function () {
    if (!window.confirm('ล้างข้อมูลทั้งหมดในสมุดงานจำลอง? · Erase the emulated workbook?')) return;
    fetch('/reset', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then(function () {
      current = null;
      frame.src = '/sidebar';
      return refresh();
    });
  });

  document.getElementById('sample').addEventListener('click', function () {
    fetch('/sample-scores.txt').then(function (r) { return r.text(); }).then(function (text) {
      var doc = frame.contentDocument;
      var step = doc && doc.querySelector('[data-step="2"]');
      var box = doc && doc.getElementById('paste-text');
      if (!step || !box) return;
      step.click();
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      // A real paste previews at once; so does the sample.
      box.dispatchEvent(new Event('paste', { bubbles: true }));
      box.focus();
    });
  });

  refresh();
})();
`;

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
  .tabs { display: flex; flex-wrap: wrap; gap: 2px; padding: 6px 8px 0; background: #f1f3f4;
    border-bottom: 1px solid #dadce0; }
  .tab { font: inherit; font-size: 13px; border: 1px solid #dadce0; border-bottom: none; background: #e8eaed;
    padding: 3px 10px; border-radius: 4px 4px 0 0; cursor: pointer; }
  .tab[aria-selected="true"] { background: #fff; color: #188038; font-weight: bold; }
  .grid-wrap { flex: 1; overflow: auto; background: #fff; }
  #grid-caption { font-weight: bold; padding: 4px 8px; margin: 0; font-size: 13px; color: #5f6368; }
  table { border-collapse: collapse; font-size: 12.5px; table-layout: fixed; }
  th, td { border: 1px solid #e2e3e3; padding: 2px 6px; vertical-align: top; overflow: hidden;
    white-space: pre-wrap; word-break: break-word; }
  th.col, th.rownum, th.corner { background: #f8f9fa; color: #5f6368; font-weight: normal; position: sticky; }
  th.col { top: 0; z-index: 1; } th.rownum { left: 0; text-align: right; } th.corner { top: 0; left: 0; z-index: 2; }
  tr.frozen td { font-weight: bold; background: #f1f3f4; }
  td.active { outline: 2px solid #1a73e8; outline-offset: -2px; }
  td.empty { color: #5f6368; border: none; }
  iframe { width: 300px; border: none; border-left: 1px solid #dadce0; background: #fff; height: 100%; }
`;

export function playgroundPage(): string {
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ITA Report Kit — playground</title>
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
    <div class="tabs" id="tabs" role="tablist"></div>
    <div class="grid-wrap"><p id="grid-caption"></p><table id="grid"></table></div>
  </section>
  <iframe id="sidebar" src="/sidebar" title="แถบเครื่องมือ ITA Report Kit · sidebar"></iframe>
</div>
<script>${PAGE_SCRIPT}</script>
</body>
</html>`;
}
