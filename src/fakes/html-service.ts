import { FakeContext, FakeObject, asGas, instrument } from './fake-context';
import { SandboxMode, XFrameOptionsMode } from './enums';

type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type GasHtmlService = GoogleAppsScript.HTML.HtmlService;

export const HTML_OUTPUT_METHODS = [
  'addMetaTag',
  'append',
  'clear',
  'getContent',
  'getFaviconUrl',
  'getHeight',
  'getTitle',
  'getWidth',
  'setContent',
  'setFaviconUrl',
  'setHeight',
  'setSandboxMode',
  'setTitle',
  'setWidth',
  'setXFrameOptionsMode',
] as const satisfies readonly (keyof GasHtmlOutput)[];

/** A page served by HtmlService; its settings stay readable for tests. */
export class FakeHtmlOutput extends FakeObject implements Pick<GasHtmlOutput, (typeof HTML_OUTPUT_METHODS)[number]> {
  title = '';
  width = 0;
  height = 0;
  faviconUrl = '';
  xFrameOptionsMode: string | null = null;
  sandboxMode: string | null = null;
  readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(
    ctx: FakeContext,
    public content: string,
    /** The file it was served from, or null for createHtmlOutput. */
    readonly fileName: string | null,
  ) {
    super(ctx);
  }

  addMetaTag(name: string, content: string): GasHtmlOutput {
    this.metaTags.push({ name, content });
    return asGas(this);
  }

  append(addedContent: string): GasHtmlOutput {
    this.content += addedContent;
    return asGas(this);
  }

  clear(): GasHtmlOutput {
    this.content = '';
    return asGas(this);
  }

  getContent(): string {
    return this.content;
  }

  getFaviconUrl(): string {
    return this.faviconUrl;
  }

  getHeight(): number {
    return this.height;
  }

  getTitle(): string {
    return this.title;
  }

  getWidth(): number {
    return this.width;
  }

  setContent(content: string): GasHtmlOutput {
    this.content = content;
    return asGas(this);
  }

  setFaviconUrl(iconUrl: string): GasHtmlOutput {
    this.faviconUrl = iconUrl;
    return asGas(this);
  }

  setHeight(height: number): GasHtmlOutput {
    this.height = height;
    return asGas(this);
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GasHtmlOutput {
    this.sandboxMode = String(mode);
    return asGas(this);
  }

  setTitle(title: string): GasHtmlOutput {
    this.title = title;
    return asGas(this);
  }

  setWidth(width: number): GasHtmlOutput {
    this.width = width;
    return asGas(this);
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GasHtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return asGas(this);
  }
}
instrument(FakeHtmlOutput, 'HtmlOutput', HTML_OUTPUT_METHODS);

export const HTML_SERVICE_METHODS = [
  'createHtmlOutput',
  'createHtmlOutputFromFile',
] as const satisfies readonly (keyof GasHtmlService)[];

/** HtmlService serving files from a map of project files (`{ Sidebar: '<html>…' }`, `.html` optional). */
export class FakeHtmlService
  extends FakeObject
  implements Pick<GasHtmlService, (typeof HTML_SERVICE_METHODS)[number] | 'SandboxMode' | 'XFrameOptionsMode'>
{
  readonly SandboxMode = asGas<typeof GoogleAppsScript.HTML.SandboxMode>(SandboxMode);
  readonly XFrameOptionsMode = asGas<typeof GoogleAppsScript.HTML.XFrameOptionsMode>(XFrameOptionsMode);

  constructor(
    ctx: FakeContext,
    /** Project HTML files by name; tests may add files later. */
    readonly files: Record<string, string>,
  ) {
    super(ctx);
  }

  createHtmlOutput(html?: unknown): GasHtmlOutput {
    return asGas(new FakeHtmlOutput(this.ctx, html === undefined ? '' : String(html), null));
  }

  createHtmlOutputFromFile(filename: string): GasHtmlOutput {
    const name = filename.replace(/\.html$/i, '');
    const content = this.files[name] ?? this.files[`${name}.html`];
    if (content === undefined) this.ctx.fail(`No HTML file named ${filename} was found.`);
    return asGas(new FakeHtmlOutput(this.ctx, content, name));
  }
}
instrument(FakeHtmlService, 'HtmlService', HTML_SERVICE_METHODS);
