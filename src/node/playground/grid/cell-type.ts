// The one cell type of the playground grid, plugged into jspreadsheet as a custom column type: it shows
// what Sheets shows (the value, not the formula behind it), a dropdown's choices when the cell has one,
// a tick box for checkbox cells, and a plain text editor otherwise. Cell text is only ever set through
// textContent, so text such as `<img src=x onerror=…>` stays text.
import jSuites from 'jsuites';
import type jspreadsheet from 'jspreadsheet-ce';
import type { CellView, TabView } from '../workbook-view';

type Worksheet = jspreadsheet.WorksheetInstance;
type CustomType = jspreadsheet.CustomEditor;

/** The live tab a worksheet shows; replaced in place when the workbook is read again. */
export interface TabRef {
  tab: TabView;
}

export const TICKED = '☑';
export const UNTICKED = '☐';

function viewAt(ref: TabRef, x: number, y: number): CellView | undefined {
  return ref.tab.rows[y]?.[x];
}

/** What the cell shows: the sheet's display text while the value is the stored one, else the typed text. */
function render(ref: TabRef, cell: HTMLTableCellElement, value: unknown, x: number, y: number): void {
  const view = viewAt(ref, x, y);
  const stored = view && String(value ?? '') === (view.input ?? view.v);
  let text = stored ? view.v : String(value ?? '');
  if (view?.check) text = /^true$/i.test(text) ? TICKED : /^false$/i.test(text) || text === '' ? UNTICKED : text;
  cell.textContent = text;
  cell.classList.toggle('pg-list', view?.list !== undefined);
  cell.classList.toggle('pg-check', Boolean(view?.check));
  cell.classList.toggle('pg-invalid', Boolean(stored && view?.invalid));
  cell.classList.toggle('pg-frozen', y < ref.tab.frozenRows);
  cell.classList.toggle('pg-wrap', Boolean(view?.wrap));
}

/** A key that types a character (it starts an edit that replaces the content, as in Sheets). */
function typedKey(e: unknown): boolean {
  return e instanceof KeyboardEvent && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
}

function textEditor(cell: HTMLTableCellElement, value: string, wrap: boolean, worksheet: Worksheet): void {
  const box = cell.getBoundingClientRect();
  const editor = document.createElement(wrap ? 'textarea' : 'input');
  editor.className = 'pg-editor';
  editor.style.width = `${box.width}px`;
  editor.style.minHeight = `${box.height - 2}px`;
  cell.classList.add('editor');
  cell.textContent = '';
  cell.appendChild(editor);
  editor.value = value;
  // Without scrolling: jspreadsheet ends an edit when the grid scrolls.
  editor.focus({ preventScroll: true });
  editor.onblur = () => worksheet.closeEditor(cell, true);
}

function dropdownEditor(cell: HTMLTableCellElement, value: string, choices: string[], worksheet: Worksheet) {
  const box = cell.getBoundingClientRect();
  const holder = document.createElement('div');
  cell.classList.add('editor');
  cell.textContent = '';
  cell.appendChild(holder);
  const data = choices.includes(value) || value === '' ? choices : [value, ...choices];
  jSuites.dropdown(holder, {
    data: data.map((choice) => ({ id: choice, name: choice })),
    value,
    autocomplete: true,
    opened: true,
    width: Math.max(box.width, 160),
    position: true,
    onclose: () => worksheet.closeEditor(cell, true),
  });
}

type Scrolling = Worksheet & { content: HTMLDivElement; edition?: unknown };

/** Where each worksheet's content was scrolled when its editor opened. */
const scrolledAtOpen = new WeakMap<Worksheet, { left: number; top: number }>();

/**
 * jspreadsheet ends an edit on every scroll event of the worksheet's content. Scroll events arrive a frame
 * late, so the scroll jspreadsheet itself makes when a double-click selects a cell it shows only in part
 * (it snaps to the left edge) would end the edit that double-click just opened. Only a scroll that moves
 * the content after the editor opened ends the edit.
 */
function keepEditorOpenOnEarlierScroll(worksheet: Worksheet): void {
  const sheet = worksheet as Scrolling;
  const content = sheet.content;
  scrolledAtOpen.set(worksheet, { left: content.scrollLeft, top: content.scrollTop });
  if (content.dataset.pgScroll) return;
  content.dataset.pgScroll = '1';
  const onscroll = content.onscroll;
  content.onscroll = function (this: GlobalEventHandlers, event: Event) {
    const atOpen = scrolledAtOpen.get(worksheet);
    const moved = !atOpen || atOpen.left !== content.scrollLeft || atOpen.top !== content.scrollTop;
    if (sheet.edition && !moved) return;
    onscroll?.call(this, event);
  };
}

/** The cell type for one worksheet; `ref.tab` is read on every call, so a refresh needs no new type. */
export function sheetCellType(ref: TabRef): CustomType {
  return {
    createCell(cell, value, x, y) {
      render(ref, cell, value, x, y);
      return cell;
    },
    updateCell(cell, value, x, y) {
      render(ref, cell, value, x, y);
      return value;
    },
    openEditor(cell, value, x, y, worksheet, _options, e) {
      keepEditorOpenOnEarlierScroll(worksheet);
      const view = viewAt(ref, x, y);
      const current = String(value ?? '');
      if (view?.check) {
        // A click ticks or unticks, as in Sheets; the edit ends at once.
        const next = /^true$/i.test(current) ? 'FALSE' : 'TRUE';
        const input = document.createElement('input');
        input.type = 'hidden';
        input.value = next;
        cell.textContent = '';
        cell.appendChild(input);
        setTimeout(() => worksheet.closeEditor(cell, true));
        return;
      }
      const choices = view?.list === undefined ? undefined : ref.tab.lists[view.list];
      if (choices && !typedKey(e)) dropdownEditor(cell, current, choices, worksheet);
      else textEditor(cell, typedKey(e) ? '' : current, Boolean(view?.wrap), worksheet);
    },
    closeEditor(cell, save) {
      const editor = cell.children[0] as (HTMLElement & { dropdown?: { close(ignore: boolean): string } }) | undefined;
      if (!editor) return undefined;
      if (editor.dropdown) {
        const chosen = editor.dropdown.close(true);
        return save ? chosen : undefined;
      }
      const input = editor as HTMLInputElement;
      input.onblur = null;
      return save ? input.value : undefined;
    },
  };
}
