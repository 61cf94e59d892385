// Step 3: run validation; findings grouped by tab with counts; a click selects the cell in the sheet.
import type { Finding, ValidationSummary } from '../../../src/core/rpc/contract';
import { busy } from '../busy';
import { h, fill } from '../dom';
import { ErrorBox } from '../errors';
import { renderFindings } from '../findings';
import { button } from '../form';
import { onLangChange, t } from '../i18n';
import { call } from '../rpc';
import { fetchSidebarState, onSheetWritten, setSidebarState, sidebarState } from '../state';

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
    // One server call reads every tab, checks and highlights: the status line says so while it runs.
    void busy('validating', async () => {
      const summary = await call('validateWorkbook');
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
