/*
 * The OAuth scopes each Apps Script method needs, as the reference lists them under "Authorization" for the
 * method (any one of the listed scopes is enough). FakeContext.call checks every counted call against the
 * scopes the manifest grants, so a call the real add-on could not make fails in the tests as it would for a
 * user. Classes give the scopes of all their methods; a method is listed on its own only where the reference
 * differs from its class — so methods added to a fake later are covered by their class.
 */

const AUTH = 'https://www.googleapis.com/auth/';

export const SCOPES = {
  spreadsheetsCurrentOnly: `${AUTH}spreadsheets.currentonly`,
  spreadsheets: `${AUTH}spreadsheets`,
  documentsCurrentOnly: `${AUTH}documents.currentonly`,
  documents: `${AUTH}documents`,
  documentsReadonly: `${AUTH}documents.readonly`,
  drive: `${AUTH}drive`,
  driveReadonly: `${AUTH}drive.readonly`,
  driveFile: `${AUTH}drive.file`,
  containerUi: `${AUTH}script.container.ui`,
  userinfoEmail: `${AUTH}userinfo.email`,
  scriptApp: `${AUTH}script.scriptapp`,
} as const;

/** Scopes any one of which allows a call; empty when the method needs no authorization. */
export type ScopeNeed = readonly string[];

const NONE: ScopeNeed = [];
const SPREADSHEET: ScopeNeed = [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets];
const DOCUMENT: ScopeNeed = [SCOPES.documentsCurrentOnly, SCOPES.documents];

/** The Spreadsheet service: every class the reference documents, so later fakes of them are covered too. */
const SPREADSHEET_CLASSES = [
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'Protection',
  'DataValidation',
  'DataValidationBuilder',
  'ConditionalFormatRule',
  'ConditionalFormatRuleBuilder',
  'BooleanCondition',
  'GradientCondition',
  'Filter',
  'FilterCriteria',
  'FilterCriteriaBuilder',
  'NamedRange',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'TextFinder',
  'RichTextValue',
  'RichTextValueBuilder',
  'TextStyle',
  'TextStyleBuilder',
  'Banding',
  'Selection',
  'EmbeddedChart',
  'EmbeddedChartBuilder',
  'Group',
];

/** The Document service (DocumentApp and the elements of an open document). */
const DOCUMENT_CLASSES = [
  'DocumentApp',
  'Document',
  'Body',
  'HeaderSection',
  'FooterSection',
  'Paragraph',
  'ListItem',
  'Table',
  'TableRow',
  'TableCell',
  'Text',
  'PageBreak',
  'HorizontalRule',
  'InlineImage',
  'Position',
  'RangeElement',
];

/** Scopes of every method of a class, by the class name the fakes count calls under. */
const BY_CLASS: Record<string, ScopeNeed> = {
  ...Object.fromEntries(SPREADSHEET_CLASSES.map((c) => [c, SPREADSHEET])),
  ...Object.fromEntries(DOCUMENT_CLASSES.map((c) => [c, DOCUMENT])),
  // Docs API v1 documents.batchUpdate / create (the advanced service checks the API's own scopes).
  'Docs.Documents': [SCOPES.documents, SCOPES.drive, SCOPES.driveFile],
  // Dialogs and sidebars; building a menu needs nothing (it works in AuthMode.NONE), see BY_METHOD.
  Ui: [SCOPES.containerUi],
  Menu: NONE,
  HtmlService: NONE,
  HtmlOutput: NONE,
  Session: NONE,
  User: [SCOPES.userinfoEmail],
  PropertiesService: NONE,
  Properties: NONE,
  LockService: NONE,
  Lock: NONE,
  Utilities: NONE,
  Blob: NONE,
  Logger: NONE,
  ScriptApp: NONE,
  Charts: NONE,
  Chart: NONE,
  DataTable: NONE,
  DataTableBuilder: NONE,
  ColumnChartBuilder: NONE,
};

/** Methods whose "Authorization" differs from the rest of their class. */
const BY_METHOD: Record<string, ScopeNeed> = {
  // onOpen(e) builds the menu in AuthMode.NONE: getUi and menu building need no scope.
  'SpreadsheetApp.getUi': NONE,
  'DocumentApp.getUi': NONE,
  'Ui.createAddonMenu': NONE,
  'Ui.createMenu': NONE,
  // A new or another document is never "current": only the full documents scope opens it.
  'DocumentApp.create': [SCOPES.documents],
  'DocumentApp.openById': [SCOPES.documents],
  'DocumentApp.openByUrl': [SCOPES.documents],
  // Likewise for spreadsheets other than the add-on's own.
  'SpreadsheetApp.create': [SCOPES.spreadsheets],
  'SpreadsheetApp.open': [SCOPES.spreadsheets],
  'SpreadsheetApp.openById': [SCOPES.spreadsheets],
  'SpreadsheetApp.openByUrl': [SCOPES.spreadsheets],
  'Session.getActiveUser': [SCOPES.userinfoEmail],
  'Session.getEffectiveUser': [SCOPES.userinfoEmail],
  'Docs.Documents.get': [
    SCOPES.documents,
    SCOPES.documentsReadonly,
    SCOPES.drive,
    SCOPES.driveReadonly,
    SCOPES.driveFile,
  ],
  'ScriptApp.newTrigger': [SCOPES.scriptApp],
  'ScriptApp.getProjectTriggers': [SCOPES.scriptApp],
  'ScriptApp.getUserTriggers': [SCOPES.scriptApp],
  'ScriptApp.deleteTrigger': [SCOPES.scriptApp],
};

/**
 * The scopes `name` ("Class.method", as the fakes count it) needs. Throws for a class this table does not know:
 * a fake service added without its scopes would otherwise let every call through.
 */
export function requiredScopes(name: string): ScopeNeed {
  const own = BY_METHOD[name];
  if (own) return own;
  const cls = name.slice(0, name.lastIndexOf('.'));
  const need = BY_CLASS[cls];
  if (!need) throw new Error(`src/fakes/scopes.ts has no scopes for ${cls}: add what the Apps Script reference lists`);
  return need;
}

/** True when the granted scopes include one that `name` needs (or it needs none). */
export function allowedBy(granted: ReadonlySet<string>, name: string): boolean {
  const need = requiredScopes(name);
  return need.length === 0 || need.some((s) => granted.has(s));
}

/**
 * Apps Script's refusal of a call the manifest's oauthScopes do not cover: "Specified permissions are not
 * sufficient to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui",
 * alternatives written "(a || b)". Advanced services fail as the API answers instead.
 */
export function permissionMessage(name: string): string {
  if (name.startsWith('Docs.')) {
    const method = name.slice('Docs.Documents.'.length);
    return `API call to docs.documents.${method} failed with error: Request had insufficient authentication scopes.`;
  }
  const need = requiredScopes(name);
  const listed = need.length === 1 ? (need[0] as string) : `(${need.join(' || ')})`;
  return `Specified permissions are not sufficient to call ${name}. Required permissions: ${listed}`;
}
