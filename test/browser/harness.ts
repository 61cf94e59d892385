// Starts the playground in-process (fresh data folder, free port) and a headless Debian Chromium on it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../src/node/playground/server';

export const ROOT = join(__dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Builds dist/ when a test runs without jest's global setup (e.g. a single file from an editor). */
export function ensureBuilt(): void {
  const built = ['dist/Code.js', 'dist/Sidebar.html', 'build/playground-grid.js', 'build/playground-grid.css'];
  if (built.every((file) => existsSync(join(ROOT, file)))) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--quiet'], { stdio: 'inherit' });
}

export interface Session {
  playground: Playground;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  sidebar: FrameLocator;
  dataDir: string;
  /** Alerts and other dialogs the page opened (an injected onerror=alert(1) would land here). */
  dialogs: string[];
  close(): Promise<void>;
}

export async function openSession(): Promise<Session> {
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'ita-playground-'));
  const playground = await startPlayground({ port: 0, dataDir, root: ROOT });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(playground.url);
  const sidebar = page.frameLocator('#sidebar');
  return {
    playground,
    browser,
    context,
    page,
    sidebar,
    dataDir,
    dialogs,
    async close() {
      await browser.close();
      await playground.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One browser session for the whole test file: opened (and the sidebar idle) before the first test, closed
 * after the last. The returned object stands for that session, so tests write `s.page`, `s.sidebar`.
 */
export function useSession(): Session {
  let current: Session | undefined;
  beforeAll(async () => {
    current = await openSession();
    await idle(current.sidebar);
  }, 60000);
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as Session, {
    get(_, key: keyof Session) {
      if (!current) throw new Error('The browser session is not open (did beforeAll fail?)');
      return current[key];
    },
  });
}

/** Saves a full-page screenshot under test-output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Waits until no server call is running in the sidebar. */
export async function idle(sidebar: FrameLocator): Promise<void> {
  await sidebar.locator('#app[aria-busy="false"]').waitFor({ timeout: 15000 });
}
