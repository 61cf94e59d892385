import { STANDARD_INDICATORS, STANDARD_TOOLS, type IndicatorNo, type ToolCode } from '../framework';
import { matchKey } from '../thai';
import { blankBetween, Cells, lookAhead, lookBehind } from './cells';
import { refineNumbers } from './number-context';
import { readNumbers, type NumberForm, type NumberRun } from './numbers';

/** A labelled or numeric piece of one line, in reading order. */
export type Token =
  | { readonly kind: 'mark'; readonly no: number; readonly start: number; readonly end: number }
  | { readonly kind: 'sub'; readonly start: number; readonly end: number }
  | { readonly kind: 'name'; readonly no: IndicatorNo; readonly start: number; readonly end: number }
  | { readonly kind: 'tool'; readonly tool: ToolCode; readonly start: number; readonly end: number }
  | { readonly kind: 'overall'; readonly start: number; readonly end: number }
  | { readonly kind: 'year'; readonly year: number; readonly start: number; readonly end: number }
  | {
      readonly kind: 'number';
      /** The value a reader sees; NaN when the digits cannot be read unambiguously ("9.5e1"). */
      readonly value: number;
      /** The characters as written ("95,40"), for messages. */
      readonly raw: string;
      readonly form: NumberForm;
      /** True when the number can be a score (not an ordinal, count or weight annotation). */
      readonly candidate: boolean;
      /** True when the number can be a value in a table row (not an item code, ordinal, date or weight). */
      readonly tableValue: boolean;
      /** Unit written next to the number, when any. */
      readonly unit: 'percent' | 'points' | null;
      readonly start: number;
      readonly end: number;
    };

type Keyed = { key: string; token: (start: number, end: number) => Token };

/**
 * Name keys searched in the space-free form of a line; longer matches win over the names they contain.
 * Built on the first paste read, not when the bundle loads (most executions read no paste).
 */
let nameKeys: readonly Keyed[] | undefined;
const NAME_KEYS = (): readonly Keyed[] => (nameKeys ??= buildNameKeys());

function buildNameKeys(): readonly Keyed[] {
  const keys: Keyed[] = [];
  const add = (text: string, token: (s: number, e: number) => Token) => {
    const key = matchKey(text);
    keys.push({ key, token });
    // matchKey drops the optional "ทาง"; the raw line may still contain it.
    if (key.includes('ราชการ')) keys.push({ key: key.replace('ราชการ', 'ทางราชการ'), token });
  };
  for (const d of STANDARD_INDICATORS) {
    for (const n of [d.nameTh, ...d.variantsTh]) add(n, (start, end) => ({ kind: 'name', no: d.no, start, end }));
  }
  for (const t of Object.values(STANDARD_TOOLS)) {
    for (const n of [t.nameTh, ...t.variantsTh]) add(n, (start, end) => ({ kind: 'tool', tool: t.code, start, end }));
  }
  for (const n of ['คะแนนรวม', 'ภาพรวม', 'คะแนนเฉลี่ยรวม']) add(n, (start, end) => ({ kind: 'overall', start, end }));
  return keys.sort((a, b) => b.key.length - a.key.length);
}

const MARK = /ตัว\s*ชี้\s*วั[ดน]\s*(ย่อย)?\s*(?:ที่|ที)?\s*(\d{1,2}(?:\.\d{1,2})?)(?![\d])/g;
const TOOL_CODE = /(?<![A-Za-z])(IIT|EIT|OIT)(?![A-Za-z])/gi;
const OVERALL_CODE = /(?<![A-Za-z])ITA(?![A-Za-z])(?!\s*online)/gi;
const YEAR_KEYWORD = /(?:ปี|พ\.\s*ศ\.?|ปีงบประมาณ|ITAS?)\s*$/i;
const ORDINAL_BEFORE = /(?:(?<!หน้า)ที่|ข้อ|ลำดับ|ครั้ง|ระยะ|มาตรา|ฉบับ|หมู่|ชั้น)\s*$/;
// "O14", "E6", and the Cyrillic or full-width letters that Word sometimes puts in item codes (§g.6).
const LETTER_BEFORE = /[A-Za-zА-Яа-яＡ-Ｚａ-ｚ]$|(?:^|[^A-Za-z])[OoEeОоЕеＯＥ]\s$/;
// "ม.ค.-พ.ค. 67", "ธ.ค.67", "มีนาคม 66": two-digit years in periods and dates.
const DATE_BEFORE =
  /(?:\.\s*[ก-ฮ]\.|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)\s*$/;

/** Positions already claimed by a token: tokens never overlap, so marking and checking stay linear. */
class Claims {
  private readonly taken: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }

  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }

  claim(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }
}

const LAYOUT_SPACE = /[ \t\n\r\u00a0]+/g;

/** Maps positions in the space-free form of `text` back to positions in `text`. */
function compactForm(text: string): { compact: string; index: Int32Array } {
  const lower = text.toLowerCase();
  // Space, tab, LF, CR, no-break space: the whitespace left after normalisation.
  const compact = lower.replace(LAYOUT_SPACE, '');
  const index = new Int32Array(compact.length);
  let n = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) index[n++] = i;
  }
  return { compact, index };
}

const isThai = (c: number) => c >= 0x0e00 && c <= 0x0e7f;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const POINT = 46;

/**
 * A number read as a score, not an item code, ordinal, date or weight annotation. The context regexes are
 * asked only when the characters next to the number can start or end what they look for: a line of 100,000
 * numbers would otherwise run a dozen regexes per number.
 */
function numberToken(text: string, run: NumberRun, cells: Cells, rowMode: boolean): Token {
  const { start, end, value, form } = run;
  const { next, cellEnd } = lookAhead(text, end);
  const prev = lookBehind(text, start);
  // Look-behind windows stay short: end-anchored regexes over a whole prose line would be quadratic.
  const wordBefore = prev !== -1 && !isDigitCode(prev);
  const before = wordBefore ? text.slice(Math.max(0, start - 40), start) : '';
  const after = (): string => text.slice(end, end + 40);
  const whole = form === 'integer' || form === 'thousands';
  const cellStart = blankBetween(text, cells.startOf(start), start);
  if (form === 'integer' && !run.signed) {
    if (value >= 2400 && value <= 2700 && (rowMode || cellStart || cellEnd || YEAR_KEYWORD.test(before))) {
      return { kind: 'year', year: value, start, end };
    }
    if (run.raw.length === 2 && wordBefore && /(?:ปี|พ\.\s*ศ\.?)\s*$/.test(before)) {
      return { kind: 'year', year: 2500 + value, start, end };
    }
  }
  // "%", "เปอร์เซ็นต์", "/30", "คะแนน (เต็ม 30)", "points", "ร้อยละ 90".
  const unitNext = next === 37 || next === 47 || next === 0x0e40 || next === 0x0e04 || next === 112 || next === 80;
  const unit: 'percent' | 'points' | null =
    (unitNext && /^\s*(%|เปอร์เซ็นต์)/.test(after())) || (prev === 0x0e30 && /ร้อยละ\s*$/.test(before))
      ? 'percent'
      : unitNext && /^\s*(\/\s*(30|40)\b|คะแนน\s*\(?\s*(จาก|เต็ม)\s*(30|40)\b|points?\b)/i.test(after())
        ? 'points'
        : null;
  // Ordinals and row numbers are written without a decimal point ("ข้อ 3", "ข้อ 1,2").
  const noPoint = whole || (form === 'unreadable' && !/[.eE]/.test(run.raw));
  const thaiBefore = wordBefore && (isThai(prev) || prev === POINT);
  let tableValue = true;
  // "๐๓๕", "035", "0๑": a number written with a leading zero is an item code (§g.6), never a score.
  if (/^0\d/.test(run.lead)) tableValue = false;
  else if (
    (wordBefore && !isThai(prev) && LETTER_BEFORE.test(before)) ||
    (thaiBefore && noPoint && ORDINAL_BEFORE.test(before)) ||
    (thaiBefore && DATE_BEFORE.test(before))
  )
    tableValue = false;
  // "(30%)" next to a tool name is its weight, not its score.
  else if (prev === 40 && next === 37 && /^\s*%\s*\)/.test(after())) tableValue = false;
  // An integer inside running text is a count or a number, unless a score word follows it.
  const scoreWordNext = unitNext || next === 0x0e23;
  const candidate =
    tableValue && !(whole && !cellEnd && !(scoreWordNext && /^\s*(คะแนน|%|ร้อยละ|points?\b|\/)/i.test(after())));
  return { kind: 'number', value, raw: run.raw, form, candidate, tableValue, unit, start, end };
}

/**
 * Splits one cleaned line into tokens. `rowMode` treats bare 25xx integers as years (table rows).
 */
export function tokenize(text: string, rowMode = false, cells: Cells = new Cells(text)): Token[] {
  const labels: Token[] = [];
  const claims = new Claims(text.length);
  const add = (t: Token) => {
    labels.push(t);
    claims.claim(t.start, t.end);
  };

  for (const m of text.matchAll(MARK)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const num = m[2] ?? '';
    if (m[1] !== undefined || num.includes('.')) add({ kind: 'sub', start, end });
    else add({ kind: 'mark', no: Number.parseInt(num, 10), start, end });
  }

  const { compact, index } = compactForm(text);
  for (const k of NAME_KEYS()) {
    for (let at = compact.indexOf(k.key); at >= 0; at = compact.indexOf(k.key, at + 1)) {
      const start = index[at] as number;
      const end = (index[at + k.key.length - 1] as number) + 1;
      if (claims.free(start, end)) add(k.token(start, end));
    }
  }

  for (const m of text.matchAll(TOOL_CODE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (claims.free(start, end)) add({ kind: 'tool', tool: (m[1] ?? 'IIT').toUpperCase() as ToolCode, start, end });
  }
  for (const m of text.matchAll(OVERALL_CODE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (claims.free(start, end)) add({ kind: 'overall', start, end });
  }

  // Labels are few; numbers come left to right and can be 100,000 on one line: merge rather than sort.
  labels.sort((a, b) => a.start - b.start);
  const tokens: Token[] = [];
  let next = 0;
  for (const run of readNumbers(text)) {
    if (!claims.free(run.start, run.end)) continue;
    while (next < labels.length && (labels[next] as Token).start < run.start) tokens.push(labels[next++] as Token);
    tokens.push(numberToken(text, run, cells, rowMode));
  }
  while (next < labels.length) tokens.push(labels[next++] as Token);

  // "1 การปฏิบัติหน้าที่ 91.50" or "1<TAB>การปฏิบัติหน้าที่": a leading 1–10 followed by a name is its number.
  const first = tokens[0];
  const second = tokens[1];
  if (
    first?.kind === 'number' &&
    first.form === 'integer' &&
    second?.kind === 'name' &&
    first.value >= 1 &&
    first.value <= 10 &&
    !first.raw.startsWith('+') &&
    blankBetween(text, 0, first.start) &&
    /^[\s.)\-:]*$/.test(text.slice(first.end, second.start))
  ) {
    tokens[0] = { kind: 'mark', no: first.value, start: first.start, end: first.end };
  }
  return refineNumbers(text, tokens, cells);
}

/** Words that carry no meaning for name matching ("มีผลคะแนน เท่ากับ … คะแนน"). */
const FILLERS = /ตัว\s*ชี้\s*วั[ดน]\s*(ที่|ที)?|มีผล\s*คะแนน|มีค่า\s*คะแนน|ได้\s*คะแนน|ค่า\s*คะแนน|เท่ากับ|คะแนน|[\d.:()\-–,*"'“”]+/g;

/** The text of a cell with fillers removed, as a match key; used for fuzzy name matching. */
export function residualKey(text: string): string {
  return matchKey(text.replace(FILLERS, ' '));
}
