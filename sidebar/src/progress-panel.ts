// "What is already done" at the top of the sidebar: settings, tabs, the ITA year's scores (overall, indicators
// below target, change from last year), the last validation and the last export, from SidebarState.progress.
import type { SidebarState } from '../../src/core/rpc/contract';
import { h, fill } from './dom';
import { fmt, onLangChange, t } from './i18n';
import { onSidebarState } from './state';

const two = (n: number) => n.toFixed(2);
const signed = (n: number) => (n > 0 ? `+${two(n)}` : n < 0 ? `−${two(-n)}` : two(0));

function item(done: boolean, ...text: (string | HTMLElement)[]): HTMLElement {
  return h(
    'li',
    { class: done ? 'done-yes' : 'done-no' },
    h('span', { class: 'done-mark', attrs: { 'aria-hidden': 'true' } }, done ? '✓' : '○'),
    h('span', { class: 'done-text' }, ...text),
  );
}

function items(state: SidebarState): HTMLElement[] {
  const p = state.progress;
  const list: HTMLElement[] = [];
  const agency = state.settings?.agencyName.trim();
  list.push(
    item(p.settingsSaved, p.settingsSaved && agency ? `${t('doneSettings')}: ${agency}` : t('notDoneSettings')),
  );
  list.push(item(p.tabsReady === p.tabsTotal, fmt('doneTabs', { ready: p.tabsReady, total: p.tabsTotal })));
  const year = state.settings?.itaYear ?? state.defaults.itaYear;
  const sc = p.scores;
  if (sc) {
    const parts = [fmt('doneScores', { year: sc.year, overall: sc.overall === null ? '–' : two(sc.overall) })];
    if (sc.level) parts.push(fmt('doneLevel', { level: sc.level }));
    parts.push(sc.belowTarget > 0 ? fmt('doneBelow', { n: sc.belowTarget }) : t('doneAllAbove'));
    if (sc.change !== null) parts.push(fmt('doneChange', { year: sc.previousYear, change: signed(sc.change) }));
    list.push(item(true, parts.join(' · ')));
  } else list.push(item(false, fmt('notDoneScores', { year })));
  const v = p.validation;
  if (v) {
    const text = fmt('doneValidation', { time: v.time, errors: v.errors, warnings: v.warnings });
    list.push(
      item(
        !v.stale && v.errors === 0,
        text,
        v.stale ? h('span', { class: 'gray' }, ` ${t('doneValidationStale')}`) : '',
      ),
    );
  } else list.push(item(false, t('notDoneValidation')));
  const e = p.lastExport;
  const exported = item(Boolean(e), e ? fmt('doneExport', { time: e.time, report: e.report }) : t('notDoneExport'));
  // Several reports in one export make a long name: two lines here, the whole name on hover and in step 4.
  if (e) exported.lastElementChild?.setAttribute('title', e.report);
  exported.classList.add('done-clamp');
  list.push(exported);
  return list;
}

/** The panel; empty until the state arrives, redrawn on every new state and language change. */
export function progressPanel(): HTMLElement {
  const list = h('ul', { class: 'done-list' });
  const panel = h(
    'details',
    { class: 'done-panel', attrs: { open: true, hidden: true } },
    h('summary', { text: 'doneTitle' }),
    list,
  );
  let last: SidebarState | null = null;
  const render = () => {
    if (!last) return;
    panel.hidden = false;
    fill(list, ...items(last));
  };
  onSidebarState((state) => {
    last = state;
    render();
  });
  onLangChange(render);
  return panel;
}
