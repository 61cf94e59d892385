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
import { exportChoice, sidebarState } from '../state';

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

  function render(): void {
    const v = last;
    if (!v) return;
    if (v.findings.length === 0) {
      fill(
        result,
        checkedFor(v.checked),
        h('p', { class: 'ok-line' }, `✓ ${t('validateClean')}`),
        h('p', {}, button('next', 'secondary', onDone)),
      );
      return;
    }
    const absent = missingTabs(v.findings);
    fill(
      result,
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

  const run = button('validate', 'action', () => {
    errors.clear();
    // The choices of the export step (its defaults until the person changes them).
    const choice = exportChoice();
    void busy('working', () => (choice ? call('validateWorkbook', choice) : call('validateWorkbook')))
      .then((summary) => {
        last = summary;
        render();
      })
      .catch((e) => errors.show(e));
  });

  return h(
    'div',
    {},
    h('p', { class: 'intro', text: 'step3Intro' }),
    h('div', { class: 'buttons' }, run),
    errors.el,
    result,
  );
}
