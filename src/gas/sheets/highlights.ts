// Highlights the cells of the findings: one getBackgrounds and one setBackgrounds per tab. Before a cell is
// painted, its own colour (when it has one) is remembered in the document properties, keyed by tab and cell;
// the next run paints every cell that still carries a highlight colour back to the remembered colour (or
// to no colour). A cell the user recoloured in between keeps the user's colour.
// Why document properties: they are invisible to the user, survive between runs, and need no extra tab.
import type { Finding } from '../../core/rpc/contract';
import { ALL_TABS } from '../../core/tabs';
import type { Spreadsheet, SheetsServices } from './types';

export const ERROR_HIGHLIGHT = '#f4cccc';
export const WARNING_HIGHLIGHT = '#fff2cc';
const HIGHLIGHTS = new Set([ERROR_HIGHLIGHT, WARNING_HIGHLIGHT]);
const PROPERTY_PREFIX = 'ita.highlight.';
/** Properties hold at most 9 KB per value: originals are split over numbered keys. */
const CHUNK = 8000;

const isDefault = (c: string) => c === '' || c.toLowerCase() === '#ffffff' || c.toLowerCase() === 'white';

function loadOriginals(
  props: GoogleAppsScript.Properties.Properties,
  tabId: string,
  all: Record<string, string>,
): Record<string, string> {
  const parts: string[] = [];
  for (let i = 0; ; i++) {
    const part = all[`${PROPERTY_PREFIX}${tabId}.${i}`];
    if (part === undefined) break;
    parts.push(part);
  }
  if (parts.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(parts.join(''));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function saveOriginals(
  props: GoogleAppsScript.Properties.Properties,
  tabId: string,
  all: Record<string, string>,
  originals: Record<string, string>,
  writes: Record<string, string>,
  deletes: string[],
): void {
  for (const key of Object.keys(all)) if (key.startsWith(`${PROPERTY_PREFIX}${tabId}.`)) deletes.push(key);
  const json = JSON.stringify(originals);
  if (json === '{}') return;
  for (let i = 0; i * CHUNK < json.length; i++) {
    const key = `${PROPERTY_PREFIX}${tabId}.${i}`;
    writes[key] = json.slice(i * CHUNK, (i + 1) * CHUNK);
    const d = deletes.indexOf(key);
    if (d >= 0) deletes.splice(d, 1);
  }
}

/** Removes the previous highlights and paints the cells of `findings` (row and column > 0). */
export function applyHighlights(
  ss: Spreadsheet,
  services: SheetsServices,
  findings: readonly Finding[],
): { painted: number } {
  const props = services.documentProperties;
  const all = props.getProperties();
  const writes: Record<string, string> = {};
  const deletes: string[] = [];
  let painted = 0;
  for (const spec of ALL_TABS) {
    const sheet = ss.getSheetByName(spec.name);
    const previous = loadOriginals(props, spec.id, all);
    const mine = findings.filter((f) => f.tab === spec.name && f.row > 0 && f.column > 0);
    if (!sheet) {
      saveOriginals(props, spec.id, all, {}, writes, deletes);
      continue;
    }
    const lastRow = Math.max(1, sheet.getLastRow(), ...mine.map((f) => f.row));
    const lastCol = Math.max(1, sheet.getLastColumn(), ...mine.map((f) => f.column));
    const range = sheet.getRange(1, 1, lastRow, lastCol);
    const colors = range.getBackgrounds();
    let changed = false;
    // 1) undo the previous run
    colors.forEach((row, r) =>
      row.forEach((c, k) => {
        if (!HIGHLIGHTS.has(c.toLowerCase())) return;
        row[k] = previous[`${r + 1},${k + 1}`] ?? '#ffffff';
        changed = true;
      }),
    );
    // 2) paint this run, remembering the user's own colours
    const originals: Record<string, string> = {};
    const severityAt = new Map<string, Finding['severity']>();
    for (const f of mine) {
      const key = `${f.row},${f.column}`;
      if (severityAt.get(key) !== 'error') severityAt.set(key, f.severity);
    }
    for (const [key, severity] of severityAt) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      const row = colors[r - 1];
      if (!row) continue;
      const own = row[c - 1] ?? '#ffffff';
      if (!isDefault(own)) originals[key] = own;
      row[c - 1] = severity === 'error' ? ERROR_HIGHLIGHT : WARNING_HIGHLIGHT;
      changed = true;
      painted++;
    }
    if (changed)
      range.setBackgrounds(colors.map((row) => row.map((c) => (isDefault(c) ? null : c)) as (string | null)[]));
    saveOriginals(props, spec.id, all, originals, writes, deletes);
  }
  for (const key of deletes) props.deleteProperty(key);
  if (Object.keys(writes).length > 0) props.setProperties(writes, false);
  return { painted };
}
