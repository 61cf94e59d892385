// dist/Code.js in a bare node:vm context with the fakes as the only services: what Apps Script would run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { loadBundleFile } from '../../src/node/bundle-runner';
import { MENU_ITEMS } from '../../src/gas/menu';
import { GLOBAL_NAMES } from '../../src/fakes';

const dist = join(__dirname, '..', '..', 'dist');
const codePath = join(dist, 'Code.js');
const sidebarHtml = () => readFileSync(join(dist, 'Sidebar.html'), 'utf8');
const load = () => loadBundleFile(codePath, { htmlFiles: { Sidebar: sidebarHtml() } });

const EXPECTED_GLOBALS = [
  'onOpen',
  'onInstall',
  'showSidebar',
  'menuScaffold',
  'menuValidate',
  'menuExport',
  'getSidebarState',
  'saveSettings',
  'scaffoldTabs',
  'scaffoldTab',
  'previewScores',
  'applyScores',
  'validateWorkbook',
  'selectCell',
  'exportReports',
  'listExports',
].sort();

const SERVICES: readonly string[] = GLOBAL_NAMES;

describe('dist/Code.js', () => {
  it('runs without Node globals (no require, process or module)', () => {
    const { context } = load();
    expect(vm.runInContext('typeof require + typeof process + typeof module', context)).toBe(
      'undefinedundefinedundefined',
    );
  });

  it('defines exactly the entry exports as global functions and leaks no helper', () => {
    const { context } = load();
    const globals = Object.keys(context).filter((k) => !SERVICES.includes(k) && k !== 'console');
    const functions = globals.filter((k) => typeof (context as Record<string, unknown>)[k] === 'function').sort();
    expect(functions).toEqual(EXPECTED_GLOBALS);
    // Besides them: the bundle's namespace object and zod's config (an object zod/mini keeps on globalThis);
    // none is callable from google.script.run.
    expect(globals.filter((k) => !EXPECTED_GLOBALS.includes(k)).sort()).toEqual(['__app', '__zod_globalConfig']);
  });

  it.each(['NONE', 'LIMITED', 'FULL'] as const)('onOpen builds the Thai add-on menu in AuthMode.%s', (mode) => {
    const bundle = load();
    const event = bundle.env.triggerEvent(mode);
    vm.runInContext('onOpen', bundle.context)(event);
    const [menu] = bundle.env.ui.menus;
    expect(bundle.env.ui.menus).toHaveLength(1);
    expect(menu?.addon).toBe(true);
    const items = menu!.entries.filter((e) => e.kind === 'item');
    expect(items.map((e) => (e.kind === 'item' ? e.functionName : ''))).toEqual(
      MENU_ITEMS.flatMap((i) => (i === 'separator' ? [] : [i.fn])),
    );
    expect(items.every((e) => e.kind === 'item' && /[\u0E00-\u0E7F]/.test(e.caption))).toBe(true);
    // Only the menu was touched: in NONE anything else would have thrown, in other modes it is still waste.
    const touched = Object.keys(bundle.env.counter.counts);
    expect(touched.every((n) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(n))).toBe(true);
  });

  it('onInstall builds the same menu', () => {
    const bundle = load();
    vm.runInContext('onInstall', bundle.context)(bundle.env.triggerEvent('FULL'));
    expect(bundle.env.ui.menus).toHaveLength(1);
  });

  it('every menu item names a global function', () => {
    const { context } = load();
    for (const item of MENU_ITEMS) {
      if (item !== 'separator') expect(typeof (context as Record<string, unknown>)[item.fn]).toBe('function');
    }
  });

  it('showSidebar serves the built single-file sidebar', () => {
    const bundle = load();
    bundle.call('showSidebar');
    const [sidebar] = bundle.env.ui.sidebars;
    expect(sidebar?.getTitle()).toBe('ITA Report Kit');
    expect(sidebar?.getContent()).toBe(sidebarHtml());
  });

  it('answers invalid sidebar input with a Thai and English message instead of throwing', () => {
    const bundle = load();
    const result = bundle.call('previewScores', { text: 42 }) as {
      ok: boolean;
      error: { message_th: string; message_en: string };
    };
    expect(result.ok).toBe(false);
    expect(result.error.message_th).toMatch(/[\u0E00-\u0E7F]/);
    expect(result.error.message_en).toMatch(/not valid/);
  });

  it('menu "set up tabs" creates the tabs and says so in Thai and English', () => {
    const bundle = load();
    bundle.call('menuScaffold');
    const names = bundle.env.spreadsheet.getSheets().map((sh) => sh.getName());
    expect(names).toEqual(expect.arrayContaining(['ตั้งค่า', 'คะแนน ITA', 'มาตรการ', 'OIT', 'รายการ']));
    const [toast] = bundle.env.spreadsheet.toasts;
    expect(toast?.message).toMatch(/[\u0E00-\u0E7F]/);
  });

  it('menu "Export reports…" opens the sidebar at the export step, once', () => {
    const bundle = load();
    bundle.call('menuExport');
    expect(bundle.env.ui.sidebars).toHaveLength(1);
    const first = bundle.call('getSidebarState') as { ok: boolean; data: { openStep?: string } };
    expect(first.ok).toBe(true);
    expect(first.data.openStep).toBe('export');
    // Opening the sidebar again (menu "Open sidebar") starts as usual.
    const second = bundle.call('getSidebarState') as { ok: boolean; data: { openStep?: string } };
    expect(second.ok).toBe(true);
    expect(second.data).not.toHaveProperty('openStep');
  });

  it('a menu action that fails shows a curated alert, never a raw error', () => {
    const bundle = load();
    bundle.env.locks.document.holdElsewhere();
    expect(() => bundle.call('menuScaffold')).not.toThrow();
    const [alert] = bundle.env.ui.alerts;
    expect(alert?.prompt).toMatch(/[\u0E00-\u0E7F]/);
    expect(alert?.prompt).not.toMatch(/at \w+ \(|Error:/);
    expect(bundle.env.spreadsheet.getSheets().map((sh) => sh.getName())).toEqual(['Sheet1']);
  });
});
