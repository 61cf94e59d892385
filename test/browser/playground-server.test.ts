// The playground server without a browser: what it serves, what it refuses, and that the workbook survives
// a restart and can be reset.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlayground, type Playground } from '../../src/node/playground/server';
import { SAMPLE_SCORES } from '../../src/node/playground/sample-scores';
import { ensureBuilt, ROOT } from './harness';

let dataDir: string;
let pg: Playground;

beforeAll(async () => {
  ensureBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'ita-pg-server-'));
  pg = await startPlayground({ port: 0, dataDir, root: ROOT });
});

afterAll(async () => {
  await pg?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const post = (path: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(new URL(path, pg.url), { method: 'POST', headers, body: JSON.stringify(body) });

/** A GET sent as written: no URL clean-up of `..` and any Host header, as a hostile page could make. */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((done, fail) => {
    request({ host: '127.0.0.1', port: new URL(pg.url).port, path, headers }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    })
      .on('error', fail)
      .end();
  });
}

function cellA1(p: Playground): unknown {
  const env = p.emulator.env;
  return env.uncounted(() => env.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').getValue());
}

test('serves the page, the sidebar with the google.script.run shim, and the sample scores', async () => {
  const page = await (await fetch(pg.url)).text();
  expect(page).toContain('<iframe id="sidebar" src="/sidebar"');
  const sidebar = await (await fetch(new URL('/sidebar', pg.url))).text();
  expect(sidebar).toContain('window.google = { script: { run:');
  expect(sidebar.indexOf('window.google')).toBeLessThan(sidebar.indexOf('<script>', sidebar.indexOf('window.google')));
  const sample = await (await fetch(new URL('/sample-scores.txt', pg.url))).text();
  expect(sample).toBe(SAMPLE_SCORES);
});

test('calls only the functions Code.js exposes to google.script.run', async () => {
  const ok = await post('/rpc/getSidebarState', { args: [] });
  expect(ok.status).toBe(200);
  expect(await ok.json()).toHaveProperty('result.ok');
  for (const name of ['eval', 'Function', 'constructor', '__app', 'helperThatDoesNotExist']) {
    const refused = await post(`/rpc/${name}`, { args: ['1'] });
    expect(refused.status).toBe(404);
  }
});

test('refuses requests another web page could send (cross-origin or not JSON)', async () => {
  const foreign = await post(
    '/rpc/getSidebarState',
    { args: [] },
    {
      'content-type': 'application/json',
      origin: 'http://evil.example',
    },
  );
  expect(foreign.status).toBe(403);
  const form = await post('/reset', {}, { 'content-type': 'text/plain' });
  expect(form.status).toBe(403);
});

test('answers only requests addressed to 127.0.0.1 or localhost (no DNS rebinding)', async () => {
  const port = new URL(pg.url).port;
  expect(await rawGet('/api/workbook', { host: `evil.example:${port}` })).toBe(403);
  expect(await rawGet('/api/workbook', { host: `localhost:${port}` })).toBe(200);
  expect(await rawGet('/api/workbook')).toBe(200);
});

test('the workbook survives a restart and reset empties it', async () => {
  const env = pg.emulator.env;
  env.uncounted(() => env.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue('เก็บไว้'));
  await post('/rpc/getSidebarState', { args: [] });
  await pg.close();
  pg = await startPlayground({ port: 0, dataDir, root: ROOT });
  expect(cellA1(pg)).toBe('เก็บไว้');
  const view = (await (await fetch(new URL('/api/workbook', pg.url))).json()) as {
    tabs: { rows: { v: string }[][] }[];
  };
  expect(view.tabs.some((t) => t.rows[0]?.[0]?.v === 'เก็บไว้')).toBe(true);

  expect((await post('/reset', {})).status).toBe(200);
  expect(cellA1(pg)).toBe('');
  await pg.close();
  pg = await startPlayground({ port: 0, dataDir, root: ROOT });
  expect(cellA1(pg)).toBe('');
});

test('an unknown download is not found', async () => {
  expect(await rawGet('/download/../../package.json')).toBe(404);
  expect(await rawGet('/download/..%2F..%2Fpackage.json')).toBe(404);
  expect((await fetch(new URL('/download/abc-12345678', pg.url))).status).toBe(404);
});
