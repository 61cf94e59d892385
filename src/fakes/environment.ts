import { FakeCharts, type ChartRecord, type ChartStore } from './charts';
import { FakeDocsDocuments, type FakeDocs } from './document/docs-advanced';
import { FakeDocumentApp, type DocumentStore } from './document/document';
import type { DocumentModel } from './document/doc-model';
import { AuthMode } from './enums';
import { FakeContext, type AuthModeName, type Intrinsics } from './fake-context';
import { FakeHtmlService } from './html-service';
import { FakeLockService, LockState, type LockStates } from './lock-service';
import { FakePropertiesService, type PropertyStores } from './properties-service';
import { FakeLogger, FakeScriptApp } from './script-app';
import { FakeSession, type SessionSettings } from './session';
import { FakeSpreadsheet, newSpreadsheetModel } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { FakeUi, newUiRecord, type UiRecord } from './ui';
import { FakeUtilities } from './utilities';
import { advancedServiceEnabled, grantedScopes, PROJECT_MANIFEST, type AppsScriptManifest } from './manifest';
import { deserializeWorkbook, type WorkbookJson } from './workbook-json';

export interface FakeEnvironmentOptions {
  spreadsheetId?: string;
  spreadsheetName?: string;
  /** Name of the one sheet a new spreadsheet starts with (default `Sheet1`). */
  firstSheetName?: string;
  /** Spreadsheet and script time zone (default Asia/Bangkok). */
  timeZone?: string;
  /** Spreadsheet locale (default th_TH). */
  locale?: string;
  /** Project HTML files served by HtmlService.createHtmlOutputFromFile, by name. */
  htmlFiles?: Record<string, string>;
  activeUserEmail?: string;
  effectiveUserEmail?: string;
  /** Session.getActiveUserLocale (default `th`). */
  userLocale?: string;
  /** A saved workbook to start from (the playground's file); overrides the spreadsheet options above. */
  workbook?: WorkbookJson;
  /** Initial auth mode (default FULL). */
  authMode?: AuthModeName;
  documentProperties?: Record<string, string>;
  userProperties?: Record<string, string>;
  scriptProperties?: Record<string, string>;
  /** UUID source for Utilities.getUuid (default crypto.randomUUID); pass one for deterministic tests. */
  uuid?: () => string;
  /**
   * The manifest the project runs under (default: this project's appsscript.json): its oauthScopes decide
   * which calls succeed, its advanced services which globals installGlobals puts up (`Docs`).
   */
  manifest?: AppsScriptManifest;
  /** Date/Error constructors of the realm running the code under test (a node:vm context). */
  intrinsics?: Partial<Intrinsics>;
}

/** The event object Apps Script passes to onOpen/onInstall. */
export interface FakeTriggerEvent {
  authMode: GoogleAppsScript.Script.AuthMode;
  source?: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

/** One emulated Apps Script project bound to one spreadsheet. */
export interface FakeEnvironment {
  SpreadsheetApp: FakeSpreadsheetApp;
  DocumentApp: FakeDocumentApp;
  /**
   * The Docs advanced service (only Docs.Documents), for tests to call directly; the code under test sees the
   * global `Docs` only when the manifest enables it (see `globals`).
   */
  Docs: FakeDocs;
  /** Charts service (data tables and column charts); `Charts.store.failure` simulates a drawing error. */
  Charts: FakeCharts;
  HtmlService: FakeHtmlService;
  LockService: FakeLockService;
  PropertiesService: FakePropertiesService;
  Session: FakeSession;
  Utilities: FakeUtilities;
  ScriptApp: FakeScriptApp;
  Logger: FakeLogger;
  /** Service calls made by the code under test. */
  counter: FakeContext['counter'];
  /** The active (container) spreadsheet; its `model` is the stored workbook. */
  spreadsheet: FakeSpreadsheet;
  /** Documents created through DocumentApp or Docs, in order; read them with describeDocument(). */
  documents: DocumentModel[];
  /** Charts built through Charts, in order: type, title, range, colors, size, options and data rows. */
  charts: ChartRecord[];
  /** Menus, sidebars, dialogs and alerts shown so far. */
  ui: UiRecord;
  /** Lock states; `locks.document.holdElsewhere()` simulates a concurrent execution. */
  locks: LockStates;
  /** The property stores behind PropertiesService. */
  properties: PropertyStores;
  context: FakeContext;
  /** The manifest this environment was created from. */
  manifest: AppsScriptManifest;
  /** The Apps Script globals the code under test sees: the services, Docs only when enabled. */
  globals: readonly GlobalName[];
  /** Sets the auth mode and returns the event for onOpen/onInstall(e); NONE blocks all but the menu. */
  triggerEvent(mode: AuthModeName): FakeTriggerEvent;
  /** Runs `body` without counting its service calls (test setup and inspection). */
  uncounted<T>(body: () => T): T;
}

export function createFakeEnvironment(options: FakeEnvironmentOptions = {}): FakeEnvironment {
  const context = new FakeContext();
  context.intrinsics = { Date, Error, ...options.intrinsics };
  context.authMode = options.authMode ?? 'FULL';
  const manifest = options.manifest ?? PROJECT_MANIFEST;
  context.grantedScopes = grantedScopes(manifest);
  const model = options.workbook
    ? deserializeWorkbook(options.workbook, (t) => context.date(t))
    : newSpreadsheetModel({
        id: options.spreadsheetId,
        name: options.spreadsheetName,
        timeZone: options.timeZone,
        locale: options.locale,
        firstSheetName: options.firstSheetName,
      });
  const timeZone = model.timeZone;
  const spreadsheet = new FakeSpreadsheet(context, model);
  const ui = newUiRecord();
  const locks: LockStates = { document: new LockState(), script: new LockState(), user: new LockState() };
  const properties: PropertyStores = {
    document: new Map(Object.entries(options.documentProperties ?? {})),
    user: new Map(Object.entries(options.userProperties ?? {})),
    script: new Map(Object.entries(options.scriptProperties ?? {})),
  };
  const session: SessionSettings = {
    activeUserEmail: options.activeUserEmail ?? 'user@example.com',
    effectiveUserEmail: options.effectiveUserEmail ?? options.activeUserEmail ?? 'user@example.com',
    scriptTimeZone: timeZone,
    activeUserLocale: options.userLocale ?? 'th',
  };
  const documentStore: DocumentStore = { documents: [], nextId: 1 };
  const chartStore: ChartStore = { charts: [], failure: null };
  const uuid = options.uuid ?? (() => globalThis.crypto.randomUUID());
  const env: FakeEnvironment = {
    SpreadsheetApp: new FakeSpreadsheetApp(context, spreadsheet, new FakeUi(context, ui)),
    DocumentApp: new FakeDocumentApp(context, documentStore),
    Docs: { Documents: new FakeDocsDocuments(context, documentStore) },
    Charts: new FakeCharts(context, chartStore),
    HtmlService: new FakeHtmlService(context, { ...options.htmlFiles }),
    LockService: new FakeLockService(context, locks),
    PropertiesService: new FakePropertiesService(context, properties),
    Session: new FakeSession(context, session),
    Utilities: new FakeUtilities(context, uuid),
    ScriptApp: new FakeScriptApp(context, 'fake-script-id'),
    Logger: new FakeLogger(context),
    counter: context.counter,
    spreadsheet,
    documents: documentStore.documents,
    charts: chartStore.charts,
    ui,
    locks,
    properties,
    context,
    manifest,
    globals: GLOBAL_NAMES.filter((name) => name !== 'Docs' || advancedServiceEnabled(manifest, 'Docs')),
    triggerEvent(mode) {
      context.authMode = mode;
      const event: FakeTriggerEvent = { authMode: AuthMode[mode] as unknown as GoogleAppsScript.Script.AuthMode };
      if (mode !== 'NONE') event.source = spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
      return event;
    },
    uncounted: (body) => context.uncounted(body),
  };
  return env;
}

/** The Apps Script global names the environment provides. */
export const GLOBAL_NAMES = [
  'SpreadsheetApp',
  'DocumentApp',
  'Docs',
  'Charts',
  'HtmlService',
  'LockService',
  'PropertiesService',
  'Session',
  'Utilities',
  'ScriptApp',
  'Logger',
] as const;

export type GlobalName = (typeof GLOBAL_NAMES)[number];

/**
 * Puts the services on `target` (globalThis or a node:vm context object) under their Apps Script names; an
 * advanced service the manifest does not enable is not defined, as in Apps Script (`typeof Docs === 'undefined'`).
 */
export function installGlobals(target: object, env: FakeEnvironment): void {
  const record = target as Record<string, unknown>;
  for (const name of GLOBAL_NAMES) {
    if (env.globals.includes(name)) record[name] = env[name];
    else delete record[name];
  }
}
