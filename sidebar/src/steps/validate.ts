// Step 3: run validation; findings grouped by tab with counts; a click selects the cell in the sheet.
import type { ExportChoice, Finding, ReportKind, ValidationSummary } from '../../../src/core/rpc/contract';
import { busy } from '../busy';
import { h, fill } from '../dom';
import { ErrorBox } from '../errors';
import { renderFindings } from '../findings';
import { button } from '../form';
import { onLangChange, t } from '../i18n';
import type { MessageKey } from '../messages';
import { call } from '../rpc';
import { exportChoice, fetchSidebarState, onSheetWritten, setSidebarState, sidebarState } from '../state';

const REPORT_LABELS: Record<ReportKind, MessageKey> = {
  analysis: 'reportAnalysis',
  measures: 'reportMeasures',
  results: 'reportResults',
  progress: 'reportProgress',
  oit: 'reportOit',
};

/** "Checked for exporting: <reports> · <round> · memo": the findings are what that export would say. */
function checkedFor(choice: ExportChoice | undefined): HTMLElement | null {
  if (!choice) return null;
  const parts = [
    choice.reports.map((k) => t(REPORT_LABELS[k])).join(', '),
    t(choice.round === '6' ? 'round6' : 'round12'),
    ...(choice.memo ? [t('optMemo')] : []),
  ];
  return h('p', { class: 'checked-for gray small' }, `${t('checkedFor')}: ${parts.join(' · ')}`);
}

/** Tabs the findings point at that the file does not have: clicking those findings could select nothing. */
function missingTabs(findings: Finding[]): string[] {
  const missing = new Set((sidebarState()?.tabs ?? []).filter((t) => t.status === 'missing').map((t) => t.name));
  return Array.from(new Set(findings.map((f) => f.tab).filter((tab) => missing.has(tab))));
}

export function validateStep(onDone: () => void, toSettings: () => void): HTMLElement {
  const errors = new ErrorBox();
  const result = h('div', { class: 'result validation', attrs: { 'aria-live': 'polite' } });
  let last: ValidationSummary | null = null;
  /** The add-on wrote to the sheet after these results (scores, set-up, settings): they may be out of date. */
  let stale = false;
  onSheetWritten(() => {
    if (!last || stale) return;
    stale = true;
    render();
  });
  const staleNote = () =>
    stale
      ? h(
          'div',
          { class: 'stale-note', attrs: { role: 'note' } },
          h('p', { text: 'resultsStale' }),
          button('validateAgain', 'secondary', () => runValidation()),
        )
      : null;

  function render(): void {
    const v = last;
    if (!v) return;
    if (v.findings.length === 0) {
      fill(
        result,
        staleNote(),
        checkedFor(v.checked),
        h('p', { class: stale ? 'ok-line stale' : 'ok-line' }, `✓ ${t('validateClean')}`),
        h('p', {}, button('next', 'secondary', onDone)),
      );
      return;
    }
    const absent = missingTabs(v.findings);
    fill(
      result,
      staleNote(),
      absent.length
        ? h(
            'div',
            { class: 'missing-tabs', attrs: { role: 'note' } },
            h('p', {}, `${t('tabsMissingHint')}: ${absent.join(', ')}`),
            button('goToSettings', 'secondary', toSettings),
          )
        : null,
      checkedFor(v.checked),
      h(
        'p',
        { class: 'validation-summary' },
        h('span', { class: v.errorCount ? 'error' : '' }, `${t('errors')} ${v.errorCount}`),
        ' · ',
        h('span', {}, `${t('warnings')} ${v.warningCount}`),
      ),
      renderFindings(v.findings, (e) => errors.show(e)),
      v.errorCount === 0 ? h('p', {}, button('next', 'secondary', onDone)) : null,
    );
  }
  onLangChange(render);

  function runValidation(): void {
    errors.clear();
    // The choices of the export step (its defaults until the person changes them). One server call reads
    // every tab, checks and highlights: the status line says so while it runs.
    const choice = exportChoice();
    void busy('validating', async () => {
      const summary = await (choice ? call('validateWorkbook', choice) : call('validateWorkbook'));
      const state = await fetchSidebarState();
      if (state) setSidebarState(state);
      return summary;
    })
      .then((summary) => {
        last = summary;
        stale = false;
        render();
      })
      .catch((e) => errors.show(e));
  }
  const run = button('validate', 'action', runValidation);

  return h(
    'div',
    {},
    h('p', { class: 'intro', text: 'step3Intro' }),
    h('div', { class: 'buttons' }, run),
    errors.el,
    result,
  );
}
