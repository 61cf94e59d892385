// A typed promise over google.script.run: one call per server function of the contract. A server answer
// { ok: false } and a transport failure both reject with RpcFailure, which carries a message to show.
import type { Finding, RpcResult, ServerApi, UserMessage } from '../../src/core/rpc/contract';

export type ServerFunction = keyof ServerApi;
type Args<K extends ServerFunction> = Parameters<ServerApi[K]>;
type Answer<K extends ServerFunction> = ReturnType<ServerApi[K]>;

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
  [name: string]: unknown;
}

export type FailureKind = 'server' | 'auth' | 'network' | 'bad-answer';

export class RpcFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly user: UserMessage & { findings?: Finding[] },
    /** The raw text of a transport error, shown as technical detail. */
    readonly detail: string = '',
  ) {
    super(user.message_en);
    this.name = 'RpcFailure';
  }
}

// Apps Script answers these when the browser is signed in to several Google accounts and the add-on runs
// under one that has not authorized it (a very common cause of "it doesn't work" reports).
const AUTH_PATTERNS = [/authoriz/i, /PERMISSION_DENIED/i, /reading from storage/i, /access denied/i, /\b401\b/];

function classifyTransportError(error: unknown): RpcFailure {
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
  const kind: FailureKind = AUTH_PATTERNS.some((p) => p.test(detail)) ? 'auth' : 'network';
  return new RpcFailure(kind, { code: kind, message_th: '', message_en: detail }, detail ?? '');
}

function isRpcResult(value: unknown): value is RpcResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: { message_th?: unknown; message_en?: unknown } };
  if (v.ok === true) return 'data' in value;
  return v.ok === false && typeof v.error?.message_th === 'string' && typeof v.error?.message_en === 'string';
}

function runner(): Runner {
  const g = (globalThis as { google?: { script?: { run?: Runner } } }).google;
  const run = g?.script?.run;
  if (!run)
    throw new RpcFailure('network', { code: 'no-host', message_th: '', message_en: 'google.script.run is missing' });
  return run;
}

/** Calls one server function and resolves with its data. */
export function call<K extends ServerFunction>(name: K, ...args: Args<K>): Promise<Answer<K>> {
  return new Promise<Answer<K>>((resolve, reject) => {
    try {
      const run = runner()
        .withSuccessHandler((value) => {
          if (!isRpcResult(value)) {
            reject(new RpcFailure('bad-answer', { code: 'bad-answer', message_th: '', message_en: '' }));
          } else if (value.ok) resolve(value.data as Answer<K>);
          else reject(new RpcFailure('server', value.error));
        })
        .withFailureHandler((error) => reject(classifyTransportError(error)));
      const fn = run[name];
      if (typeof fn !== 'function') throw new Error(`server function ${name} is missing`);
      (fn as (...a: unknown[]) => void).apply(run, args);
    } catch (error) {
      reject(error instanceof RpcFailure ? error : classifyTransportError(error));
    }
  });
}
