import { CallCounter } from './call-counter';
import { allowedBy, permissionMessage, requiredScopes } from './scopes';

/** Apps Script authorization modes, as `ScriptApp.AuthMode` names them. */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/**
 * In AuthMode.NONE an add-on may only build its menu: every other service call fails in Apps Script.
 * These classes stay callable so a test can prove onOpen(e) touches nothing else.
 */
const ALLOWED_IN_NONE = [
  'SpreadsheetApp.getUi',
  'Ui.',
  'Menu.',
  'ScriptApp.',
  'HtmlService.',
  'HtmlOutput.',
  'Logger.',
];

/**
 * Constructors from the realm that runs the code under test. When `dist/Code.js` runs inside a `node:vm`
 * context, values handed to it (Dates, errors) must come from that context so `instanceof` works there.
 */
export interface Intrinsics {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

/** Shared state of one fake environment: the call counter, the auth mode and the realm intrinsics. */
export class FakeContext {
  readonly counter = new CallCounter();
  authMode: AuthModeName = 'FULL';
  /** Scopes the manifest grants (see scopes.ts); null allows every call (a manifest without oauthScopes). */
  grantedScopes: ReadonlySet<string> | null = null;
  intrinsics: Intrinsics = { Date, Error };
  /** > 0 while a fake method runs: nested (internal) calls are not counted. */
  private depth = 0;

  /**
   * Runs one public fake method: counts it when called from outside the fakes, enforces AuthMode.NONE and the
   * manifest's scopes.
   */
  call<T>(name: string, body: () => T): T {
    if (this.depth === 0) {
      this.counter.record(name);
      this.counter.kinds.observe(name);
      if (this.authMode === 'NONE' && !ALLOWED_IN_NONE.some((p) => name === p || name.startsWith(p))) {
        this.fail(`You do not have permission to call ${name}. (AuthMode.NONE: the add-on is not yet authorized)`);
      }
      if (this.grantedScopes && !allowedBy(this.grantedScopes, name)) this.fail(permissionMessage(name));
    }
    this.depth++;
    try {
      return body();
    } finally {
      this.depth--;
    }
  }

  /** Runs `body` without counting its fake calls (test setup and inspection). */
  uncounted<T>(body: () => T): T {
    this.depth++;
    try {
      return body();
    } finally {
      this.depth--;
    }
  }

  /** Throws the way Apps Script does: an Error named `Exception` whose message has no prefix. */
  fail(message: string): never {
    const error = new this.intrinsics.Error(message);
    error.name = 'Exception';
    throw error;
  }

  /** A Date from the realm of the code under test. */
  date(time: number): Date {
    return new this.intrinsics.Date(time);
  }
}

/** Base of every fake Apps Script object: it knows its environment. */
export abstract class FakeObject {
  constructor(protected readonly ctx: FakeContext) {}
}

/**
 * Wraps the listed prototype methods so each call is counted as `className.method`. The same list types the
 * class (`implements Pick<Gas, (typeof LIST)[number]>`), so the counted methods are exactly the provided ones.
 */
export function instrument<C extends abstract new (...args: never[]) => FakeObject>(
  cls: C,
  className: string,
  methods: readonly string[],
): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const method of methods) {
    const original = proto[method];
    if (typeof original !== 'function') throw new Error(`fake ${className} lacks ${method}`);
    const name = `${className}.${method}`;
    // Every counted method must know its scopes (scopes.ts): fail when the fake is defined, not silently later.
    requiredScopes(name);
    proto[method] = function (this: FakeObject, ...args: unknown[]): unknown {
      const ctx = (this as unknown as { ctx: FakeContext }).ctx;
      return ctx.call(name, () => (original as (...a: unknown[]) => unknown).apply(this, args));
    };
  }
}

/**
 * The fakes implement a subset of each Apps Script interface; callers typed against the full interface get
 * a TypeError on anything else, which is the signal that the fake needs extending.
 */
export function asGas<T>(fake: unknown): T {
  return fake as unknown as T;
}
