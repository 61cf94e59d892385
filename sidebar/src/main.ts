// The sidebar: four numbered steps a person follows from top to bottom, Thai first with an English switch.
import type { SidebarState } from '../../src/core/rpc/contract';
import { defaultSettings } from '../../src/core/workbook/default-settings';
import { busy, initBusy } from './busy';
import { h } from './dom';
import { ErrorBox } from './errors';
import { bind, lang, setLang } from './i18n';
import type { MessageKey } from './messages';
import { call } from './rpc';
import { progressPanel } from './progress-panel';
import { startStep } from './start-step';
import { onSidebarState, setSidebarState } from './state';
import { exportStep } from './steps/export';
import { scoresStep } from './steps/scores';
import { settingsStep, settingsUnsaved } from './steps/settings';
import { validateStep } from './steps/validate';

interface Step {
  nav: MessageKey;
  title: MessageKey;
  body: HTMLElement;
}

/** What the sidebar shows when the server could not be reached: an empty form on today's defaults. */
function emptyState(): SidebarState {
  const defaults = defaultSettings(new Date(), { frameworkYears: [] });
  return {
    settings: null,
    defaults,
    tabs: [],
    frameworkYears: [],
    lastExports: [],
    progress: { settingsSaved: false, tabsReady: 0, tabsTotal: 0, scores: null, validation: null, lastExport: null },
    // Unknown without the server: labels name no item rather than guess one.
    items: { frameworkYear: defaults.frameworkYear, analysis: null, results: null },
  };
}

function boot(app: HTMLElement): void {
  document.documentElement.lang = lang();
  const status = h('p', { class: 'status gray', attrs: { role: 'status' } });
  initBusy(app, status);
  const startupErrors = new ErrorBox();

  const sections: HTMLElement[] = [];
  const navButtons: HTMLButtonElement[] = [];
  /** A step the user went to: the state arriving later must not move them elsewhere. */
  let userPicked = false;
  let shown = 0;
  const unsavedNote = h(
    'div',
    { class: 'unsaved-note', attrs: { role: 'note', hidden: true } },
    h('p', { text: 'unsavedSettings' }),
  );
  const updateUnsavedNote = () => {
    unsavedNote.hidden = shown === 0 || !settingsUnsaved();
  };
  const show = (index: number, focus = true) => {
    if (focus) userPicked = true;
    shown = index;
    updateUnsavedNote();
    sections.forEach((s, i) => (s.hidden = i !== index));
    navButtons.forEach((b, i) => {
      if (i === index) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    });
    if (focus) sections[index]?.querySelector<HTMLElement>('h2')?.focus();
  };
  const steps: Step[] = [
    { nav: 'step1', title: 'step1Title', body: settingsStep(() => show(1)) },
    { nav: 'step2', title: 'step2Title', body: scoresStep(() => show(2)) },
    {
      nav: 'step3',
      title: 'step3Title',
      body: validateStep(
        () => show(3),
        () => show(0),
      ),
    },
    { nav: 'step4', title: 'step4Title', body: exportStep() },
  ];

  const nav = h('nav', { class: 'stepper' });
  bind(nav, 'stepsNav', 'aria-label');
  const list = h('ol', {});
  steps.forEach((step, i) => {
    const b = h(
      'button',
      {
        class: 'step-button',
        attrs: { type: 'button', 'data-always-on': true, 'data-step': i + 1 },
        on: { click: () => show(i) },
      },
      h('span', { class: 'step-no' }, String(i + 1)),
      h('span', { text: step.nav }),
    );
    navButtons.push(b);
    list.appendChild(h('li', {}, b));
    const headingId = `step-${i + 1}-title`;
    sections.push(
      h(
        'section',
        { class: 'step', id: `step-${i + 1}`, attrs: { 'aria-labelledby': headingId } },
        h('h2', { id: headingId, text: step.title, attrs: { tabindex: -1 } }),
        step.body,
      ),
    );
  });
  nav.appendChild(list);

  const langButton = h('button', {
    class: 'lang secondary',
    attrs: { type: 'button', 'data-always-on': true, lang: lang() === 'th' ? 'en' : 'th' },
    text: 'langSwitch',
    on: {
      click: () => {
        setLang(lang() === 'th' ? 'en' : 'th');
        langButton.setAttribute('lang', lang() === 'th' ? 'en' : 'th');
      },
    },
  });
  bind(langButton, 'langSwitchLabel', 'aria-label');

  app.appendChild(
    h(
      'header',
      { class: 'top' },
      h('div', {}, h('h1', { text: 'appTitle' }), h('p', { class: 'gray small', text: 'appSubtitle' })),
      langButton,
    ),
  );
  unsavedNote.appendChild(
    h('button', {
      class: 'secondary',
      attrs: { type: 'button', 'data-always-on': true },
      text: 'backToSettings',
      on: { click: () => show(0) },
    }),
  );
  onSidebarState(updateUnsavedNote);
  // Closing or reloading with unsaved settings: the browser asks first (where the host lets it).
  window.addEventListener('beforeunload', (event) => {
    if (!settingsUnsaved()) return;
    event.preventDefault();
    event.returnValue = '';
  });

  app.appendChild(nav);
  app.appendChild(progressPanel());
  app.appendChild(unsavedNote);
  app.appendChild(status);
  app.appendChild(startupErrors.el);
  for (const section of sections) app.appendChild(section);
  show(0, false);

  void busy('loading', () => call('getSidebarState'))
    .then((state) => {
      setSidebarState(state);
      // The first step not done (or the one the menu asked for), unless the user already went to one.
      if (!userPicked) show(startStep(state), false);
    })
    .catch((error) => {
      setSidebarState(emptyState());
      startupErrors.show(error);
    });
}

const app = document.getElementById('app');
if (app) boot(app);
