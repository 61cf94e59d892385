// Highlights of the findings as conditional-format rules, the platform's own mechanism: the add-on never
// reads or writes a cell's background, the rules move with rows the user inserts or deletes, and a user's
// own rules stay where they are. Each validate replaces the add-on's rules of every standard tab.
//
// How the add-on knows its rules: a custom-formula rule whose formula is exactly HIGHLIGHT_FORMULA.error or
// .warning. The formula is always true, so the rule paints every cell of its ranges, and it names the
// add-on in a text nobody types into a rule of their own; a rule the user copies along with a cell keeps
// the formula, so it is recognised (and replaced) too. Only the formula is compared, never the colour.
import type { Finding } from '../../core/rpc/contract';
import { ALL_TABS, type TabId, type TabSpec } from '../../core/tabs';
import { matchHeaders, type WorkbookGrids } from '../../core/workbook';
import { columnToLetters } from '../../core/workbook/column-letters';
import { sheetsOf } from './read-workbook';
import type { Sheet, Spreadsheet, SheetsServices } from './types';

export const ERROR_HIGHLIGHT = '#f4cccc';
export const WARNING_HIGHLIGHT = '#fff2cc';

const MARK = 'ita-report-kit:';
export const HIGHLIGHT_FORMULA = {
  error: `="${MARK}error"<>""`,
  warning: `="${MARK}warning"<>""`,
} as const;
const COLOUR = { error: ERROR_HIGHLIGHT, warning: WARNING_HIGHLIGHT } as const;

type Severity = keyof typeof HIGHLIGHT_FORMULA;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** True for a rule the add-on made (see the marker above). */
export function isHighlightRule(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  const formula = condition.getCriteriaValues()[0];
  return typeof formula === 'string' && formula.startsWith(`="${MARK}`);
}

/** A1 ranges covering the cells: one per run of adjacent rows in a column. */
export function cellRuns(cells: readonly { row: number; column: number }[]): string[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const out: string[] = [];
  let start: { row: number; column: number } | null = null;
  let end = 0;
  const flush = () => {
    if (!start) return;
    const c = columnToLetters(start.column);
    out.push(end === start.row ? `${c}${start.row}` : `${c}${start.row}:${c}${end}`);
  };
  for (const cell of sorted) {
    if (start && cell.column === start.column && cell.row <= end + 1) {
      end = Math.max(end, cell.row);
      continue;
    }
    flush();
    start = cell;
    end = cell.row;
  }
  flush();
  return out;
}

/** The cells of a tab's findings by severity; a cell with an error and a warning is an error. */
function cellsBySeverity(
  findings: readonly Finding[],
  tab: string,
): Record<Severity, { row: number; column: number }[]> {
  const at = new Map<string, Finding['severity']>();
  for (const f of findings) {
    if (f.tab !== tab || f.row <= 0 || f.column <= 0) continue;
    const key = `${f.row},${f.column}`;
    if (at.get(key) !== 'error') at.set(key, f.severity);
  }
  const out: Record<Severity, { row: number; column: number }[]> = { error: [], warning: [] };
  for (const [key, severity] of at) {
    const [row, column] = key.split(',').map(Number) as [number, number];
    out[severity === 'error' ? 'error' : 'warning'].push({ row, column });
  }
  return out;
}

/** The A1 runs of a tab's highlight rules, by severity (what applyHighlights gives each rule). */
export function highlightRuns(findings: readonly Finding[], tab: string): Record<Severity, string[]> {
  const cells = cellsBySeverity(findings, tab);
  return { error: cellRuns(cells.error), warning: cellRuns(cells.warning) };
}

function isForeign(sheet: Sheet, spec: TabSpec, grids: WorkbookGrids | undefined): boolean {
  const grid = grids && grids[spec.id] !== undefined ? grids[spec.id] : sheet.getDataRange().getValues();
  return grid ? matchHeaders(spec.columns, grid).foreign : false;
}

/**
 * Tabs no validation rule reports on: the dropdown lists and the export history. Their rules are neither
 * read nor written (a highlight the user copies onto one of them stays, as on a tab of their own), unless a
 * finding does name one of them.
 */
export const NEVER_FLAGGED: ReadonlySet<TabId> = new Set<TabId>(['lists', 'exportLog']);

/** The Range objects of A1 runs on one sheet: one handle for a single run, else one range list. */
function rangesOf(sheet: Sheet, a1s: readonly string[]): GoogleAppsScript.Spreadsheet.Range[] {
  return a1s.length === 1 ? [sheet.getRange(a1s[0] as string)] : sheet.getRangeList([...a1s]).getRanges();
}

/**
 * Replaces the add-on's highlight rules on every standard tab with rules for `findings` (cells with row
 * and column > 0). Tabs that do not look like the standard tab get none. `grids` (the tabs as validation
 * read them) saves reading the headers again. Returns the number of cells highlighted.
 *
 * Calls: one read of the rules per tab that can carry a finding, one write per tab whose highlights
 * change; each severity's rule is set up once (formula and colour) and only given each tab's ranges.
 */
export function applyHighlights(
  ss: Spreadsheet,
  services: SheetsServices,
  findings: readonly Finding[],
  grids?: WorkbookGrids,
): { painted: number } {
  restoreRememberedColours(ss, services.documentProperties);
  let painted = 0;
  // The tabs validation just read: their handles are reused, and a tab it did not find is not there.
  const known = grids && sheetsOf(grids);
  const named = new Set(findings.map((f) => f.tab));
  // Every tab's rules are read before any is written: a read after a write makes Sheets flush first.
  const tabs: { spec: TabSpec; sheet: Sheet; existing: Rule[] }[] = [];
  for (const spec of ALL_TABS) {
    if (NEVER_FLAGGED.has(spec.id) && !named.has(spec.name)) continue;
    // A tab the caller's read left out (not a missing tab) is looked up.
    const read = known && grids && grids[spec.id] !== undefined;
    const sheet = read ? (known[spec.id] ?? null) : ss.getSheetByName(spec.name);
    if (sheet) tabs.push({ spec, sheet, existing: sheet.getConditionalFormatRules() });
  }
  const builders: Partial<Record<Severity, GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>> = {};
  const builderOf = (severity: Severity) =>
    (builders[severity] ??= services
      .newConditionalFormatRule()
      .whenFormulaSatisfied(HIGHLIGHT_FORMULA[severity])
      .setBackground(COLOUR[severity]));
  for (const { spec, sheet, existing } of tabs) {
    const cells = isForeign(sheet, spec, grids) ? { error: [], warning: [] } : cellsBySeverity(findings, spec.name);
    const theirs = existing.filter((rule) => !isHighlightRule(rule));
    const ours: Rule[] = [];
    for (const severity of ['error', 'warning'] as const) {
      const a1s = cellRuns(cells[severity]);
      if (a1s.length === 0) continue;
      painted += cells[severity].length;
      // setRanges replaces the ranges a built rule had: the same builder serves every tab.
      ours.push(builderOf(severity).setRanges(rangesOf(sheet, a1s)).build());
    }
    if (ours.length === 0 && theirs.length === existing.length) continue;
    // Ours first: a highlight shows over the user's own rules while the problem lasts.
    sheet.setConditionalFormatRules([...ours, ...theirs]);
  }
  return { painted };
}

// ---- upgrade from the version that painted backgrounds ----

/** Where that version remembered a cell's own colour under its highlight: `ita.highlight.<tab id>.<n>`. */
const LEGACY_PREFIX = 'ita.highlight.';
const LEGACY_COLOURS = new Set([ERROR_HIGHLIGHT, WARNING_HIGHLIGHT]);

function legacyOriginals(all: Record<string, string>, tabId: string): Record<string, string> {
  const parts: string[] = [];
  for (let i = 0; ; i++) {
    const part = all[`${LEGACY_PREFIX}${tabId}.${i}`];
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

/**
 * The first run after the upgrade gives back the colours the old version remembered (only where its
 * highlight colour is still on the cell: a colour the user chose since stays), then deletes that memory.
 * Nothing else is stored: the document properties no longer grow with the workbook.
 */
export function restoreRememberedColours(ss: Spreadsheet, props: GoogleAppsScript.Properties.Properties): void {
  const keys = props.getKeys().filter((k) => k.startsWith(LEGACY_PREFIX));
  if (keys.length === 0) return;
  const all = props.getProperties();
  for (const spec of ALL_TABS) {
    const originals = legacyOriginals(all, spec.id);
    const sheet = ss.getSheetByName(spec.name);
    const entries = Object.entries(originals).flatMap(([key, colour]) => {
      const [row, column] = key.split(',').map(Number);
      return row && column && typeof colour === 'string' ? [{ row, column, colour }] : [];
    });
    if (!sheet || entries.length === 0) continue;
    const lastRow = Math.max(...entries.map((e) => e.row));
    const lastColumn = Math.max(...entries.map((e) => e.column));
    if (lastRow > sheet.getMaxRows() || lastColumn > sheet.getMaxColumns()) continue;
    const now = sheet.getRange(1, 1, lastRow, lastColumn).getBackgrounds();
    const byColour = new Map<string, { row: number; column: number }[]>();
    for (const e of entries) {
      if (!LEGACY_COLOURS.has((now[e.row - 1]?.[e.column - 1] ?? '').toLowerCase())) continue;
      byColour.set(e.colour, [...(byColour.get(e.colour) ?? []), e]);
    }
    for (const [colour, cells] of byColour) sheet.getRangeList(cellRuns(cells)).setBackground(colour);
  }
  for (const key of keys) props.deleteProperty(key);
}
