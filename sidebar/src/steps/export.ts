// Step 4: pick reports, round, layout and options; export to a new Google Doc (a .docx download in the
// playground); show progress, the link, warnings and the recent exports from the log tab.
import type { ExportInput, ExportLogEntry, ExportSummary, ReportKind } from '../../../src/core/rpc/contract';
import { busy, busyLabel } from '../busy';
import { h, fill, clear, safeHref } from '../dom';
import { ErrorBox, localFailure } from '../errors';
import { renderFindings } from '../findings';
import { button, checkbox, group, radio, selectField } from '../form';
import { bind, onLangChange, t, type Text } from '../i18n';
import type { MessageKey } from '../messages';
import { call } from '../rpc';
import { itemText } from '../items';
import { onSidebarState, setExportChoice } from '../state';

const REPORTS: { kind: ReportKind; label: MessageKey; checked: boolean }[] = [
  { kind: 'analysis', label: 'reportAnalysis', checked: true },
  { kind: 'measures', label: 'reportMeasures', checked: true },
  { kind: 'results', label: 'reportResults', checked: false },
  { kind: 'progress', label: 'reportProgress', checked: false },
  { kind: 'oit', label: 'reportOit', checked: false },
];

/** A link when the address is safe to open, else the address as text. */
function link(url: string, label: Text, download = false): HTMLElement {
  const href = safeHref(url);
  if (!href) return h('span', { class: 'gray' }, url);
  const a = h('a', { text: label, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } });
  if (download) a.setAttribute('download', '');
  return a;
}

export function exportStep(): HTMLElement {
  const errors = new ErrorBox();
  // Report names carry the framework year's item codes (O25/O26, O42/O43), filled from the state.
  const reports = REPORTS.map((r) => ({ kind: r.kind, box: checkbox(itemText(r.label), r.checked, r.kind) }));
  const round = selectField(
    'round',
    [
      { value: '6', label: 'round6' },
      { value: '12', label: 'round12' },
    ],
    '6',
  );
  const annual = radio('layout', 'layoutAnnual', 'annual', true);
  const plan = radio('layout', 'layoutPlan', 'plan', false);
  const thaiDigits = checkbox('optThaiDigits', true);
  const landscape = checkbox('optLandscape', false);
  const memo = checkbox('optMemo', false);
  const cover = checkbox('optCover', false);
  const progress = h('div', { class: 'progress', attrs: { hidden: true } });
  const result = h('div', { class: 'result', attrs: { 'aria-live': 'polite' } });
  const recent = h('ul', { class: 'recent' });
  let lastExport: ExportSummary | null = null;
  /** Newest first as the server sends it (one ordering rule: recentExports); null while loading. */
  let exportsLog: ExportLogEntry[] | null = null;

  /** Tells the validate step what an export would check now (nothing ticked: its defaults). */
  function shareChoice(): void {
    const picked = reports.filter((r) => r.box.input.checked).map((r) => r.kind);
    setExportChoice(
      picked.length === 0
        ? null
        : { reports: picked, round: round.input.value === '12' ? '12' : '6', memo: memo.input.checked },
    );
  }
  for (const input of [...reports.map((r) => r.box.input), round.input, memo.input]) {
    input.addEventListener('change', shareChoice);
  }
  shareChoice();

  onSidebarState((state) => {
    if (state.settings) {
      round.input.value = state.settings.round;
      thaiDigits.input.checked = state.settings.digits === 'thai';
    }
    shareChoice();
    exportsLog = state.lastExports;
    renderRecent();
  });

  function renderRecent(): void {
    const newest = exportsLog;
    if (newest === null) {
      fill(recent, h('li', { class: 'gray', text: 'exportsLoading' }));
      return;
    }
    if (newest.length === 0) {
      fill(recent, h('li', { class: 'gray', text: 'noExports' }));
      return;
    }
    fill(
      recent,
      ...newest.map((e) =>
        h(
          'li',
          {},
          h('span', { class: 'recent-time gray' }, e.time),
          ' ',
          h('span', {}, e.report),
          ' ',
          link(e.link, 'openDoc'),
        ),
      ),
    );
  }

  function renderResult(): void {
    const r = lastExport;
    if (!r) return;
    fill(
      result,
      h('p', { class: 'ok-line' }, `✓ ${t('exportDone')}: `, h('strong', {}, r.name)),
      h(
        'p',
        { class: 'links' },
        link(r.url, 'openDoc'),
        r.downloadUrl ? ' · ' : null,
        r.downloadUrl ? link(r.downloadUrl, 'downloadDocx', true) : null,
      ),
      r.warnings.length
        ? h(
            'div',
            {},
            h('p', { class: 'warnings-title', text: 'exportWarnings' }),
            renderFindings(r.warnings, (e) => errors.show(e)),
          )
        : null,
    );
  }
  onLangChange(() => {
    renderResult();
    renderRecent();
  });

  function readInput(): ExportInput | null {
    const picked = reports.filter((r) => r.box.input.checked).map((r) => r.kind);
    if (picked.length === 0) {
      errors.show(localFailure('no-report', 'pickReport'));
      reports[0]?.box.input.focus();
      return null;
    }
    return {
      reports: picked,
      round: round.input.value === '12' ? '12' : '6',
      layout: plan.input.checked ? 'plan' : 'annual',
      digits: thaiDigits.input.checked ? 'thai' : 'arabic',
      landscape: landscape.input.checked,
      memo: memo.input.checked,
      cover: cover.input.checked,
    };
  }

  // Elapsed seconds next to the bar, so a long export visibly still runs. The stage text says what the
  // sidebar knows: one server call reads, checks and creates the document; then the log is read.
  function startProgress(): { stop: () => void; stage: (text: Text) => void } {
    const started = Date.now();
    const seconds = h('span', { class: 'gray' });
    const stageText = h('span', { class: 'progress-text', text: 'exporting' });
    fill(progress, h('progress', { attrs: { 'aria-label': t('exporting') } }), stageText, ' ', seconds);
    progress.hidden = false;
    const timer = window.setInterval(() => {
      seconds.textContent = `${Math.round((Date.now() - started) / 1000)} ${t('seconds')}`;
    }, 1000);
    return {
      stop: () => {
        window.clearInterval(timer);
        progress.hidden = true;
        clear(progress);
      },
      stage: (text) => {
        bind(stageText, text);
        busyLabel(text);
      },
    };
  }

  const run = button('exportButton', 'action', () => {
    errors.clear();
    // The previous document's link goes first: next to a new error it would read as this export's result.
    clear(result);
    lastExport = null;
    const input = readInput();
    if (!input) return;
    const shown = startProgress();
    void busy('exporting', async () => {
      const summary = await call('exportReports', input);
      shown.stage('exportingLog');
      // The log is refreshed after the document exists; a failure here must not hide the new link.
      const log = await call('listExports').catch(() => null);
      return { summary, log };
    })
      .then(({ summary, log }) => {
        lastExport = summary;
        renderResult();
        if (log) {
          exportsLog = log;
          renderRecent();
        }
      })
      .catch((e) => errors.show(e))
      .finally(shown.stop);
  });

  renderRecent();
  return h(
    'div',
    {},
    h('p', { class: 'intro', text: 'step4Intro' }),
    group('reportsGroup', ...reports.map((r) => r.box.wrap)),
    round.wrap,
    group(itemText('layoutGroup'), annual.wrap, plan.wrap),
    group('optionsGroup', thaiDigits.wrap, landscape.wrap, memo.wrap, cover.wrap),
    h('div', { class: 'buttons' }, run),
    progress,
    errors.el,
    result,
    h('h3', { class: 'sub', text: 'lastExports' }),
    recent,
  );
}
