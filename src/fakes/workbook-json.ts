import * as z from 'zod';
import { parseA1, qualifiedA1, rectToA1, splitSheetName, type GridRect } from './a1-notation';
import type { CellValue } from './cell-input';
import type { ValidationRule } from './data-validation-rule';
import { cloneRule } from './data-validation';
import {
  BooleanCriteria,
  DataValidationCriteria,
  type BooleanCriteriaName,
  type CriteriaName,
  type WrapStrategyName,
} from './enums';
import { DEFAULT_CELL, cellForWrite, type Cell, type SheetModel, type SpreadsheetModel } from './sheet-model';
import { FakeSpreadsheet } from './spreadsheet';

/**
 * The emulated workbook as plain JSON: what the playground saves to disk, shows in its grid, and what
 * `ita-report export --workbook <file>` reads.
 *
 * - `values` is dense over the used area (rows 1..values.length, columns 1..values[0].length): what
 *   Range.getValues() returns, with Dates written as `{ "date": "<ISO instant>" }`.
 * - Every other cell property is sparse: a map from an A1 range of one column (`"C2:C40"` or `"C2"`) to the
 *   value all those cells share; cells at Apps Script's default are left out.
 * - Sheets are in tab order. Widths are in pixels by 1-based column; validation ranges are sheet-qualified.
 */
export interface WorkbookJson {
  format: 'ita-report-kit/workbook';
  version: 1;
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  /** Name of the active sheet. */
  activeSheet: string | null;
  sheets: SheetJson[];
}

export type JsonCellValue = string | number | boolean | { date: string };

export interface DataValidationJson {
  criteria: CriteriaName;
  /** Criteria values as DataValidation.getCriteriaValues() gives them; for VALUE_IN_RANGE `[null, showDropdown]`. */
  args: unknown[];
  /** For VALUE_IN_RANGE: the source range, e.g. `'รายการ'!A2:A20`. */
  range: string | null;
  allowInvalid: boolean;
  helpText: string | null;
}

export interface ProtectionJson {
  type: 'RANGE' | 'SHEET';
  /** A1 range for RANGE protections, null for a whole-sheet protection. */
  range: string | null;
  description: string;
  warningOnly: boolean;
}

/** A conditional-format rule (boolean condition) with its sheet-local A1 ranges, in priority order. */
export interface ConditionalFormatJson {
  ranges: string[];
  criteria: BooleanCriteriaName;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export interface SheetJson {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  /** Column widths in pixels that differ from the default 100, by 1-based column ("3": 250). */
  columnWidths: Record<string, number>;
  values: JsonCellValue[][];
  formulas: Record<string, string>;
  notes: Record<string, string>;
  backgrounds: Record<string, string>;
  fontWeights: Record<string, 'bold' | 'normal'>;
  fontColors: Record<string, string>;
  numberFormats: Record<string, string>;
  horizontalAlignments: Record<string, string>;
  verticalAlignments: Record<string, string>;
  wrapStrategies: Record<string, WrapStrategyName>;
  dataValidations: Record<string, DataValidationJson>;
  protections: ProtectionJson[];
  conditionalFormats: ConditionalFormatJson[];
}

type SparseKey = Exclude<
  keyof SheetJson,
  | 'name'
  | 'sheetId'
  | 'maxRows'
  | 'maxColumns'
  | 'frozenRows'
  | 'frozenColumns'
  | 'tabColor'
  | 'columnWidths'
  | 'values'
  | 'protections'
  | 'conditionalFormats'
>;

/** Which Cell field each sparse map holds. */
const SPARSE_FIELDS: Record<SparseKey, keyof Cell> = {
  formulas: 'formula',
  notes: 'note',
  backgrounds: 'background',
  fontWeights: 'fontWeight',
  fontColors: 'fontColor',
  numberFormats: 'numberFormat',
  horizontalAlignments: 'horizontalAlignment',
  verticalAlignments: 'verticalAlignment',
  wrapStrategies: 'wrapStrategy',
  dataValidations: 'validation',
};

function encodeValue(value: unknown): JsonCellValue {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return { date: new Date((value as Date).getTime()).toISOString() };
  }
  return value as JsonCellValue;
}

function decodeValue(value: unknown, makeDate: (time: number) => Date): CellValue {
  if (value !== null && typeof value === 'object' && 'date' in value)
    return makeDate(Date.parse(String((value as { date: unknown }).date)));
  return value as CellValue;
}

/** The stored workbook as WorkbookJson. */
export function serializeWorkbook(spreadsheet: FakeSpreadsheet | SpreadsheetModel): WorkbookJson {
  const model = spreadsheet instanceof FakeSpreadsheet ? spreadsheet.model : spreadsheet;
  const nameOf = (sheetId: number) => model.sheets.find((s) => s.id === sheetId)?.name ?? '';
  return {
    format: 'ita-report-kit/workbook',
    version: 1,
    id: model.id,
    name: model.name,
    timeZone: model.timeZone,
    locale: model.locale,
    activeSheet: model.sheets.find((s) => s.id === model.activeSheetId)?.name ?? null,
    sheets: model.sheets.map((sheet) => serializeSheet(sheet, nameOf)),
  };
}

/** Extent of the cells matching `keep`: rows and columns from A1. */
function extent(sheet: SheetModel, keep: (cell: Cell) => boolean): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  sheet.cells.forEach((row, r) => {
    if (!row) return;
    let last = 0;
    row.forEach((cell, c) => {
      if (cell && keep(cell)) last = c + 1;
    });
    if (last > 0) rows = r + 1;
    columns = Math.max(columns, last);
  });
  return { rows, columns };
}

function isDefault(cell: Cell): boolean {
  return (Object.keys(DEFAULT_CELL) as (keyof Cell)[]).every((k) => cell[k] === DEFAULT_CELL[k]);
}

function ruleToJson(rule: ValidationRule, nameOf: (id: number) => string): DataValidationJson {
  return {
    criteria: rule.criteria,
    args: rule.args.map((a) => (Array.isArray(a) ? a.map(encodeValue) : encodeValue(a))),
    range: rule.range ? qualifiedA1(nameOf(rule.range.sheetId), rule.range.rect) : null,
    allowInvalid: rule.allowInvalid,
    helpText: rule.helpText,
  };
}

function serializeSheet(sheet: SheetModel, nameOf: (id: number) => string): SheetJson {
  const { rows, columns } = extent(sheet, (cell) => cell.value !== '');
  const values: JsonCellValue[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: JsonCellValue[] = [];
    for (let c = 1; c <= columns; c++) line.push(encodeValue(sheet.cells[r - 1]?.[c - 1]?.value ?? ''));
    values.push(line);
  }
  const json: SheetJson = {
    name: sheet.name,
    sheetId: sheet.id,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    tabColor: sheet.tabColor,
    columnWidths: Object.fromEntries(
      [...sheet.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [String(c), w]),
    ),
    values,
    formulas: {},
    notes: {},
    backgrounds: {},
    fontWeights: {},
    fontColors: {},
    numberFormats: {},
    horizontalAlignments: {},
    verticalAlignments: {},
    wrapStrategies: {},
    dataValidations: {},
    protections: sheet.protections.map((p) => ({
      type: p.type,
      range: p.rect ? rectToA1(p.rect) : null,
      description: p.description,
      warningOnly: p.warningOnly,
    })),
    conditionalFormats: sheet.conditionalFormats.map((rule) => ({
      ranges: rule.ranges.map((r) => rectToA1(r.rect)),
      criteria: rule.criteria ?? 'CUSTOM_FORMULA',
      values: rule.values.map(encodeValue),
      background: rule.background,
      fontColor: rule.fontColor,
      bold: rule.bold,
      italic: rule.italic,
    })),
  };
  const stored = extent(sheet, (cell) => !isDefault(cell));
  for (const [key, field] of Object.entries(SPARSE_FIELDS) as [SparseKey, keyof Cell][]) {
    const encode = field === 'validation' ? (v: unknown) => ruleToJson(v as ValidationRule, nameOf) : (v: unknown) => v;
    (json[key] as Record<string, unknown>) = columnRuns(sheet, stored.rows, stored.columns, field, encode);
  }
  return json;
}

/** Vertical runs of equal non-default values, keyed by their A1 range. */
function columnRuns(
  sheet: SheetModel,
  rows: number,
  columns: number,
  field: keyof Cell,
  encode: (v: unknown) => unknown,
) {
  const out: Record<string, unknown> = {};
  for (let c = 1; c <= columns; c++) {
    let start = 0;
    let current = '';
    let currentValue: unknown = null;
    const flush = (end: number) => {
      if (start > 0) out[rectToA1({ row: start, column: c, numRows: end - start + 1, numColumns: 1 })] = currentValue;
      start = 0;
    };
    for (let r = 1; r <= rows; r++) {
      const value = sheet.cells[r - 1]?.[c - 1]?.[field] ?? DEFAULT_CELL[field];
      if (value === DEFAULT_CELL[field]) {
        flush(r - 1);
        continue;
      }
      const encoded = encode(value);
      const key = JSON.stringify(encoded);
      if (start > 0 && key === current) continue;
      flush(r - 1);
      start = r;
      current = key;
      currentValue = encoded;
    }
    flush(rows);
  }
  return out;
}

// ---- reading ----

const jsonCellValue = z.union([z.string(), z.number(), z.boolean(), z.object({ date: z.string() })]);
const a1Map = <T extends z.ZodType>(value: T) => z.record(z.string(), value).default({});

const sheetSchema = z.object({
  name: z.string().min(1),
  sheetId: z.number().int().nonnegative(),
  maxRows: z.number().int().positive(),
  maxColumns: z.number().int().positive(),
  frozenRows: z.number().int().nonnegative().default(0),
  frozenColumns: z.number().int().nonnegative().default(0),
  tabColor: z.string().nullable().default(null),
  columnWidths: z.record(z.string(), z.number().positive()).default({}),
  values: z.array(z.array(jsonCellValue)).default([]),
  formulas: a1Map(z.string()),
  notes: a1Map(z.string()),
  backgrounds: a1Map(z.string()),
  fontWeights: a1Map(z.enum(['bold', 'normal'])),
  fontColors: a1Map(z.string()),
  numberFormats: a1Map(z.string()),
  horizontalAlignments: a1Map(z.string()),
  verticalAlignments: a1Map(z.string()),
  wrapStrategies: a1Map(z.enum(['WRAP', 'OVERFLOW', 'CLIP'])),
  dataValidations: a1Map(
    z.object({
      criteria: z.enum(Object.keys(DataValidationCriteria) as [CriteriaName, ...CriteriaName[]]),
      args: z.array(z.unknown()),
      range: z.string().nullable(),
      allowInvalid: z.boolean(),
      helpText: z.string().nullable(),
    }),
  ),
  protections: z
    .array(
      z.object({
        type: z.enum(['RANGE', 'SHEET']),
        range: z.string().nullable(),
        description: z.string(),
        warningOnly: z.boolean(),
      }),
    )
    .default([]),
  conditionalFormats: z
    .array(
      z.object({
        ranges: z.array(z.string()).min(1),
        criteria: z.enum(Object.keys(BooleanCriteria) as [BooleanCriteriaName, ...BooleanCriteriaName[]]),
        values: z.array(z.unknown()).default([]),
        background: z.string().nullable().default(null),
        fontColor: z.string().nullable().default(null),
        bold: z.boolean().nullable().default(null),
        italic: z.boolean().nullable().default(null),
      }),
    )
    .default([]),
});

const workbookSchema = z.object({
  format: z.literal('ita-report-kit/workbook'),
  version: z.literal(1),
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  locale: z.string(),
  activeSheet: z.string().nullable(),
  sheets: z.array(sheetSchema).min(1),
});

export type WorkbookParseResult =
  { ok: true; workbook: WorkbookJson } | { ok: false; message_th: string; message_en: string };

/** Checks a saved workbook (text or parsed JSON); a damaged file gives a message, never an exception. */
export function parseWorkbookJson(input: unknown): WorkbookParseResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        message_th: `ไฟล์สมุดงานไม่ใช่ JSON ที่ถูกต้อง: ${(error as Error).message}`,
        message_en: `The workbook file is not valid JSON: ${(error as Error).message}`,
      };
    }
  }
  const parsed = workbookSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') || '(root)' : '(root)';
    return {
      ok: false,
      message_th: `ไฟล์สมุดงานมีรูปแบบไม่ถูกต้องที่ ${where}: ${issue?.message ?? ''}`,
      message_en: `The workbook file has an invalid shape at ${where}: ${issue?.message ?? ''}`,
    };
  }
  const names = new Set<string>();
  for (const sheet of parsed.data.sheets) {
    if (names.has(sheet.name)) {
      return {
        ok: false,
        message_th: `ไฟล์สมุดงานมีแผ่นงานชื่อซ้ำ: ${sheet.name}`,
        message_en: `The workbook file has two sheets named ${sheet.name}`,
      };
    }
    names.add(sheet.name);
    const problem = rangeProblem(sheet as SheetJson);
    if (problem) {
      return {
        ok: false,
        message_th: `ไฟล์สมุดงาน แผ่นงาน ${sheet.name}: ช่วงเซลล์ ${problem} ไม่ถูกต้องหรืออยู่นอกแผ่นงาน`,
        message_en: `The workbook file, sheet ${sheet.name}: range ${problem} is invalid or outside the sheet`,
      };
    }
  }
  return { ok: true, workbook: parsed.data as WorkbookJson };
}

/** The first A1 key or protection range of a sheet that does not fit the sheet, or null. */
function rangeProblem(sheet: SheetJson): string | null {
  const fits = (a1: string) => {
    const rect = parseA1(a1, sheet.maxRows, sheet.maxColumns);
    return (
      rect !== null &&
      rect.row + rect.numRows - 1 <= sheet.maxRows &&
      rect.column + rect.numColumns - 1 <= sheet.maxColumns
    );
  };
  for (const key of Object.keys(SPARSE_FIELDS) as SparseKey[]) {
    for (const a1 of Object.keys(sheet[key])) if (!fits(a1)) return a1;
  }
  for (const p of sheet.protections) if (p.range !== null && !fits(p.range)) return p.range;
  for (const rule of sheet.conditionalFormats) for (const a1 of rule.ranges) if (!fits(a1)) return a1;
  if (sheet.values.length > sheet.maxRows || sheet.values.some((row) => row.length > sheet.maxColumns)) return 'values';
  return null;
}

/**
 * The stored workbook from WorkbookJson (validate untrusted files with parseWorkbookJson first).
 * `makeDate` builds cell Dates (pass the vm realm's constructor when the code under test runs in one).
 */
export function deserializeWorkbook(
  json: WorkbookJson,
  makeDate: (time: number) => Date = (t) => new Date(t),
): SpreadsheetModel {
  const ids = new Map(json.sheets.map((s) => [s.name, s.sheetId]));
  const sheets = json.sheets.map((s) => deserializeSheet(s, ids, makeDate));
  const active = sheets.find((s) => s.name === json.activeSheet) ?? sheets[0]!;
  return {
    id: json.id,
    name: json.name,
    timeZone: json.timeZone,
    locale: json.locale,
    sheets,
    activeSheetId: active.id,
    activeRange: null,
    nextSheetId: Math.max(1000, ...sheets.map((s) => s.id + 1)),
  };
}

function deserializeSheet(json: SheetJson, ids: Map<string, number>, makeDate: (time: number) => Date): SheetModel {
  const sheet: SheetModel = {
    id: json.sheetId,
    name: json.name,
    maxRows: json.maxRows,
    maxColumns: json.maxColumns,
    frozenRows: json.frozenRows,
    frozenColumns: json.frozenColumns,
    tabColor: json.tabColor,
    columnWidths: new Map(Object.entries(json.columnWidths).map(([c, w]) => [Number(c), w])),
    cells: [],
    protections: json.protections.map((p) => ({
      type: p.type,
      rect: p.range ? rectOf(p.range, json) : null,
      description: p.description,
      warningOnly: p.warningOnly,
    })),
    conditionalFormats: json.conditionalFormats.map((rule) => ({
      ranges: rule.ranges.map((a1) => ({ sheetId: json.sheetId, rect: rectOf(a1, json) })),
      criteria: rule.criteria,
      values: rule.values.map((v) => decodeValue(v, makeDate)),
      background: rule.background,
      fontColor: rule.fontColor,
      bold: rule.bold,
      italic: rule.italic,
    })),
  };
  json.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === '') return;
      cellForWrite(sheet, r + 1, c + 1).value = decodeValue(value, makeDate);
    }),
  );
  for (const [key, field] of Object.entries(SPARSE_FIELDS) as [SparseKey, keyof Cell][]) {
    for (const [a1, raw] of Object.entries(json[key] as Record<string, unknown>)) {
      const rect = rectOf(a1, json);
      const value = field === 'validation' ? ruleFromJson(raw as DataValidationJson, ids, makeDate) : raw;
      for (let r = rect.row; r < rect.row + rect.numRows; r++) {
        for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
          (cellForWrite(sheet, r, c) as unknown as Record<string, unknown>)[field] =
            field === 'validation' ? cloneRule(value as ValidationRule) : value;
        }
      }
    }
  }
  return sheet;
}

function rectOf(a1: string, sheet: { maxRows: number; maxColumns: number; name: string }): GridRect {
  const rect = parseA1(a1, sheet.maxRows, sheet.maxColumns);
  if (!rect) throw new Error(`Invalid range ${a1} in sheet ${sheet.name}`);
  return rect;
}

function ruleFromJson(
  json: DataValidationJson,
  ids: Map<string, number>,
  makeDate: (time: number) => Date,
): ValidationRule {
  let range: ValidationRule['range'] = null;
  if (json.range) {
    const { sheetName, range: a1 } = splitSheetName(json.range);
    const sheetId = ids.get(sheetName ?? '');
    const rect = parseA1(a1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    if (sheetId !== undefined && rect) range = { sheetId, rect };
  }
  return {
    criteria: json.criteria,
    args: json.args.map((a) => (Array.isArray(a) ? a.map((v) => decodeValue(v, makeDate)) : decodeValue(a, makeDate))),
    range,
    allowInvalid: json.allowInvalid,
    helpText: json.helpText,
  };
}
