import { parseA1, splitSheetName } from './a1-notation';
import { FakeContext, FakeObject, asGas, instrument } from './fake-context';
import { FakeRange } from './range';
import { FakeSheet } from './sheet';
import {
  DEFAULT_MAX_COLUMNS,
  DEFAULT_MAX_ROWS,
  newSheetModel,
  type SheetModel,
  type SpreadsheetModel,
} from './sheet-model';
import type { ValidationRule } from './data-validation-rule';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** A toast shown with Spreadsheet.toast, kept so tests can read it. */
export interface RecordedToast {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

export const SPREADSHEET_METHODS = [
  'deleteSheet',
  'getActiveRange',
  'getActiveSheet',
  'getId',
  'getName',
  'getNumSheets',
  'getProtections',
  'getRange',
  'getSheetByName',
  'getSheets',
  'getSpreadsheetLocale',
  'getSpreadsheetTimeZone',
  'getUrl',
  'insertSheet',
  'setActiveRange',
  'setActiveSelection',
  'setActiveSheet',
  'toast',
] as const satisfies readonly (keyof GasSpreadsheet)[];

export class FakeSpreadsheet extends FakeObject implements Pick<GasSpreadsheet, (typeof SPREADSHEET_METHODS)[number]> {
  /** Toasts shown so far, oldest first. */
  readonly toasts: RecordedToast[] = [];
  readonly #views = new WeakMap<SheetModel, FakeSheet>();

  constructor(
    ctx: FakeContext,
    /** The stored workbook. */
    readonly model: SpreadsheetModel,
  ) {
    super(ctx);
  }

  /** The fake Sheet over a stored sheet (one view per sheet, so identity comparisons hold). */
  readonly sheetView = (model: SheetModel): FakeSheet => {
    let view = this.#views.get(model);
    if (!view) {
      view = new FakeSheet(this.ctx, this, model);
      this.#views.set(model, view);
    }
    return view;
  };

  /** The range a stored VALUE_IN_RANGE rule points at. */
  readonly resolveReference = (ref: NonNullable<ValidationRule['range']>): FakeRange => {
    const sheet = this.model.sheets.find((s) => s.id === ref.sheetId);
    if (!sheet) this.ctx.fail('Range not found');
    return new FakeRange(this.ctx, this.sheetView(sheet), { ...ref.rect });
  };

  deleteSheet(sheet: GasSheet): void {
    const model = this.#modelOf(sheet);
    if (this.model.sheets.length === 1) this.ctx.fail("You can't remove all the sheets in a document.");
    this.model.sheets.splice(this.model.sheets.indexOf(model), 1);
    if (this.model.activeSheetId === model.id) this.model.activeSheetId = this.model.sheets[0]!.id;
    if (this.model.activeRange?.sheetId === model.id) this.model.activeRange = null;
  }

  getActiveRange(): GasRange | null {
    const active = this.model.activeRange;
    if (!active) return null;
    const sheet = this.model.sheets.find((s) => s.id === active.sheetId);
    return sheet ? asGas(new FakeRange(this.ctx, this.sheetView(sheet), { ...active.rect })) : null;
  }

  getActiveSheet(): GasSheet {
    const sheet = this.model.sheets.find((s) => s.id === this.model.activeSheetId) ?? this.model.sheets[0]!;
    return asGas(this.sheetView(sheet));
  }

  getId(): string {
    return this.model.id;
  }

  getName(): string {
    return this.model.name;
  }

  getNumSheets(): number {
    return this.model.sheets.length;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.model.sheets.flatMap((s) => this.sheetView(s).getProtections(type));
  }

  /** `'Sheet name'!A1:B2`, or A1 notation on the active sheet. */
  getRange(a1Notation: string): GasRange {
    const { sheetName, range } = splitSheetName(a1Notation);
    const sheet = sheetName === null ? this.getActiveSheet() : this.getSheetByName(sheetName);
    if (!sheet) this.ctx.fail('Range not found');
    const model = (sheet as unknown as FakeSheet).model;
    if (!parseA1(range, model.maxRows, model.maxColumns)) this.ctx.fail('Range not found');
    return sheet.getRange(range);
  }

  getSheetByName(name: string): GasSheet | null {
    const sheet = this.model.sheets.find((s) => s.name === name);
    return sheet ? asGas(this.sheetView(sheet)) : null;
  }

  getSheets(): GasSheet[] {
    return this.model.sheets.map((s) => asGas<GasSheet>(this.sheetView(s)));
  }

  getSpreadsheetLocale(): string {
    return this.model.locale;
  }

  getSpreadsheetTimeZone(): string {
    return this.model.timeZone;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.model.id}/edit`;
  }

  /** insertSheet(), (index), (name) or (name, index): 1000 × 26 like Sheets; the new tab becomes active. */
  insertSheet(nameOrIndex?: string | number | object, indexOrOptions?: number | object): GasSheet {
    if (typeof indexOrOptions === 'object' || (typeof nameOrIndex === 'object' && nameOrIndex !== null)) {
      this.ctx.fail('insertSheet with a template is not supported by the fake');
    }
    const index = typeof nameOrIndex === 'number' ? nameOrIndex : indexOrOptions;
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : null;
    if (name === null) {
      let n = this.model.sheets.length + 1;
      while (this.model.sheets.some((s) => s.name === `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (name.trim() === '') this.ctx.fail('Sheet names cannot be empty.');
    const taken = name.toLowerCase();
    if (this.model.sheets.some((s) => s.name.toLowerCase() === taken)) {
      this.ctx.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > this.model.sheets.length)) {
      this.ctx.fail(`The sheet index ${index} is out of range.`);
    }
    const model = newSheetModel(this.model.nextSheetId++, name, DEFAULT_MAX_ROWS, DEFAULT_MAX_COLUMNS);
    this.model.sheets.splice(index ?? this.model.sheets.length, 0, model);
    this.model.activeSheetId = model.id;
    this.model.activeRange = null;
    return asGas(this.sheetView(model));
  }

  setActiveRange(range: GasRange): GasRange {
    return range.activate();
  }

  /** Selects a range or `'Sheet name'!A1` (A1 alone: on the active sheet); its tab becomes the one shown. */
  setActiveSelection(range: GasRange): GasRange;
  setActiveSelection(a1Notation: string): GasRange;
  setActiveSelection(target: GasRange | string): GasRange {
    return (typeof target === 'string' ? this.getRange(target) : target).activate();
  }

  setActiveSheet(sheet: GasSheet): GasSheet {
    return sheet.activate();
  }

  toast(message: string, title?: string, timeoutSeconds?: number | null): void {
    this.toasts.push({ message: String(message), title: title ?? '', timeoutSeconds: timeoutSeconds ?? null });
  }

  #modelOf(sheet: GasSheet): SheetModel {
    const fake = sheet as unknown as FakeSheet;
    if (!(fake instanceof FakeSheet) || !this.model.sheets.includes(fake.model)) this.ctx.fail('Sheet not found');
    return fake.model;
  }
}
instrument(FakeSpreadsheet, 'Spreadsheet', SPREADSHEET_METHODS);

/** A new spreadsheet model with one empty sheet, like a new Google Sheets file. */
export function newSpreadsheetModel(options: {
  id?: string;
  name?: string;
  timeZone?: string;
  locale?: string;
  firstSheetName?: string;
}): SpreadsheetModel {
  const first = newSheetModel(0, options.firstSheetName ?? 'Sheet1');
  return {
    id: options.id ?? 'fake-spreadsheet-id',
    name: options.name ?? 'Untitled spreadsheet',
    timeZone: options.timeZone ?? 'Asia/Bangkok',
    locale: options.locale ?? 'th_TH',
    sheets: [first],
    activeSheetId: 0,
    activeRange: null,
    nextSheetId: 1000,
  };
}
