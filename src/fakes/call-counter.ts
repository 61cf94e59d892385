/**
 * Counts the Apps Script service calls made by the code under test, keyed `Class.method`
 * (e.g. `Range.setValues`). Benchmarks report these counts; tests assert batching with them.
 */
export class CallCounter {
  readonly counts: Record<string, number> = {};
  /** Reads, writes and flushes of the same calls (fed by FakeContext.call next to record()). */
  readonly kinds = new CallKinds();

  /** Records one call; used by the instrumented fake methods. */
  record(name: string): void {
    this.counts[name] = (this.counts[name] ?? 0) + 1;
  }

  /** All calls counted since the last reset. */
  total(): number {
    return Object.values(this.counts).reduce((sum, n) => sum + n, 0);
  }

  /** Calls whose name starts with `prefix`, e.g. `byPrefix('Range.')` or `byPrefix('Body.')`. */
  byPrefix(prefix: string): number {
    return Object.entries(this.counts)
      .filter(([name]) => name.startsWith(prefix))
      .reduce((sum, [, n]) => sum + n, 0);
  }

  /** Count of one method, 0 when never called. */
  get(name: string): number {
    return this.counts[name] ?? 0;
  }

  reset(): void {
    for (const name of Object.keys(this.counts)) delete this.counts[name];
    this.kinds.reset();
  }
}

/**
 * What one counted call costs on real Apps Script, beyond the call itself:
 * - `read`: asks the server for state (values, notes, sizes, protections, the list of tabs …);
 * - `write`: changes the document (set*, insert*, delete*, clear*, protect, append*, …). Sheets queues these;
 * - `other`: neither — handles whose answer the client already knows (getRange, offset, a range's own row,
 *   column or size, getActiveSpreadsheet), builders and pure value objects (DataValidation(Builder), chart
 *   builders, conditional-format rule builders), and services outside the documents (HtmlService, Ui, Logger,
 *   Utilities, Session, Lock).
 */
export type CallKind = 'read' | 'write' | 'other';

/** Classes whose calls never touch a document: builders, value objects and the non-document services. */
const OTHER_CLASSES = new Set([
  'DataValidation',
  'DataValidationBuilder',
  'ConditionalFormatRule',
  'ConditionalFormatRuleBuilder',
  'BooleanCondition',
  'GradientCondition',
  'DataTableBuilder',
  'ColumnChartBuilder',
  'Charts',
  'Chart',
  'Blob',
  'HtmlService',
  'HtmlOutput',
  'Ui',
  'Menu',
  'Logger',
  'ScriptApp',
  'Utilities',
  'Session',
  'User',
  'Lock',
  'LockService',
  'PropertiesService',
]);

/** Methods the client answers without the server: handles and a range's own coordinates. */
const HANDLE_METHODS = new Set([
  'getRange',
  'getRangeList',
  'offset',
  'getA1Notation',
  'getRow',
  'getColumn',
  'getNumRows',
  'getNumColumns',
  'getWidth',
  'getHeight',
  'getSheet',
  'getParent',
  'getActive',
  'getActiveSpreadsheet',
  'getUi',
  'newDataValidation',
  'newConditionalFormatRule',
  'getBody',
  'getId',
  'getUrl',
  'asParagraph',
  'asListItem',
  'asTable',
  'asText',
  'getType',
  'editAsText',
]);

const READ_PREFIX = /^(get|is|has|can)[A-Z]/;
const WRITE_PREFIX =
  /^(set|insert|delete|clear|remove|append|add|protect|copy|move|merge|sort|hide|show|create|replace|batchUpdate|saveAndClose|toast|activate|flush)/;

/** The classes of the Sheets service: a read among them after a queued write forces a flush. */
const SHEETS_CLASSES = new Set(['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'RangeList', 'Protection']);

/** Classifies `Class.method` (the counter's key). */
export function callKind(name: string): CallKind {
  const dot = name.lastIndexOf('.');
  const cls = name.slice(0, dot);
  const method = name.slice(dot + 1);
  if (OTHER_CLASSES.has(cls) || HANDLE_METHODS.has(method)) return 'other';
  if (cls === 'Docs.Documents') return method === 'get' ? 'read' : 'write';
  if (READ_PREFIX.test(method)) return 'read';
  if (WRITE_PREFIX.test(method) || method === 'protect') return 'write';
  return 'other';
}

/**
 * Reads, writes and flushes of the calls observed since the last reset. A flush is a Sheets read that follows a
 * Sheets write since the previous Sheets read: real Apps Script sends its queued writes out first (one more round
 * trip). `SpreadsheetApp.flush()` with writes queued counts as one too.
 */
export class CallKinds {
  reads = 0;
  writes = 0;
  flushes = 0;
  readonly byKind: Record<CallKind, Record<string, number>> = { read: {}, write: {}, other: {} };
  private sheetsWritesQueued = false;

  observe(name: string): void {
    const kind = callKind(name);
    const cls = name.slice(0, name.lastIndexOf('.'));
    const sheets = SHEETS_CLASSES.has(cls);
    this.byKind[kind][name] = (this.byKind[kind][name] ?? 0) + 1;
    if (name === 'SpreadsheetApp.flush') {
      if (this.sheetsWritesQueued) this.flushes++;
      this.sheetsWritesQueued = false;
      return;
    }
    if (kind === 'read') {
      this.reads++;
      if (sheets && this.sheetsWritesQueued) {
        this.flushes++;
        this.sheetsWritesQueued = false;
      }
    } else if (kind === 'write') {
      this.writes++;
      if (sheets) this.sheetsWritesQueued = true;
    }
  }

  reset(): void {
    this.reads = 0;
    this.writes = 0;
    this.flushes = 0;
    this.sheetsWritesQueued = false;
    for (const kind of Object.values(this.byKind)) for (const name of Object.keys(kind)) delete kind[name];
  }
}
