// The offline playground (`npm start`): the real sidebar beside a grid of the emulated tabs, the real
// server code (dist/Code.js) running on the in-memory Apps Script fakes, exports as .docx downloads.
// Listens on 127.0.0.1 only and needs no network.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { ExportInput, type ExportSummary, type Finding, type RpcResult } from '../../core/rpc/contract';
import { Emulator, UnknownFunctionError } from './emulator';
import { readStoredDocx, renderDocxForDownload } from './export-docx';
import { GRID_BUNDLE, playgroundPage } from './page';
import { CellEdits } from './cell-edit';
import { sampleScores } from './sample-scores';
import { withShim } from './shim';

export interface PlaygroundOptions {
  /** 0 picks a free port. Default: PORT from the environment, else 8787. */
  port?: number;
  /** Where the workbook and the exported files are kept. Default: <project>/.playground */
  dataDir?: string;
  /** The project folder holding dist/. Default: found upwards from this file. */
  root?: string;
  /** Print each server call (default false). */
  verbose?: boolean;
}

export interface Playground {
  url: string;
  close(): Promise<void>;
  /** The running emulation: tests read or change the workbook through it, as a user would in Sheets. */
  emulator: Emulator;
}

const MAX_BODY = 2 * 1024 * 1024;

/** The folder with package.json and dist/, searched upwards from this file (source or build/). */
export function findProjectRoot(start = __dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'scripts', 'build.mjs'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers = {}): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** `host[:port]` names this server by its loopback name and port. */
function isLoopback(hostname: string, port: string, req: IncomingMessage): boolean {
  return (hostname === '127.0.0.1' || hostname === 'localhost') && Number(port) === req.socket.localPort;
}

/**
 * Addressed to this server by its loopback name: a web page whose own host name was pointed at 127.0.0.1
 * (DNS rebinding) would otherwise be same-origin with the playground and could read the workbook.
 */
function addressedHere(req: IncomingMessage): boolean {
  try {
    const { hostname, port } = new URL(`http://${req.headers.host ?? ''}`);
    return isLoopback(hostname, port, req);
  } catch {
    return false;
  }
}

/** A POST from the playground's own pages: JSON (which forces a CORS preflight) and no foreign Origin. */
function sameOriginJson(req: IncomingMessage): boolean {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return false;
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    const { hostname, port } = new URL(origin);
    return isLoopback(hostname, port, req);
  } catch {
    return false;
  }
}

const docxWarning = (detail: string): Finding => ({
  code: 'docx-failed',
  tab: '',
  row: 0,
  column: 0,
  severity: 'warning',
  message_th: `สร้าง Google Docs แล้ว แต่สร้างไฟล์ .docx ใน playground ไม่สำเร็จ: ${detail}`,
  message_en: `The Google Doc was created, but the playground could not render the .docx: ${detail}`,
});

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const root = resolve(options.root ?? findProjectRoot());
  const dataDir = resolve(options.dataDir ?? join(root, '.playground'));
  const exportsDir = join(dataDir, 'exports');
  const codePath = join(root, 'dist', 'Code.js');
  const sidebarPath = join(root, 'dist', 'Sidebar.html');
  const gridPaths = { js: join(root, 'build', GRID_BUNDLE.js), css: join(root, 'build', GRID_BUNDLE.css) };
  if (!existsSync(codePath) || !existsSync(sidebarPath)) {
    throw new Error(`dist/ is missing in ${root}: run "npm run build" first (npm start does it).`);
  }
  if (!existsSync(gridPaths.js) || !existsSync(gridPaths.css)) {
    throw new Error(`build/${GRID_BUNDLE.js} is missing in ${root}: run "npm run build" first (npm start does it).`);
  }
  let sidebarHtml = readFileSync(sidebarPath, 'utf8');
  /** The newest built sidebar, so a rebuild shows after a reload; the last good copy while dist/ is rebuilt. */
  const currentSidebar = () => {
    try {
      sidebarHtml = readFileSync(sidebarPath, 'utf8');
    } catch {
      // dist/ is being rebuilt right now: serve the copy read before.
    }
    return sidebarHtml;
  };
  const emulator = new Emulator({
    codeJs: readFileSync(codePath, 'utf8'),
    sidebarHtml,
    workbookFile: join(dataDir, 'workbook.json'),
  });
  emulator.save();

  async function rpc(name: string, args: unknown[]): Promise<unknown> {
    const result = emulator.call(name, args);
    if (name !== 'exportReports') return result;
    const answer = result as RpcResult<ExportSummary>;
    const input = ExportInput.safeParse(args[0]);
    if (!answer.ok || !input.success) return answer;
    try {
      const stored = await renderDocxForDownload(emulator.env, input.data, answer.data.name, exportsDir);
      return { ok: true, data: { ...answer.data, downloadUrl: `/download/${stored.id}` } };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: true, data: { ...answer.data, warnings: [...answer.data.warnings, docxWarning(detail)] } };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (!addressedHere(req)) return send(res, 403, 'text/plain; charset=utf-8', 'forbidden');
    if (req.method === 'POST' && !sameOriginJson(req)) {
      // Another web page open in the browser must not drive the playground (cross-site requests).
      return sendJson(res, 403, { message: 'Only the playground page may call the playground.' });
    }
    if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html; charset=utf-8', playgroundPage());
    if (req.method === 'GET' && path === '/sidebar') {
      return send(res, 200, 'text/html; charset=utf-8', withShim(currentSidebar()));
    }
    if (req.method === 'GET' && path === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (req.method === 'GET' && path === '/grid.js') {
      return send(res, 200, 'text/javascript; charset=utf-8', readFileSync(gridPaths.js));
    }
    if (req.method === 'GET' && path === '/grid.css') {
      return send(res, 200, 'text/css; charset=utf-8', readFileSync(gridPaths.css));
    }
    if (req.method === 'GET' && path === '/api/workbook') {
      return sendJson(res, 200, { ...emulator.view(), sampleYear: emulator.settingsItaYear() });
    }
    if (req.method === 'POST' && path === '/api/cells') {
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        return sendJson(res, 400, {
          ok: false,
          message_th: 'คำขอไม่ใช่ JSON',
          message_en: 'The request body is not JSON.',
        });
      }
      const input = CellEdits.safeParse(body);
      if (!input.success) {
        return sendJson(res, 400, {
          ok: false,
          message_th: 'ข้อมูลที่ส่งมาไม่ถูกต้อง',
          message_en: `Invalid cell edit: ${input.error.issues[0]?.message ?? 'bad input'}`,
        });
      }
      const outcome = emulator.editCells(input.data);
      return sendJson(res, outcome.ok ? 200 : 422, outcome);
    }
    if (req.method === 'GET' && path === '/sample-scores.txt') {
      const year = Number(url.searchParams.get('year'));
      const itaYear = Number.isInteger(year) && year >= 2500 && year <= 2700 ? year : emulator.settingsItaYear();
      return send(res, 200, 'text/plain; charset=utf-8', sampleScores(itaYear));
    }
    if (req.method === 'POST' && path === '/reset') {
      emulator.reset();
      return sendJson(res, 200, { ok: true });
    }
    const rpcMatch = /^\/rpc\/([A-Za-z_$][\w$]*)$/.exec(path);
    if (req.method === 'POST' && rpcMatch) {
      const name = rpcMatch[1]!;
      let args: unknown[];
      try {
        const body = JSON.parse((await readBody(req)) || '{}') as { args?: unknown };
        args = Array.isArray(body.args) ? body.args : [];
      } catch {
        return sendJson(res, 400, { message: 'The request body is not JSON.' });
      }
      try {
        const result = await rpc(name, args);
        if (options.verbose) console.log(`rpc ${name}`);
        return sendJson(res, 200, { result });
      } catch (error) {
        if (error instanceof UnknownFunctionError) {
          return sendJson(res, 404, { message: `Script function not found: ${name}` });
        }
        // An uncaught exception in Apps Script reaches withFailureHandler as an Error with this message.
        console.error(`rpc ${name} threw`, error);
        return sendJson(res, 500, { message: error instanceof Error ? error.message : String(error) });
      }
    }
    const download = /^\/download\/([\w-]+)$/.exec(path);
    if (req.method === 'GET' && download) {
      const stored = readStoredDocx(exportsDir, download[1]!);
      if (!stored) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
      return send(res, 200, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', stored.bytes, {
        'content-disposition': `attachment; filename="report.docx"; filename*=UTF-8''${encodeURIComponent(stored.fileName)}`,
      });
    }
    return send(res, 404, 'text/plain; charset=utf-8', 'not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, { message: 'playground error' });
      else res.end();
    });
  });
  const port = options.port ?? (process.env.PORT ? Number(process.env.PORT) : 8787);
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ready());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    emulator,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function main(): Promise<void> {
  // Code.js runs in the script's time zone, as on Apps Script: a date typed as 2026-09-15 stays the 15th.
  try {
    const manifest = JSON.parse(readFileSync(join(findProjectRoot(), 'appsscript.json'), 'utf8')) as {
      timeZone?: string;
    };
    process.env.TZ ||= manifest.timeZone ?? 'Asia/Bangkok';
  } catch {
    process.env.TZ ||= 'Asia/Bangkok';
  }
  try {
    const playground = await startPlayground({ verbose: process.argv.includes('--verbose') });
    console.log(`ITA Report Kit playground: ${playground.url}`);
    console.log('เปิดลิงก์ด้านบนในเบราว์เซอร์ · Open the link above in a browser. Ctrl+C stops it.');
    const stop = () => void playground.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error('พอร์ตนี้ถูกใช้อยู่ ลองใหม่ด้วย PORT=8788 npm start · The port is in use: try PORT=8788 npm start');
    } else console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) void main();
