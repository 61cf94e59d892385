import { call, RpcFailure } from '../../../sidebar/src/rpc';

type Handler = (value: unknown) => void;

/** google.script.run as Apps Script shapes it: chainable handlers, then the server function by name. */
function installRun(answer: (name: string, args: unknown[]) => { ok: unknown } | { fail: unknown }) {
  const runner = (ok: Handler | null, fail: Handler | null): unknown =>
    new Proxy(
      {
        withSuccessHandler: (h: Handler) => runner(h, fail),
        withFailureHandler: (h: Handler) => runner(ok, h),
      },
      {
        get: (target, name: string) =>
          name in target
            ? (target as Record<string, unknown>)[name]
            : (...args: unknown[]) => {
                const a = answer(name, args);
                setTimeout(() => ('ok' in a ? ok?.(a.ok) : fail?.(a.fail)), 0);
              },
      },
    );
  (globalThis as { google?: unknown }).google = { script: { run: runner(null, null) } };
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
});

test('resolves with the data of { ok: true } and passes the arguments', async () => {
  const seen: unknown[] = [];
  installRun((name, args) => {
    seen.push(name, args);
    return { ok: { ok: true, data: { ok: true } } };
  });
  await expect(call('selectCell', { tab: 'มาตรการ', row: 3, column: 2 })).resolves.toEqual({ ok: true });
  expect(seen).toEqual(['selectCell', [{ tab: 'มาตรการ', row: 3, column: 2 }]]);
});

test('rejects { ok: false } with the server message and its findings', async () => {
  const error = { code: 'has-errors', message_th: 'มีข้อผิดพลาด', message_en: 'Has errors', findings: [] };
  installRun(() => ({ ok: { ok: false, error } }));
  const failure = await call('validateWorkbook').catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(RpcFailure);
  expect((failure as RpcFailure).kind).toBe('server');
  expect((failure as RpcFailure).user).toEqual(error);
});

test.each([
  ['ScriptError: Authorization is required to perform that action.', 'auth'],
  ["We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.", 'auth'],
  ['NetworkError: Connection failure due to HTTP 0', 'network'],
])('a transport failure "%s" is classified as %s', async (message, kind) => {
  installRun(() => ({ fail: new Error(message) }));
  const failure = (await call('getSidebarState').catch((e: unknown) => e)) as RpcFailure;
  expect(failure.kind).toBe(kind);
  expect(failure.detail).toBe(message);
});

test('an answer that is not an RpcResult is refused', async () => {
  installRun(() => ({ ok: { whatever: 1 } }));
  await expect(call('listExports')).rejects.toMatchObject({ kind: 'bad-answer' });
});

test('without google.script.run the call fails instead of hanging', async () => {
  await expect(call('listExports')).rejects.toMatchObject({ kind: 'network' });
});
