import { FakeContext, FakeObject, asGas, instrument } from './fake-context';
import { Button, ButtonSet } from './enums';
import { FakeHtmlOutput } from './html-service';

type GasUi = GoogleAppsScript.Base.Ui;
type GasMenu = GoogleAppsScript.Base.Menu;

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntry[] };

/** A menu added with addToUi; `caption` is null for the add-on menu (Sheets shows the add-on's name). */
export interface RecordedMenu {
  caption: string | null;
  addon: boolean;
  entries: MenuEntry[];
}

export interface RecordedAlert {
  title: string;
  prompt: string;
  buttons: string;
}

export interface RecordedDialog {
  output: FakeHtmlOutput;
  title: string;
  modal: boolean;
}

/** Everything the code under test showed to the user. */
export interface UiRecord {
  menus: RecordedMenu[];
  sidebars: FakeHtmlOutput[];
  dialogs: RecordedDialog[];
  alerts: RecordedAlert[];
  /** Buttons the next alerts return, in order; OK when empty. */
  alertResponses: string[];
}

export function newUiRecord(): UiRecord {
  return { menus: [], sidebars: [], dialogs: [], alerts: [], alertResponses: [] };
}

export const MENU_METHODS = [
  'addItem',
  'addSeparator',
  'addSubMenu',
  'addToUi',
] as const satisfies readonly (keyof GasMenu)[];

export class FakeMenu extends FakeObject implements Pick<GasMenu, (typeof MENU_METHODS)[number]> {
  readonly entries: MenuEntry[] = [];

  constructor(
    ctx: FakeContext,
    private readonly record: UiRecord,
    readonly caption: string | null,
  ) {
    super(ctx);
  }

  addItem(caption: string, functionName: string): GasMenu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      this.ctx.fail("The parameters don't match the method signature for Menu.addItem.");
    }
    this.entries.push({ kind: 'item', caption, functionName });
    return asGas(this);
  }

  addSeparator(): GasMenu {
    this.entries.push({ kind: 'separator' });
    return asGas(this);
  }

  addSubMenu(menu: GasMenu): GasMenu {
    const sub = menu as unknown as FakeMenu;
    if (!(sub instanceof FakeMenu) || sub.caption === null) this.ctx.fail('Invalid argument: menu (use Ui.createMenu)');
    this.entries.push({ kind: 'submenu', caption: sub.caption, entries: sub.entries });
    return asGas(this);
  }

  addToUi(): void {
    this.record.menus.push({
      caption: this.caption,
      addon: this.caption === null,
      entries: cloneEntries(this.entries),
    });
  }
}
instrument(FakeMenu, 'Menu', MENU_METHODS);

function cloneEntries(entries: MenuEntry[]): MenuEntry[] {
  return entries.map((e) => (e.kind === 'submenu' ? { ...e, entries: cloneEntries(e.entries) } : { ...e }));
}

export const UI_METHODS = [
  'alert',
  'createAddonMenu',
  'createMenu',
  'showModalDialog',
  'showModelessDialog',
  'showSidebar',
] as const satisfies readonly (keyof GasUi)[];

export class FakeUi extends FakeObject implements Pick<GasUi, (typeof UI_METHODS)[number] | 'Button' | 'ButtonSet'> {
  readonly Button = asGas<typeof GoogleAppsScript.Base.Button>(Button);
  readonly ButtonSet = asGas<typeof GoogleAppsScript.Base.ButtonSet>(ButtonSet);

  constructor(
    ctx: FakeContext,
    readonly record: UiRecord,
  ) {
    super(ctx);
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons); returns OK unless scripted. */
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    const entry =
      c !== undefined
        ? { title: a, prompt: String(b), buttons: String(c) }
        : { title: '', prompt: a, buttons: b === undefined ? 'OK' : String(b) };
    this.record.alerts.push(entry);
    return asGas(this.record.alertResponses.shift() ?? Button.OK);
  }

  createAddonMenu(): GasMenu {
    return asGas(new FakeMenu(this.ctx, this.record, null));
  }

  createMenu(caption: string): GasMenu {
    return asGas(new FakeMenu(this.ctx, this.record, caption));
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.record.dialogs.push({ output: this.#output(userInterface), title, modal: true });
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.record.dialogs.push({ output: this.#output(userInterface), title, modal: false });
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.record.sidebars.push(this.#output(userInterface));
  }

  #output(value: unknown): FakeHtmlOutput {
    if (!(value instanceof FakeHtmlOutput)) this.ctx.fail('Invalid argument: userInterface');
    return value;
  }
}
instrument(FakeUi, 'Ui', UI_METHODS);
