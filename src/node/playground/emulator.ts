// Runs the real dist/Code.js in a node:vm context whose globals are the in-memory Apps Script fakes, keeps
// the emulated workbook in a JSON file (saved after each call) and answers the sidebar's server calls.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vm from 'node:vm';
import { FRAMEWORK_YEARS } from '../../core/framework';
import { defaultSettings } from '../../core/workbook/default-settings';
import { createFakeEnvironment, installGlobals, type AppsScriptManifest, type FakeEnvironment } from '../../fakes';
import { readSettingsTab, type Spreadsheet } from '../../gas/sheets';
import { applyCellEdits, type CellEdits, type EditOutcome } from './cell-edit';
import { loadWorkbook, saveWorkbook } from './persistence';
import { workbookView, type WorkbookView } from './workbook-view';

export interface EmulatorOptions {
  /** The built server code (dist/Code.js). */
  codeJs: string;
  /** The built sidebar (dist/Sidebar.html), served by HtmlService.createHtmlOutputFromFile('Sidebar'). */
  sidebarHtml: string;
  /** Where the workbook is kept between runs. */
  workbookFile: string;
  /** The manifest whose scopes and advanced services the fakes enforce (default: the project's appsscript.json). */
  manifest?: AppsScriptManifest;
}

/** Thrown for a call the sidebar may not make (not a global function of Code.js). */
export class UnknownFunctionError extends Error {}

/**
 * The top-level functions Apps Script would expose: the stubs scripts/build.mjs writes for each export of
 * src/main.ts. Only these are callable, never a built-in of the context such as eval or Function.
 */
function scriptFunctionNames(codeJs: string): Set<string> {
  return new Set(Array.from(codeJs.matchAll(/^function ([A-Za-z_$][\w$]*)\(\) \{ return __app\./gm), (m) => m[1]!));
}

export class Emulator {
  env!: FakeEnvironment;
  private context!: vm.Context;
  private readonly callable: Set<string>;

  constructor(private readonly options: EmulatorOptions) {
    this.callable = scriptFunctionNames(options.codeJs);
    this.boot(true);
  }

  /** A fresh realm with Code.js loaded; the stored workbook is restored when `restore` and it exists. */
  private boot(restore: boolean): void {
    const context = vm.createContext({ console });
    // Dates and errors handed to Code.js must come from its own realm so instanceof holds there.
    const intrinsics = vm.runInContext('({ Date: Date, Error: Error })', context) as {
      Date: DateConstructor;
      Error: ErrorConstructor;
    };
    const stored = restore ? loadWorkbook(this.options.workbookFile, this.propertiesFile) : null;
    const env = createFakeEnvironment({
      spreadsheetName: 'ITA (playground)',
      htmlFiles: { Sidebar: this.options.sidebarHtml },
      activeUserEmail: 'playground@localhost',
      intrinsics,
      ...(stored?.workbook ? { workbook: stored.workbook } : {}),
      documentProperties: stored?.properties.document ?? {},
      userProperties: stored?.properties.user ?? {},
      scriptProperties: stored?.properties.script ?? {},
      ...(this.options.manifest ? { manifest: this.options.manifest } : {}),
    });
    installGlobals(context, env);
    vm.runInContext(this.options.codeJs, context, { filename: 'Code.js' });
    this.env = env;
    this.context = context;
  }

  /** Calls a global function of Code.js the way google.script.run does. */
  call(name: string, args: unknown[]): unknown {
    const fn = this.callable.has(name) ? (this.context as Record<string, unknown>)[name] : undefined;
    if (typeof fn !== 'function') throw new UnknownFunctionError(name);
    // Arguments cross realms as JSON, as they do between the browser and Apps Script.
    const parsed = (vm.runInContext('JSON.parse', this.context) as (s: string) => unknown[])(JSON.stringify(args));
    try {
      const result = (fn as (...a: unknown[]) => unknown)(...parsed);
      return result === undefined ? null : JSON.parse(JSON.stringify(result));
    } finally {
      this.save();
    }
  }

  private get propertiesFile(): string {
    return join(dirname(this.options.workbookFile), 'properties.json');
  }

  save(): void {
    mkdirSync(dirname(this.options.workbookFile), { recursive: true });
    saveWorkbook(this.env, this.options.workbookFile, this.propertiesFile);
  }

  /** An empty workbook, as for a new spreadsheet. */
  reset(): void {
    rmSync(this.options.workbookFile, { force: true });
    rmSync(this.propertiesFile, { force: true });
    this.boot(false);
    this.save();
  }

  view(): WorkbookView {
    return workbookView(this.env.spreadsheet.model);
  }

  /** The user typing into cells of the grid (kept in the workbook file like every change). */
  editCells(input: CellEdits): EditOutcome {
    const outcome = applyCellEdits(this.env, input);
    if (outcome.ok) this.save();
    return outcome;
  }

  /** The ITA year the saved settings analyse; today's default while there are none. */
  settingsItaYear(today = new Date()): number {
    const settings = this.env.uncounted(() => readSettingsTab(this.env.spreadsheet as unknown as Spreadsheet));
    const year = settings?.itaYear;
    return year !== undefined && Number.isInteger(year)
      ? year
      : defaultSettings(today, { frameworkYears: FRAMEWORK_YEARS }).itaYear;
  }
}
