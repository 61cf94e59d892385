// Step 1: the agency's settings (saved to the ตั้งค่า tab) and the button that creates or repairs the tabs.
import type { ScaffoldSummary, SettingsInput, SidebarState } from '../../../src/core/rpc/contract';
// The framework rule is the server's (one source of defaults); the rest of the defaults come in SidebarState.
import { bestFrameworkYear } from '../../../src/core/workbook/default-settings';
import { busy, busyLabel } from '../busy';
import { followAgency, type Agency } from '../chain-headings';
import { h, fill } from '../dom';
import { ErrorBox } from '../errors';
import { button, checkbox, group, readYearField, selectField, textArea, textField, type Field } from '../form';
import { parseReportDate } from '../../../src/core/report/report-date';
import { BE_OFFSET, formatThaiDate } from '../../../src/core/thai';
import { fmt, onLangChange, t, tr, type Text } from '../i18n';
import { readBuddhistYear, readNumber } from '../numbers';
import { call } from '../rpc';
import { fetchSidebarState, onSidebarState, setSidebarState, sheetWritten, sidebarState } from '../state';

/** The report date as a date picker; the sheet keeps it as Thai text ("15 มกราคม 2567"). */
function dateField(typed: string): Field<HTMLInputElement> {
  const field = textField('reportDate', { maxLength: 10 });
  field.input.type = 'date';
  const d = parseReportDate(typed);
  const two = (n: number) => String(n).padStart(2, '0');
  if (d) field.input.value = `${d.yearBE - BE_OFFSET}-${two(d.month)}-${two(d.day)}`;
  return field;
}

/** "2024-01-15" from the picker → "15 มกราคม 2567"; '' stays '' (the export day). */
function reportDateText(iso: string): string {
  const d = parseReportDate(iso);
  return d ? formatThaiDate(d, 'arabic') : '';
}

const AGENCY_TYPES = ['องค์การบริหารส่วนตำบล', 'เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร'];

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

interface SignerFields {
  rank: Field<HTMLInputElement>;
  name: Field<HTMLInputElement>;
  positions: Field<HTMLTextAreaElement>;
}

function signerFields(signer: SettingsInput['preparer']): SignerFields {
  return {
    rank: textField('rank', { value: signer.rank ?? '', maxLength: 100 }),
    name: textField('personName', { value: signer.name, maxLength: 200 }),
    positions: textArea('positionLines', { value: signer.positionLines.join('\n'), rows: 2 }),
  };
}

function readSigner(f: SignerFields): SettingsInput['preparer'] {
  const rank = f.rank.input.value.trim();
  return {
    ...(rank ? { rank } : {}),
    name: f.name.input.value.trim(),
    positionLines: lines(f.positions.input.value).slice(0, 6),
  };
}

/** Whether the settings form holds edits not saved to the sheet (set by the step once built). */
let unsavedCheck: () => boolean = () => false;
export function settingsUnsaved(): boolean {
  return unsavedCheck();
}

const emptySummary = (): ScaffoldSummary => ({ created: [], repaired: [], foreign: [], unchanged: [] });

function addSummary(into: ScaffoldSummary, part: ScaffoldSummary): void {
  into.created.push(...part.created);
  into.repaired.push(...part.repaired);
  into.foreign.push(...part.foreign);
  into.unchanged.push(...part.unchanged);
}

interface ChainFields {
  heading: Field<HTMLInputElement>;
  comment: Field<HTMLTextAreaElement>;
  signer: SignerFields;
  box: HTMLElement;
}

export function settingsStep(onDone: () => void): HTMLElement {
  const errors = new ErrorBox();
  const result = h('div', { class: 'result', attrs: { 'aria-live': 'polite' } });
  const tabList = h('ul', { class: 'tab-status' });
  const form = h('form', { class: 'form', attrs: { novalidate: true } });
  let frameworkYears: number[] = [];
  // Unsaved edits survive a refresh of the state (e.g. after scaffolding); a saved form shows the sheet's values.
  let dirty = false;
  let fields: ReturnType<typeof buildForm> | null = null;
  unsavedCheck = () => dirty && fields !== null;
  const progress = h('div', { class: 'progress', attrs: { hidden: true } });

  function buildForm(s: SettingsInput) {
    const yearChoices = (years: number[], value: number) =>
      Array.from(new Set([...years, value]))
        .sort((a, b) => b - a)
        .map((y) => ({ value: String(y), label: () => String(y) }));
    const typeChoices = Array.from(new Set([...AGENCY_TYPES, s.agencyType].filter(Boolean))).map((v) => ({
      value: v,
      label: () => v,
    }));
    const f = {
      agencyName: textField('agencyName', {
        value: s.agencyName,
        required: true,
        maxLength: 200,
        hint: 'agencyNameHint',
        autocomplete: 'organization',
      }),
      agencyType: selectField('agencyType', typeChoices, s.agencyType),
      // Required here because validation refuses an export without them (they head every report).
      district: textField('district', { value: s.district, maxLength: 100, required: true }),
      province: textField('province', { value: s.province, maxLength: 100, required: true }),
      fiscalYear: textField('fiscalYear', { value: String(s.fiscalYear), numeric: 'integer' }),
      itaYear: textField('itaYear', { value: String(s.itaYear), numeric: 'integer' }),
      frameworkYear: selectField(
        'frameworkYear',
        yearChoices(frameworkYears, s.frameworkYear),
        String(s.frameworkYear),
      ),
      round: selectField(
        'round',
        [
          { value: '6', label: 'round6' },
          { value: '12', label: 'round12' },
        ],
        s.round,
      ),
      target: textField('target', { value: String(s.target), numeric: 'decimal' }),
      digits: selectField(
        'digits',
        [
          { value: 'thai', label: 'digitsThai' },
          { value: 'arabic', label: 'digitsArabic' },
        ],
        s.digits,
      ),
      preparer: signerFields(s.preparer),
      memoOffice: textField('memoOffice', { value: s.memo.office, maxLength: 300 }),
      memoRefNo: textField('memoRefNo', { value: s.memo.refNo, maxLength: 100 }),
      memoDate: textField('memoDate', { value: s.memo.date, maxLength: 100 }),
      memoTo: textField('memoTo', { value: s.memo.to, maxLength: 300 }),
      reportDate: dateField(s.reportDate ?? ''),
      signReport: checkbox('signReport', s.signReport ?? false),
      chain: [] as ChainFields[],
    };
    const chainList = h('div', { class: 'chain' });
    const addStep = (step: SettingsInput['chain'][number]) => {
      const c: ChainFields = {
        heading: textField('chainHeading', { value: step.heading, maxLength: 300 }),
        comment: textArea('chainComment', { value: step.comment ?? '', rows: 2, maxLength: 2000 }),
        signer: signerFields(step.signer),
        box: h('fieldset', { class: 'chain-step' }),
      };
      const legend = h('legend', {});
      const remove = button('chainRemove', 'link', () => {
        f.chain.splice(f.chain.indexOf(c), 1);
        c.box.remove();
        dirty = true;
        renumber();
        addButton.focus();
      });
      fill(
        c.box,
        legend,
        c.heading.wrap,
        c.comment.wrap,
        c.signer.rank.wrap,
        c.signer.name.wrap,
        c.signer.positions.wrap,
        remove,
      );
      f.chain.push(c);
      chainList.appendChild(c.box);
      renumber();
      dirty = true;
    };
    const renumber = () =>
      f.chain.forEach((c, i) => fill(c.box.querySelector('legend')!, `${t('chainStep')} ${i + 1}`));
    onLangChange(renumber);
    const addButton = button('chainAdd', 'secondary', () => {
      if (f.chain.length >= 8) return;
      addStep({ heading: '', signer: { name: '', positionLines: [] } });
      f.chain[f.chain.length - 1]?.heading.input.focus();
    });
    for (const step of s.chain) addStep(step);
    // Headings still at their default follow the agency name and type as they are typed.
    let agency: Agency = { agencyName: s.agencyName, agencyType: s.agencyType };
    const followAgencyName = () => {
      const next = { agencyName: f.agencyName.input.value, agencyType: f.agencyType.input.value };
      const headings = followAgency(
        f.chain.map((c) => c.heading.input.value),
        agency,
        next,
      );
      f.chain.forEach((c, i) => {
        const heading = headings[i];
        if (heading !== undefined && heading !== c.heading.input.value) c.heading.input.value = heading;
      });
      agency = next;
    };
    f.agencyName.input.addEventListener('input', followAgencyName);
    f.agencyType.input.addEventListener('change', followAgencyName);
    // The framework follows the ITA year until the user picks one: a stale framework year makes every OIT
    // code look wrong.
    let frameworkPicked = false;
    f.frameworkYear.input.addEventListener('change', () => {
      frameworkPicked = true;
    });
    f.itaYear.input.addEventListener('input', () => {
      // Only a whole year moves it: "25" on the way to "2567" must not jump to the oldest framework.
      const reading = readBuddhistYear(f.itaYear.input.value);
      const best = reading.ok ? bestFrameworkYear(frameworkYears, reading.year) : null;
      if (!frameworkPicked && best !== null) f.frameworkYear.input.value = String(best);
    });
    dirty = false;
    const wasOpen = form.querySelector('details')?.open ?? false;

    fill(
      form,
      f.agencyName.wrap,
      f.agencyType.wrap,
      h('div', { class: 'row2' }, f.district.wrap, f.province.wrap),
      h('div', { class: 'row2' }, f.fiscalYear.wrap, f.itaYear.wrap),
      h('div', { class: 'row2' }, f.frameworkYear.wrap, f.target.wrap),
      f.round.wrap,
      f.digits.wrap,
      h(
        'details',
        { class: 'more', attrs: { open: wasOpen } },
        h('summary', { text: 'signersGroup' }),
        group('preparer', f.preparer.rank.wrap, f.preparer.name.wrap, f.preparer.positions.wrap),
        group('memoGroup', f.memoOffice.wrap, f.memoRefNo.wrap, f.memoDate.wrap, f.memoTo.wrap),
        f.reportDate.wrap,
        f.signReport.wrap,
        group('chainGroup', chainList, addButton),
      ),
    );
    return f;
  }

  function readForm(): SettingsInput | null {
    const f = fields;
    if (!f) return null;
    const bad: HTMLElement[] = [];
    const check = (field: Field<HTMLInputElement>, ok: boolean, message: Text) => {
      field.setError(ok ? null : message);
      if (!ok) bad.push(field.input);
    };
    const year = (field: Field<HTMLInputElement>) => {
      const n = readYearField(field);
      if (n === null) bad.push(field.input);
      return n ?? 0;
    };
    const agencyName = f.agencyName.input.value.trim();
    check(f.agencyName, agencyName.length > 0, 'requiredAgency');
    check(f.district, f.district.input.value.trim().length > 0, 'requiredDistrict');
    check(f.province, f.province.input.value.trim().length > 0, 'requiredProvince');
    const fiscalYear = year(f.fiscalYear);
    const itaYear = year(f.itaYear);
    const target = readNumber(f.target.input.value);
    check(f.target, target !== null && target >= 0 && target <= 100, 'targetRange');
    if (bad.length > 0 || target === null) {
      bad[0]?.focus();
      return null;
    }
    return {
      agencyName,
      agencyType: f.agencyType.input.value,
      district: f.district.input.value.trim(),
      province: f.province.input.value.trim(),
      fiscalYear,
      itaYear,
      frameworkYear: Number(f.frameworkYear.input.value),
      round: f.round.input.value === '12' ? '12' : '6',
      target,
      digits: f.digits.input.value === 'arabic' ? 'arabic' : 'thai',
      preparer: readSigner(f.preparer),
      memo: {
        office: f.memoOffice.input.value.trim(),
        refNo: f.memoRefNo.input.value.trim(),
        date: f.memoDate.input.value.trim(),
        to: f.memoTo.input.value.trim(),
      },
      reportDate: reportDateText(f.reportDate.input.value),
      signReport: f.signReport.input.checked,
      chain: f.chain.map((c) => {
        const comment = c.comment.input.value.trim();
        return { heading: c.heading.input.value.trim(), ...(comment ? { comment } : {}), signer: readSigner(c.signer) };
      }),
    };
  }

  let lastTabs: SidebarState['tabs'] = [];
  const renderTabs = () =>
    fill(
      tabList,
      ...lastTabs.map((tab) =>
        h(
          'li',
          { class: `tab-${tab.status}` },
          h('span', { class: 'tab-mark', attrs: { 'aria-hidden': 'true' } }, tab.status === 'ok' ? '✓' : '!'),
          `${tab.name} `,
          h(
            'span',
            { class: 'gray' },
            `(${t(tab.status === 'ok' ? 'tabOk' : tab.status === 'missing' ? 'tabMissing' : 'tabForeign')})`,
          ),
        ),
      ),
    );
  onLangChange(renderTabs);

  let lastScaffold: ScaffoldSummary | null = null;
  let lastTotal = 0;
  let savedWithScaffold = false;
  const renderScaffold = () => {
    const s = lastScaffold;
    if (!s) return;
    const items: HTMLElement[] = [];
    const add = (label: string, names: string[]) => {
      if (names.length) items.push(h('li', {}, h('strong', {}, `${label}: `), names.join(', ')));
    };
    add(t('scaffoldCreated'), s.created);
    add(
      t('scaffoldRepaired'),
      s.repaired.map((r) => {
        const added = r.addedColumns.length ? ` +${r.addedColumns.join(', ')}` : '';
        const rows = r.addedRows ? ` +${r.addedRows} ${tr('แถว', 'rows')}` : '';
        return `${r.tab}${added}${rows}`;
      }),
    );
    add(t('scaffoldUnchanged'), s.unchanged);
    const foreign = s.foreign.map((f) => h('li', { class: 'error' }, `${f.tab}: ${tr(f.message_th, f.message_en)}`));
    fill(
      result,
      savedWithScaffold ? h('p', { class: 'ok-line', text: 'settingsSaved' }) : null,
      h(
        'p',
        { class: 'ok-line' },
        `✓ ${t('scaffoldDone')} (${fmt('scaffoldTabDone', { n: lastTotal, total: lastTotal })})`,
      ),
      h('ul', { class: 'plain' }, ...items, ...foreign),
      h('p', {}, button('next', 'secondary', onDone)),
    );
  };
  onLangChange(renderScaffold);

  form.addEventListener('input', () => {
    dirty = true;
  });
  onSidebarState((state) => {
    frameworkYears = state.frameworkYears;
    // Nothing saved yet: the server's defaults, the same a "set up tabs" writes.
    if (!fields || !dirty) fields = buildForm(state.settings ?? state.defaults);
    lastTabs = state.tabs;
    renderTabs();
  });

  const showSaved = () =>
    fill(result, h('p', { class: 'ok-line', text: 'settingsSaved' }), h('p', {}, button('next', 'secondary', onDone)));

  const save = button('saveSettings', 'action', () => {
    errors.clear();
    const input = readForm();
    if (!input) return;
    void busy('working', () => call('saveSettings', input))
      .then((state) => {
        lastScaffold = null;
        dirty = false;
        sheetWritten();
        setSidebarState(state);
        showSaved();
      })
      .catch((e) => errors.show(e));
  });
  /** "Setting up tab 3/9 …" with a bar and the tabs done so far, in the step and in the status line. */
  const showProgress = (n: number, total: number, done: string[]) => {
    const text = () => fmt('scaffoldProgress', { n, total });
    busyLabel(text);
    fill(
      progress,
      h('progress', { attrs: { max: total, value: n - 1, 'aria-label': t('scaffold') } }),
      h('span', { class: 'progress-text', text }),
      done.length ? h('span', { class: 'gray small progress-done' }, `✓ ${done.join(', ')}`) : null,
    );
    progress.hidden = false;
  };

  /** Set-up tab by tab (one server call each, each complete on its own), so progress shows and a failure says what was done. */
  async function scaffoldTabByTab(done: string[]): Promise<{ summary: ScaffoldSummary; total: number }> {
    const summary = emptySummary();
    // The server says how many tabs there are with its first answer; until then the tab list's length.
    let total = Math.max(1, sidebarState()?.tabs.length ?? 1);
    for (let index = 0; index < total; index++) {
      showProgress(index + 1, total, done);
      const step = await call('scaffoldTab', { index });
      total = step.total;
      done.push(step.tab);
      addSummary(summary, step.summary);
    }
    return { summary, total };
  }

  const scaffold = button('scaffold', 'create', () => {
    errors.clear();
    // The intro says "fill in, then set up tabs": typed-in settings are saved first, so they are not lost and
    // the new tabs are prefilled from them (fiscal year, framework) rather than from today's defaults.
    const input = dirty ? readForm() : null;
    if (dirty && !input) return;
    const done: string[] = [];
    let total = 0;
    void busy('working', async () => {
      try {
        if (input) {
          await call('saveSettings', input);
          dirty = false;
        }
        const run = await scaffoldTabByTab(done);
        total = run.total;
        return { summary: run.summary, state: await fetchSidebarState() };
      } catch (error) {
        // The tab list shows what is there now, before the message says what was done.
        const state = await fetchSidebarState();
        if (state) setSidebarState(state);
        throw error;
      } finally {
        progress.hidden = true;
        // Whatever happened, some tabs may have changed: old validation results may no longer hold.
        if (input || done.length) sheetWritten();
      }
    })
      .then(({ summary, state }) => {
        lastScaffold = summary;
        lastTotal = total;
        savedWithScaffold = input !== null;
        if (state) setSidebarState(state);
        renderScaffold();
      })
      .catch((e) => {
        errors.show(e);
        const all = Math.max(total, sidebarState()?.tabs.length ?? 0);
        fill(
          result,
          h(
            'p',
            { class: 'partial-note', attrs: { role: 'note' } },
            done.length
              ? fmt('scaffoldPartial', { done: done.length, total: all, tabs: done.join(', ') })
              : t('scaffoldPartialNone'),
          ),
        );
      });
  });

  // Enter in a one-line field saves, as in any form. (The form has no submit button, so the browser would not.)
  form.addEventListener('keydown', (event) => {
    const field = event.target;
    if (event.key !== 'Enter' || event.isComposing || !(field instanceof HTMLInputElement)) return;
    if (field.type === 'checkbox' || field.type === 'radio') return;
    event.preventDefault();
    if (!save.disabled) save.click();
  });

  return h(
    'div',
    {},
    h('p', { class: 'intro', text: 'step1Intro' }),
    form,
    h('div', { class: 'buttons' }, save, scaffold),
    progress,
    errors.el,
    result,
    h('h3', { class: 'sub', text: 'tabsStatus' }),
    tabList,
  );
}
