// Findings grouped by tab, errors first; clicking one selects its cell in the sheet.
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
        h('ul', { class: 'finding-list' }, ...group.findings.map((f) => h('li', {}, findingButton(f, onError)))),
      ),
    ),
  );
}
