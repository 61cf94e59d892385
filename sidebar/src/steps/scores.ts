// Step 2: paste the ITAS scores, see what was recognised (nothing is written yet), tick suggested measures
// for the weak indicators, then write scores, analysis and the chosen measures to the sheet.
import type { PreviewScoresInput } from '../../../src/core/rpc/contract';
import { busy, isBusy, setAvailable } from '../busy';
import { renderChart } from '../chart';
import { h, fill, clear } from '../dom';
import { ErrorBox, localFailure } from '../errors';
import { button, checkbox, group, radio, readYearField, textArea, textField } from '../form';
import { onLangChange, t, tr } from '../i18n';
import { toPreviewView, yearChoiceNeeded, type PreviewView } from '../preview-model';
import { readNumber } from '../numbers';
import { call, RpcFailure } from '../rpc';
import { fetchSidebarState, onSidebarState, setSidebarState, sheetWritten } from '../state';

type YearChoice = NonNullable<PreviewScoresInput['yearChoice']>;

const score = (n: number | null) => (n === null ? '–' : n.toFixed(2));

function overallBlock(p: PreviewView): HTMLElement {
  const o = p.overall;
  const passed = o.score !== null && o.score >= p.target;
  const level = tr(o.levelTh ?? '', o.levelEn ?? '');
  return h(
    'div',
    { class: 'overall' },
    h('span', { class: 'overall-label' }, t('overall')),
    h('span', { class: `overall-score ${passed ? 'pass' : 'fail'}` }, score(o.score)),
    level ? h('span', { class: 'overall-level' }, `${t('level')}: ${level}`) : null,
    o.score !== null ? h('span', { class: passed ? 'pass' : 'fail' }, t(passed ? 'passed' : 'notPassed')) : null,
  );
}

function toolsTable(p: PreviewView): HTMLElement {
  return h(
    'table',
    { class: 'grid-table' },
    h('caption', { text: 'toolsTitle' }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'col' }, text: 'colTool' }),
        h('th', { attrs: { scope: 'col' }, text: 'colScore' }),
        h('th', { attrs: { scope: 'col' }, text: 'colStated' }),
      ),
    ),
    h(
      'tbody',
      {},
      ...p.tools.map((tool) => {
        const mismatch = tool.stated !== null && tool.score !== null && Math.abs(tool.stated - tool.score) > 0.02;
        return h(
          'tr',
          { class: mismatch ? 'mismatch' : '' },
          h('th', { attrs: { scope: 'row' } }, tool.code),
          h('td', { class: 'num' }, score(tool.score)),
          h('td', { class: 'num' }, tool.stated === null ? '' : score(tool.stated)),
        );
      }),
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'row' } }, 'ITA'),
        h('td', { class: 'num' }, score(p.overall.score)),
        h('td', { class: 'num' }, p.overall.stated === null ? '' : score(p.overall.stated)),
      ),
    ),
  );
}

function indicatorsTable(p: PreviewView): HTMLElement {
  const below = new Set(p.belowTarget);
  return h(
    'table',
    { class: 'grid-table indicators' },
    h('caption', {}, `${t('indicatorsFound')} ${p.indicators.length}/10`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'col' }, text: 'colIndicator' }),
        h('th', { attrs: { scope: 'col' }, text: 'colScore' }),
      ),
    ),
    h(
      'tbody',
      {},
      ...p.indicators.map((i) =>
        h(
          'tr',
          { class: below.has(i.no) ? 'below' : '' },
          h(
            'th',
            { attrs: { scope: 'row' } },
            `${i.no}. ${tr(i.name, i.nameEn)} `,
            h('span', { class: 'gray' }, i.tool),
          ),
          h('td', { class: 'num' }, score(i.score)),
        ),
      ),
    ),
  );
}

export function scoresStep(onDone: () => void): HTMLElement {
  const errors = new ErrorBox();
  const paste = textArea('pasteLabel', {
    id: 'paste-text',
    rows: 8,
    maxLength: 200_000,
    placeholder: 'pastePlaceholder',
  });
  paste.input.spellcheck = false;
  const year = textField('scoresYear', { numeric: 'integer' });
  const target = textField('target', { numeric: 'decimal', value: '85' });
  const previewArea = h('div', { class: 'preview', attrs: { 'aria-live': 'polite' } });
  const result = h('div', { class: 'result', attrs: { 'aria-live': 'polite' } });
  const chosen = new Set<string>();
  let preview: PreviewView | null = null;
  let previewedInput: PreviewScoresInput | null = null;
  /** The preview no longer matches the boxes (edited since): write waits for a new preview. */
  let stale = false;
  /** The year asked for in the last preview (the box may have changed since). */
  let askedYear: number | undefined;
  /** A paste of another year than the settings' ITA year: stored as that year (default) or made current. */
  let yearChoice: YearChoice = 'store';
  // The year and target follow the settings until the person types their own.
  const typedByUser = new Set<HTMLElement>();

  onSidebarState((state) => {
    if (!state.settings) return;
    if (!typedByUser.has(year.input)) year.input.value = String(state.settings.itaYear);
    if (!typedByUser.has(target.input)) target.input.value = String(state.settings.target);
  });

  /** What to preview, or null after marking the field that is wrong. An empty year means "the paste's". */
  function currentInput(): PreviewScoresInput | null {
    const input: PreviewScoresInput = { text: paste.input.value, yearChoice };
    if (year.input.value.trim()) {
      const y = readYearField(year);
      if (y === null) return null;
      input.year = y;
    } else year.setError(null);
    const tg = readNumber(target.input.value);
    const targetOk = tg !== null && tg >= 0 && tg <= 100;
    target.setError(targetOk ? null : 'targetRange');
    if (!targetOk) return null;
    input.target = tg;
    return input;
  }

  function renderWeak(p: PreviewView): HTMLElement {
    if (p.belowTarget.length === 0) return h('p', { class: 'ok-line', text: 'noWeak' });
    const byNo = new Map(p.indicators.map((i) => [i.no, i]));
    const urgent = new Set(p.urgent);
    return h(
      'div',
      { class: 'weak' },
      h('h4', { text: 'weakTitle' }),
      h('p', { class: 'gray small', text: 'weakIntro' }),
      ...p.belowTarget.map((no) => {
        const ind = byNo.get(no);
        const suggestions = p.suggestions.filter((s) => s.indicator === no);
        const gap = ind?.score != null ? (ind.score - p.target).toFixed(2) : '';
        return h(
          'div',
          { class: 'weak-indicator', attrs: { 'data-indicator': no } },
          h(
            'p',
            { class: 'weak-head' },
            urgent.has(no) ? h('span', { class: 'badge badge-error' }, t('urgent')) : null,
            h('strong', {}, `${tr('ตัวชี้วัดที่', 'Indicator')} ${no} ${ind ? tr(ind.name, ind.nameEn) : ''}`),
            ` ${score(ind?.score ?? null)} (${gap})`,
          ),
          suggestions.length === 0
            ? h('p', { class: 'gray small', text: 'noSuggestions' })
            : h(
                'div',
                { class: 'suggestions' },
                ...suggestions.map((s) => {
                  const box = checkbox(() => s.title, chosen.has(s.id), s.id);
                  box.input.addEventListener('change', () => {
                    if (box.input.checked) chosen.add(s.id);
                    else chosen.delete(s.id);
                  });
                  if (s.detail) box.wrap.appendChild(h('span', { class: 'gray small detail' }, s.detail));
                  return box.wrap;
                }),
              ),
        );
      }),
    );
  }

  function renderPreview(): void {
    const p = preview;
    if (!p) {
      clear(previewArea);
      return;
    }
    const byNo = new Map(p.indicators.map((i) => [i.no, i]));
    fill(
      previewArea,
      h('h3', { class: 'sub' }, t('previewTitle'), p.year ? ` (ITA ${p.year})` : ''),
      yearNote(p),
      yearChoiceBlock(p),
      overallBlock(p),
      p.warnings.length
        ? h(
            'div',
            { class: 'warnings', attrs: { role: 'note' } },
            h('p', { class: 'warnings-title', text: 'warningsTitle' }),
            h(
              'ul',
              {},
              ...p.warnings.map((w) =>
                h(
                  'li',
                  { class: w.severity === 'error' ? 'error' : '' },
                  w.line !== null ? `${tr('บรรทัด', 'line')} ${w.line}: ` : '',
                  tr(w.message_th, w.message_en),
                ),
              ),
            ),
          )
        : null,
      h(
        'figure',
        { class: 'chart-box' },
        renderChart(
          Array.from({ length: 10 }, (_, i) => ({ no: i + 1, score: byNo.get(i + 1)?.score ?? null })),
          p.target,
        ),
      ),
      toolsTable(p),
      indicatorsTable(p),
      p.current
        ? renderWeak(p)
        : h('p', { class: 'gray small', text: () => t('otherYearNoMeasures').replace('{year}', String(p.year)) }),
      p.strengths.length
        ? h(
            'p',
            { class: 'small' },
            h('strong', {}, `${t('strengths')}: `),
            `${tr('ตัวชี้วัดที่', 'indicators')} ${p.strengths.join(', ')}`,
          )
        : null,
      // "Write" sits under what it writes, after the measures were ticked.
      stale ? h('p', { class: 'stale-note', attrs: { role: 'status' }, text: 'previewStale' }) : null,
      h('div', { class: 'buttons' }, write),
    );
  }
  onLangChange(renderPreview);

  /** Said when the paste has no scores for a year the person typed, so another year is shown. */
  function yearNote(p: PreviewView): HTMLElement | null {
    const asked = askedYear;
    // The settings' year is the choice block's matter.
    if (asked === undefined || p.year === null || p.year === asked || asked === p.settingsYear) return null;
    const text = () =>
      t('yearDiffers')
        .replace('{asked}', String(asked))
        .replace(/\{shown\}/g, String(p.year));
    return h('p', { class: 'year-note', attrs: { role: 'note' }, text });
  }

  /** The paste holds another year than the settings' ITA year: say so, and let the person choose. */
  function yearChoiceBlock(p: PreviewView): HTMLElement | null {
    if (!yearChoiceNeeded(p) || p.settingsYear === null) return null;
    const settings = String(p.settingsYear);
    const proposed = String(p.proposedYear ?? p.year ?? '');
    const fillIn = (key: 'yearsOfPaste' | 'yearStore' | 'yearMakeCurrent') => () =>
      t(key)
        .replace('{years}', p.years.join(', '))
        .replace(/\{settings\}/g, settings)
        .replace(/\{proposed\}/g, proposed);
    const store = radio('year-choice', fillIn('yearStore'), 'store', yearChoice === 'store');
    const makeCurrent = radio('year-choice', fillIn('yearMakeCurrent'), 'make-current', yearChoice === 'make-current');
    for (const r of [store, makeCurrent]) {
      r.input.addEventListener('change', () => {
        if (!r.input.checked) return;
        yearChoice = r.input.value === 'make-current' ? 'make-current' : 'store';
        // Another year analysed (or none): the preview and its measures follow the choice.
        runPreview();
      });
    }
    return h(
      'div',
      { class: 'year-choice', attrs: { role: 'note', 'data-years': p.years.join(',') } },
      h('p', { class: 'year-note', text: fillIn('yearsOfPaste') }),
      group('yearChoiceGroup', store.wrap, makeCurrent.wrap),
    );
  }

  const previewButton = button('preview', 'action', () => runPreview());
  const write = button('writeScores', 'create', () => runWrite());
  setAvailable(write, false);

  function runPreview(): void {
    errors.clear();
    clear(result);
    const input = currentInput();
    if (!input) return;
    if (!input.text.trim()) {
      // An emptied box must not leave the previous paste's preview on screen.
      preview = null;
      previewedInput = null;
      renderPreview();
      setAvailable(write, false);
      errors.show(localFailure('empty', 'pasteEmpty'));
      paste.input.focus();
      return;
    }
    void busy('working', () => call('previewScores', input))
      .then((answer) => {
        const view = toPreviewView(answer);
        if (!view) throw new RpcFailure('bad-answer', { code: 'bad-answer', message_th: '', message_en: '' });
        preview = view;
        previewedInput = input;
        askedYear = input.year;
        stale = false;
        // Weak indicators' measures are ticked by default: the usual choice, easy to untick.
        chosen.clear();
        for (const s of view.suggestions) if (view.belowTarget.includes(s.indicator)) chosen.add(s.id);
        renderPreview();
        setAvailable(write, view.indicators.length > 0);
      })
      .catch((e) => {
        preview = null;
        renderPreview();
        setAvailable(write, false);
        errors.show(e);
      });
  }

  function runWrite(): void {
    if (!previewedInput) return;
    errors.clear();
    const input = { ...previewedInput, chosenSuggestionIds: Array.from(chosen) };
    void busy('working', async () => {
      const done = await call('applyScores', input);
      sheetWritten();
      // "What is done" follows: the year's scores are in now.
      const state = await fetchSidebarState();
      if (state) setSidebarState(state);
      return done;
    })
      .then((done) => {
        const nothing = done.scoresWritten + done.measuresAdded + done.analysisRows === 0;
        // Made current: the settings' ITA year is now the paste's (the state read above shows it everywhere).
        const changedYear =
          previewedInput?.yearChoice === 'make-current' && done.itaYear !== preview?.settingsYear ? done.itaYear : null;
        fill(
          result,
          h('p', { class: 'ok-line' }, `✓ ${t(nothing ? 'writtenNothing' : 'written')}`),
          h(
            'p',
            { class: 'small' },
            `${t('yearsWritten')} ${done.years.join(', ')} · ` +
              `${t('scoresWritten')} ${done.scoresWritten} · ${t('measuresAdded')} ${done.measuresAdded} · ${t('analysisRows')} ${done.analysisRows}`,
          ),
          changedYear !== null
            ? h('p', { class: 'small', text: () => t('itaYearChanged').replace('{year}', String(changedYear)) })
            : null,
          h('p', {}, button('next', 'secondary', onDone)),
        );
      })
      .catch((e) => errors.show(e));
  }

  // A paste previews at once; typing afterwards makes the preview stale until the next preview.
  paste.input.addEventListener('paste', () =>
    window.setTimeout(() => {
      yearChoice = 'store';
      if (!isBusy()) runPreview();
    }, 0),
  );
  // Editing the paste, the year or the target after a preview: say why "write" waits, once.
  const markStale = (event: Event) => {
    if (event.target !== paste.input) typedByUser.add(event.target as HTMLElement);
    // Another text: its years are not the ones the choice was made for.
    else yearChoice = 'store';
    if (!previewedInput || stale) return;
    stale = true;
    previewedInput = null;
    setAvailable(write, false);
    renderPreview();
  };
  for (const box of [paste.input, year.input, target.input]) box.addEventListener('input', markStale);

  return h(
    'div',
    {},
    h('p', { class: 'intro', text: 'step2Intro' }),
    paste.wrap,
    h('div', { class: 'row2' }, year.wrap, target.wrap),
    h('div', { class: 'buttons' }, previewButton),
    errors.el,
    previewArea,
    result,
  );
}
