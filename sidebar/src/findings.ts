// Findings grouped by tab, errors first, a much-repeated warning folded; clicking one selects its cell.
import type { Finding } from '../../src/core/rpc/contract';
import { announce, busy } from './busy';
import { h } from './dom';
import { pick, t, tr } from './i18n';
import { call } from './rpc';

export interface TabGroup {
  tab: string;
  errors: number;
  warnings: number;
  findings: Finding[];
}

export function groupByTab(findings: Finding[]): TabGroup[] {
  const groups = new Map<string, TabGroup>();
  for (const finding of findings) {
    let group = groups.get(finding.tab);
    if (!group) {
      group = { tab: finding.tab, errors: 0, warnings: 0, findings: [] };
      groups.set(finding.tab, group);
    }
    group.findings.push(finding);
    if (finding.severity === 'error') group.errors += 1;
    else group.warnings += 1;
  }
  const list = Array.from(groups.values());
  for (const group of list) {
    group.findings.sort((a, b) => severityRank(a) - severityRank(b) || a.row - b.row || a.column - b.column);
  }
  return list.sort((a, b) => b.errors - a.errors || b.warnings - a.warnings);
}

function severityRank(f: Finding): number {
  return f.severity === 'error' ? 0 : 1;
}

/** A warning repeated this often in one tab shows once; the other rows fold under it. */
export const FOLD_REPEATS_FROM = 5;

/** One line of a tab's list: a finding, and the rows folded under it that say the same. */
export interface FindingLine {
  finding: Finding;
  sameAs: Finding[];
}

/**
 * The tab's findings as lines to show: a warning whose code repeats FOLD_REPEATS_FROM times or more (e.g.
 * "the NACC wording of item Ox is not known" for each of the 26 OIT items of 2569) shows at its first row
 * with the others folded under it, so the one warning that needs the person's action is not buried.
 * Errors never fold: each one stops the export and must be seen.
 */
export function foldRepeats(findings: Finding[]): FindingLine[] {
  const count = new Map<string, number>();
  for (const f of findings) if (f.severity === 'warning') count.set(f.code, (count.get(f.code) ?? 0) + 1);
  const lines: FindingLine[] = [];
  const folded = new Map<string, FindingLine>();
  for (const f of findings) {
    const repeats = f.severity === 'warning' && (count.get(f.code) ?? 0) >= FOLD_REPEATS_FROM;
    const head = repeats ? folded.get(f.code) : undefined;
    if (head) {
      head.sameAs.push(f);
      continue;
    }
    const line = { finding: f, sameAs: [] };
    if (repeats) folded.set(f.code, line);
    lines.push(line);
  }
  return lines;
}

/** "แถว 5 · ระยะเวลา" / "row 5 · Period", or "whole tab". */
function findingPlace(f: Finding): string {
  if (f.row < 1) return t('wholeTab');
  const column = f.columnName ? ` · ${f.columnName}` : '';
  return `${t('row')} ${f.row}${column}`;
}

function countsText(errors: number, warnings: number): string {
  return `${t('errors')} ${errors} · ${t('warnings')} ${warnings}`;
}

function findingButton(f: Finding, onError: (error: unknown) => void): HTMLElement {
  const severity = f.severity === 'error' ? t('severityError') : t('severityWarning');
  return h(
    'button',
    {
      class: `finding finding-${f.severity}`,
      attrs: { type: 'button', title: tr('ไปยังเซลล์นี้ในชีต', 'Go to this cell in the sheet') },
      on: {
        click: () => {
          void busy('working', () =>
            call('selectCell', { tab: f.tab, row: Math.max(1, f.row), column: Math.max(1, f.column) }),
          )
            .then(() => announce('cellSelected'))
            .catch(onError);
        },
      },
    },
    h('span', { class: `badge badge-${f.severity}` }, severity),
    h('span', { class: 'finding-place' }, findingPlace(f)),
    h('span', { class: 'finding-message' }, pick(f)),
  );
}

/** The rows folded under a repeated warning, each still a button to its cell; null when none. */
function foldedRows(rows: Finding[], onError: (error: unknown) => void): HTMLElement | null {
  if (rows.length === 0) return null;
  const numbers = rows.map((f) => f.row);
  const text = t('sameWarningMore')
    .replace('{n}', String(rows.length))
    .replace('{first}', String(Math.min(...numbers)))
    .replace('{last}', String(Math.max(...numbers)));
  return h(
    'details',
    { class: 'finding-more' },
    h('summary', {}, text),
    h('ul', { class: 'finding-list' }, ...rows.map((f) => h('li', {}, findingButton(f, onError)))),
  );
}

/** The grouped list; `onError` receives a failed selectCell. */
export function renderFindings(findings: Finding[], onError: (error: unknown) => void): HTMLElement {
  const groups = groupByTab(findings);
  return h(
    'div',
    { class: 'finding-groups' },
    ...groups.map((group) =>
      h(
        'details',
        { class: 'finding-group', attrs: { open: true } },
        h(
          'summary',
          {},
          h('span', { class: 'finding-tab' }, group.tab),
          ' ',
          h('span', { class: 'gray' }, countsText(group.errors, group.warnings)),
        ),
        h(
          'ul',
          { class: 'finding-list' },
          ...foldRepeats(group.findings).map((line) =>
            h('li', {}, findingButton(line.finding, onError), foldedRows(line.sameAs, onError)),
          ),
        ),
      ),
    ),
  );
}
