// Issue 9 §5: the fakes know the scopes Apps Script lists for each method and refuse a call the manifest's
// oauthScopes do not cover, with Apps Script's own message.
import * as vm from 'node:vm';
import {
  createFakeEnvironment,
  installGlobals,
  PROJECT_MANIFEST,
  requiredScopes,
  SCOPES,
  type AppsScriptManifest,
} from '../../../src/fakes';
import { docsAdvancedService } from '../../../src/gas/docs/docs-api';

const DOCS_SERVICE = { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' };
const manifest = (scopes: string[], docs = true): AppsScriptManifest => ({
  oauthScopes: scopes,
  dependencies: { enabledAdvancedServices: docs ? [DOCS_SERVICE] : [] },
});
const WITHOUT_EMAIL = manifest([SCOPES.spreadsheetsCurrentOnly, SCOPES.containerUi, SCOPES.documents]);

describe('scopes of fake calls', () => {
  it('refuses Session.getActiveUser without userinfo.email, with Apps Script’s message (the export-log defect)', () => {
    const env = createFakeEnvironment({ manifest: WITHOUT_EMAIL });
    expect(() => env.Session.getActiveUser()).toThrow(
      'Specified permissions are not sufficient to call Session.getActiveUser. ' +
        'Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    // Methods of the same class that need no scope still work.
    expect(env.Session.getScriptTimeZone()).toBe('Asia/Bangkok');
  });

  it('lets the project manifest read the active user’s email', () => {
    const env = createFakeEnvironment({ activeUserEmail: 'clerk@example.go.th' });
    expect(env.manifest).toBe(PROJECT_MANIFEST);
    expect(env.Session.getActiveUser().getEmail()).toBe('clerk@example.go.th');
  });

  it('builds the menu without any scope but refuses a sidebar without script.container.ui', () => {
    const env = createFakeEnvironment({ manifest: manifest([SCOPES.spreadsheetsCurrentOnly]) });
    const ui = env.SpreadsheetApp.getUi();
    expect(() => ui.createAddonMenu().addItem('ตั้งค่า', 'showSidebar').addToUi()).not.toThrow();
    const html = env.HtmlService.createHtmlOutput('<p>x</p>');
    expect(() => ui.showSidebar(html)).toThrow(
      'Specified permissions are not sufficient to call Ui.showSidebar. ' +
        'Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
  });

  it('names both alternatives for a spreadsheet call: currentonly or the full spreadsheets scope', () => {
    const env = createFakeEnvironment({ manifest: manifest([SCOPES.documents]) });
    expect(() => env.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'Specified permissions are not sufficient to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: ' +
        '(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
    const full = createFakeEnvironment({ manifest: manifest([SCOPES.spreadsheets]) });
    expect(() => full.SpreadsheetApp.getActiveSpreadsheet().getSheets()).not.toThrow();
  });

  it('creates a Doc only with the full documents scope (documents.currentonly opens only the bound one)', () => {
    const env = createFakeEnvironment({ manifest: manifest([SCOPES.documentsCurrentOnly]) });
    expect(() => env.DocumentApp.create('รายงาน')).toThrow(
      /call DocumentApp\.create\. Required permissions: .*auth\/documents$/,
    );
    const ok = createFakeEnvironment({ manifest: manifest([SCOPES.documents]) });
    expect(() => ok.DocumentApp.create('รายงาน').getBody().appendParagraph('ก')).not.toThrow();
  });

  it('refuses the Docs API as the API does when the documents scope is missing', () => {
    const env = createFakeEnvironment({ manifest: manifest([SCOPES.documentsCurrentOnly]) });
    expect(() => env.Docs.Documents.batchUpdate({ requests: [] }, 'x')).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Request had insufficient authentication scopes.',
    );
  });

  it('allows every call under a manifest without oauthScopes (Apps Script then grants what the code uses)', () => {
    const env = createFakeEnvironment({ manifest: {} });
    expect(() => env.Session.getActiveUser().getEmail()).not.toThrow();
  });

  it('covers methods added to a fake later by their class, and refuses to guess for an unknown class', () => {
    expect(requiredScopes('Sheet.setConditionalFormatRules')).toEqual([
      SCOPES.spreadsheetsCurrentOnly,
      SCOPES.spreadsheets,
    ]);
    expect(requiredScopes('ConditionalFormatRuleBuilder.build')).toContain(SCOPES.spreadsheetsCurrentOnly);
    expect(requiredScopes('Paragraph.setLineSpacing')).toContain(SCOPES.documents);
    expect(requiredScopes('PropertiesService.getDocumentProperties')).toEqual([]);
    expect(() => requiredScopes('GmailApp.sendEmail')).toThrow(/scopes\.ts has no scopes for GmailApp/);
  });
});

describe('advanced services from the manifest', () => {
  it('defines the Docs global only when the manifest enables the Docs service', () => {
    const on = createFakeEnvironment({ manifest: manifest([SCOPES.documents]) });
    const off = createFakeEnvironment({ manifest: manifest([SCOPES.documents], false) });
    const withDocs = vm.createContext({});
    const without = vm.createContext({});
    installGlobals(withDocs, on);
    installGlobals(without, off);
    expect(vm.runInContext('typeof Docs', withDocs)).toBe('object');
    expect(vm.runInContext('typeof Docs', without)).toBe('undefined');
    expect(vm.runInContext('typeof DocumentApp', without)).toBe('object');
  });

  it('docsAdvancedService() detects the service with typeof, as Apps Script exposes it', () => {
    const g = globalThis as { Docs?: unknown };
    expect(docsAdvancedService()).toBeNull();
    const env = createFakeEnvironment();
    g.Docs = env.Docs;
    try {
      expect(docsAdvancedService()).not.toBeNull();
    } finally {
      delete g.Docs;
    }
  });
});
