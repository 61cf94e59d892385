// The playground page's editable grid: the emulated workbook's tabs in jspreadsheet (tab bar, dropdowns,
// styles, notes). Each edit goes to the playground server (POST /api/cells), which writes it through the
// fake's Range.setValues as Sheets stores typed input; the grid then shows the workbook as stored. After
// each sidebar call the grid is read again, and a cell the sidebar selects is shown selected.
import jspreadsheet from 'jspreadsheet-ce';
import 'jsuites/dist/jsuites.css';
import 'jspreadsheet-ce/dist/jspreadsheet.css';
import './grid.css';
import type { CellView, WorkbookView } from '../workbook-view';
import type { TabRef } from './cell-type';
import { editValue, worksheetOptions } from './worksheet';

interface PageView extends WorkbookView {
  /** The ITA year the saved settings analyse (today's default before they are saved). */
  sampleYear: number;
}

type Worksheet = jspreadsheet.WorksheetInstance;
type Spreadsheet = jspreadsheet.SpreadsheetInstance & { ignoreEvents?: boolean };
interface Edit {
  row: number;
  column: number;
  value: string;
}

const container = document.getElementById('sheet') as HTMLDivElement;
const status = document.getElementById('grid-status') as HTMLElement;
const frame = document.getElementById('sidebar') as HTMLIFrameElement;
const sampleButton = document.getElementById('sample') as HTMLButtonElement;

let spreadsheet: Spreadsheet | null = null;
let refs: TabRef[] = [];
let shape = '';
let lastActive = '';
let sampleYear = 0;
/** A read of the workbook that waited for the cell editor to close (updating cells would end the edit). */
let readAfterEdit = false;
/** Reads of the workbook run one after another, so an older answer never overwrites a newer one. */
let queue: Promise<void> = Promise.resolve();
let pending = 0;

/** Runs `work` after what is queued; the grid says it is busy (aria-busy) until the queue is empty. */
function enqueue(work: () => Promise<void>): Promise<void> {
  pending += 1;
  container.setAttribute('aria-busy', 'true');
  queue = queue.then(work).finally(() => {
    pending -= 1;
    if (pending === 0) container.setAttribute('aria-busy', 'false');
  });
  return queue;
}

function say(text: string, kind: 'ok' | 'error' | ''): void {
  status.textContent = text;
  status.className = kind;
}

/** Tabs, sizes and widths: when these change the worksheets are built anew, otherwise cells are updated. */
function shapeOf(view: WorkbookView): string {
  return JSON.stringify(view.tabs.map((t) => [t.name, t.rows.length, t.widths]));
}

function activeName(): string | undefined {
  if (!spreadsheet) return undefined;
  return refs[spreadsheet.getWorksheetActive()]?.tab.name;
}

function worksheetIndex(worksheet: Worksheet): number {
  return spreadsheet ? spreadsheet.worksheets.indexOf(worksheet) : -1;
}

/** Writes the edits; false when the workbook refused them (the grid then shows the stored cells again). */
async function send(tab: string, edits: Edit[]): Promise<boolean> {
  const response = await fetch('/api/cells', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tab, edits }),
  });
  const answer = (await response.json().catch(() => ({}))) as {
    ok?: boolean;
    message_th?: string;
    message_en?: string;
  };
  if (answer.ok) say(`บันทึกในแท็บ "${tab}" แล้ว · Saved`, 'ok');
  else say(`${answer.message_th ?? 'บันทึกไม่สำเร็จ'} · ${answer.message_en ?? 'Not saved.'}`, 'error');
  return Boolean(answer.ok);
}

/** Shows the stored content again in cells whose edit was not written. */
function restore(tab: string, edits: Edit[]): void {
  const index = refs.findIndex((r) => r.tab.name === tab);
  const worksheet = spreadsheet?.worksheets[index];
  if (!spreadsheet || !worksheet) return;
  spreadsheet.ignoreEvents = true;
  try {
    for (const { row, column } of edits) {
      const cell = refs[index]!.tab.rows[row - 1]?.[column - 1];
      if (cell) paint(worksheet, column - 1, row - 1, cell);
    }
  } finally {
    spreadsheet.ignoreEvents = false;
  }
}

/** The user's edits of one worksheet, written to the workbook; the grid then shows what was stored. */
function commit(worksheet: Worksheet, cells: { x: number | string; y: number | string }[]): void {
  const index = worksheetIndex(worksheet);
  const ref = refs[index];
  if (!ref || cells.length === 0) return;
  const edits = cells.map(({ x, y }) => ({
    row: Number(y) + 1,
    column: Number(x) + 1,
    value: String(worksheet.getValueFromCoords(Number(x), Number(y)) ?? ''),
  }));
  const guarded = edits.some((e) => ref.tab.rows[e.row - 1]?.[e.column - 1]?.guarded);
  const proceed =
    !guarded ||
    window.confirm(
      'เซลล์นี้เป็นหัวตารางที่ส่วนเสริมป้องกันไว้ การแก้ไขอาจทำให้ตรวจสอบหรือส่งออกไม่ได้ แก้ไขต่อหรือไม่?\n' +
        'This header is protected by the add-on; changing it may break validation and export. Edit anyway?',
    );
  void enqueue(async () => {
    let written = false;
    try {
      written = proceed && (await send(ref.tab.name, edits));
    } catch {
      say('ติดต่อ playground ไม่ได้ · The playground server did not answer.', 'error');
    }
    // Within the queue: read() itself, not load(), which would wait for this very step.
    await read().catch(() => say('อ่านสมุดงานไม่ได้ · Could not read the workbook.', 'error'));
    if (!written) restore(ref.tab.name, edits);
  });
}

function build(view: PageView): Promise<void> {
  const keep = activeName();
  if (spreadsheet) jspreadsheet.destroy(container as jspreadsheet.JspreadsheetInstanceElement, true);
  spreadsheet = null;
  refs = view.tabs.map((tab) => ({ tab }));
  container.textContent = '';
  if (refs.length === 0) return Promise.resolve();
  return new Promise((ready) => {
    jspreadsheet(container, {
      tabs: true,
      parseFormulas: false,
      parseHTML: false,
      about: false,
      allowExport: false,
      worksheets: refs.map(worksheetOptions),
      contextMenu: () => false as never,
      onload: (instance) => {
        spreadsheet = instance as Spreadsheet;
        const index = refs.findIndex((r) => r.tab.name === keep);
        if (index > 0) spreadsheet.worksheets[index]?.openWorksheet(index);
        ready();
      },
      onafterchanges: (worksheet, changes) => commit(worksheet, changes),
      oneditionend: () => {
        if (!readAfterEdit) return;
        readAfterEdit = false;
        // After the edit's own change events: an edit that changed a cell reads the workbook anyway.
        setTimeout(() => void load());
      },
      // Undo and redo change cells too: write what they restored.
      onundo: (worksheet, record) => commit(worksheet, record?.records ?? []),
      onredo: (worksheet, record) => commit(worksheet, record?.records ?? []),
    });
  });
}

/** Updates the cells that differ from what the worksheet shows, without firing change events. */
function update(view: PageView): void {
  if (!spreadsheet) return;
  spreadsheet.ignoreEvents = true;
  try {
    view.tabs.forEach((tab, index) => {
      const ref = refs[index]!;
      const old = ref.tab;
      ref.tab = tab;
      const worksheet = spreadsheet!.worksheets[index]!;
      tab.rows.forEach((row, y) =>
        row.forEach((cell, x) => {
          if (JSON.stringify(old.rows[y]?.[x]) === JSON.stringify(cell)) return;
          paint(worksheet, x, y, cell);
        }),
      );
    });
  } finally {
    spreadsheet.ignoreEvents = false;
  }
}

function paint(worksheet: Worksheet, x: number, y: number, cell: CellView): void {
  const history = worksheet as Worksheet & { ignoreHistory?: boolean };
  history.ignoreHistory = true;
  worksheet.setValueFromCoords(x, y, editValue(cell), true);
  history.ignoreHistory = false;
  const td = worksheet.getCellFromCoords(x, y);
  if (!td) return;
  td.style.backgroundColor = cell.bg ?? '';
  td.style.color = cell.color ?? '';
  td.style.fontWeight = cell.bold ? 'bold' : '';
  td.title = cell.note ?? '';
}

/** Shows the cell the sidebar selected (clicking a finding), once per new selection. */
function follow(view: PageView): void {
  const active = view.active;
  const key = active ? `${active.tab}!${active.row}:${active.column}` : '';
  if (!spreadsheet || !active || key === lastActive) {
    lastActive = key;
    return;
  }
  lastActive = key;
  const index = refs.findIndex((r) => r.tab.name === active.tab);
  const worksheet = spreadsheet.worksheets[index];
  if (!worksheet) return;
  if (spreadsheet.getWorksheetActive() !== index) worksheet.openWorksheet(index);
  worksheet.updateSelectionFromCoords(active.column - 1, active.row - 1, active.column - 1, active.row - 1);
}

function showSampleYear(view: PageView): void {
  if (view.sampleYear === sampleYear) return;
  sampleYear = view.sampleYear;
  sampleButton.textContent = `โหลดคะแนนตัวอย่าง ITA ${sampleYear} · Load sample scores (ITA ${sampleYear})`;
}

function editing(): boolean {
  return Boolean(spreadsheet?.worksheets.some((w) => (w as Worksheet & { edition?: unknown }).edition));
}

async function read(): Promise<void> {
  const view = (await (await fetch('/api/workbook')).json()) as PageView;
  showSampleYear(view);
  if (editing()) {
    readAfterEdit = true;
    return;
  }
  const next = shapeOf(view);
  if (!spreadsheet || next !== shape) {
    shape = next;
    await build(view);
  } else update(view);
  follow(view);
}

/** A read waiting in the queue: more requests for one (e.g. set-up's call per tab) share it. */
let readQueued: Promise<void> | null = null;

function load(): Promise<void> {
  if (readQueued) return readQueued;
  readQueued = enqueue(() => {
    readQueued = null;
    return read().catch(() => say('อ่านสมุดงานไม่ได้ · Could not read the workbook.', 'error'));
  });
  return readQueued;
}

let changedTimer: ReturnType<typeof setTimeout> | undefined;

window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin) return;
  const data = event.data as { type?: string } | null;
  if (data?.type !== 'ita-playground:changed') return;
  // Calls come in bursts (set-up makes one per tab): read once the burst is over. The grid is busy from
  // the first call on, so what waits for it (aria-busy) never sees the workbook as it was before the burst.
  if (changedTimer) clearTimeout(changedTimer);
  else {
    pending += 1;
    container.setAttribute('aria-busy', 'true');
  }
  changedTimer = setTimeout(() => {
    changedTimer = undefined;
    void load();
    pending -= 1;
    if (pending === 0) container.setAttribute('aria-busy', 'false');
  }, 250);
});

document.getElementById('reset')!.addEventListener('click', () => {
  if (!window.confirm('ล้างข้อมูลทั้งหมดในสมุดงานจำลอง? · Erase the emulated workbook?')) return;
  void fetch('/reset', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then(() => {
    shape = '';
    frame.src = '/sidebar';
    say('', '');
    return load();
  });
});

sampleButton.addEventListener('click', () => {
  void fetch(`/sample-scores.txt?year=${sampleYear}`)
    .then((r) => r.text())
    .then((text) => {
      const doc = frame.contentDocument;
      const step = doc?.querySelector<HTMLElement>('[data-step="2"]');
      const box = doc?.getElementById('paste-text') as HTMLTextAreaElement | null | undefined;
      if (!step || !box) return;
      step.click();
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      // A real paste previews at once; so does the sample.
      box.dispatchEvent(new Event('paste', { bubbles: true }));
      box.focus();
    });
});

void load();
