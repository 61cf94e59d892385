import { STANDARD_INDICATORS, STANDARD_TOOLS, type IndicatorNo, type ToolCode } from '../framework';
import { matchKey } from '../thai';
import { refineNumbers } from './number-context';

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
      readonly value: number;
      /** True when the number can be a score (not an ordinal, count or weight annotation). */
      readonly candidate: boolean;
      /** Unit written next to the number, when any. */
      readonly unit: 'percent' | 'points' | null;
      readonly start: number;
      readonly end: number;
    };

type Keyed = { key: string; token: (start: number, end: number) => Token };

/** Name keys searched in the space-free form of a line; longer matches win over the names they contain. */
const NAME_KEYS: readonly Keyed[] = (() => {
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
})();

const MARK = /ตัว\s*ชี้\s*วั[ดน]\s*(ย่อย)?\s*(?:ที่|ที)?\s*(\d{1,2}(?:\.\d{1,2})?)(?![\d])/g;
const TOOL_CODE = /(?<![A-Za-z])(IIT|EIT|OIT)(?![A-Za-z])/gi;
const OVERALL_CODE = /(?<![A-Za-z])ITA(?![A-Za-z])(?!\s*online)/gi;
const NUMBER = /(?<!\d)(?<!\d\.)(\d{1,4}(?:\.\d+)?)(?!\d)/g;
const YEAR_KEYWORD = /(?:ปี|พ\.\s*ศ\.?|ปีงบประมาณ|ITAS?)\s*$/i;
const ORDINAL_BEFORE = /(?:(?<!หน้า)ที่|ข้อ|ลำดับ|ครั้ง|ระยะ|มาตรา|ฉบับ|หมู่|ชั้น)\s*$/;
// "O14", "E6", and the Cyrillic or full-width letters that Word sometimes puts in item codes (§g.6).
const LETTER_BEFORE = /[A-Za-zА-Яа-яＡ-Ｚａ-ｚ]$|(?:^|[^A-Za-z])[OoEeОоЕеＯＥ]\s$/;
// "ม.ค.-พ.ค. 67", "ธ.ค.67", "มีนาคม 66": two-digit years in periods and dates.
const DATE_BEFORE =
  /(?:\.\s*[ก-ฮ]\.|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)\s*$/;

function overlaps(taken: readonly Token[], start: number, end: number): boolean {
  return taken.some((t) => start < t.end && end > t.start);
}

/** Maps positions in the space-free form of `text` back to positions in `text`. */
function compactForm(text: string): { compact: string; index: number[] } {
  const lower = text.toLowerCase();
  const chars: string[] = [];
  const index: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    // Space, tab, LF, CR, no-break space: the whitespace left after normalisation.
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) continue;
    chars.push(lower[i] as string);
    index.push(i);
  }
  return { compact: chars.join(''), index };
}

/**
 * Splits one cleaned line into tokens. `rowMode` treats bare 25xx integers as years (table rows).
 */
export function tokenize(text: string, rowMode = false): Token[] {
  const tokens: Token[] = [];

  for (const m of text.matchAll(MARK)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const num = m[2] ?? '';
    if (m[1] !== undefined || num.includes('.')) tokens.push({ kind: 'sub', start, end });
    else tokens.push({ kind: 'mark', no: Number.parseInt(num, 10), start, end });
  }

  const { compact, index } = compactForm(text);
  for (const k of NAME_KEYS) {
    let from = 0;
    for (;;) {
      const at = compact.indexOf(k.key, from);
      if (at < 0) break;
      const start = index[at] as number;
      const end = (index[at + k.key.length - 1] as number) + 1;
      if (!overlaps(tokens, start, end)) tokens.push(k.token(start, end));
      from = at + 1;
    }
  }

  for (const m of text.matchAll(TOOL_CODE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!overlaps(tokens, start, end))
      tokens.push({ kind: 'tool', tool: (m[1] ?? 'IIT').toUpperCase() as ToolCode, start, end });
  }
  for (const m of text.matchAll(OVERALL_CODE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!overlaps(tokens, start, end)) tokens.push({ kind: 'overall', start, end });
  }

  for (const m of text.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (overlaps(tokens, start, end)) continue;
    const raw = m[1] ?? '';
    const value = Number.parseFloat(raw);
    // Look-behind windows stay short: end-anchored regexes over a whole prose line would be quadratic.
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    const isInteger = !raw.includes('.');
    const cellStart = text.slice(text.lastIndexOf('\t', start - 1) + 1, start).trim() === '';
    const cellEnd = /^\s*($|\t)/.test(after);
    if (isInteger && value >= 2400 && value <= 2700 && (YEAR_KEYWORD.test(before) || rowMode || cellStart || cellEnd)) {
      tokens.push({ kind: 'year', year: value, start, end });
      continue;
    }
    if (isInteger && raw.length === 2 && /(?:ปี|พ\.\s*ศ\.?)\s*$/.test(before)) {
      tokens.push({ kind: 'year', year: 2500 + value, start, end });
      continue;
    }
    const unit: 'percent' | 'points' | null =
      /^\s*(%|เปอร์เซ็นต์)/.test(after) || /ร้อยละ\s*$/.test(before)
        ? 'percent'
        : /^\s*(\/\s*(30|40)\b|คะแนน\s*\(?\s*(จาก|เต็ม)\s*(30|40)\b|points?\b)/i.test(after)
          ? 'points'
          : null;
    let candidate = true;
    // "๐๓๕", "035", "0๑": a number written with a leading zero is an item code (§g.6), never a score.
    if (/^0\d/.test(raw)) candidate = false;
    else if (LETTER_BEFORE.test(before) || (isInteger && ORDINAL_BEFORE.test(before)) || DATE_BEFORE.test(before))
      candidate = false;
    // "(30%)" next to a tool name is its weight, not its score.
    else if (/\(\s*$/.test(before) && /^\s*%\s*\)/.test(after)) candidate = false;
    else if (isInteger && !cellEnd && !/^\s*(คะแนน|%|ร้อยละ|points?\b|\/)/i.test(after)) candidate = false;
    tokens.push({ kind: 'number', value, candidate, unit, start, end });
  }

  tokens.sort((a, b) => a.start - b.start);

  // "1 การปฏิบัติหน้าที่ 91.50" or "1<TAB>การปฏิบัติหน้าที่": a leading 1–10 followed by a name is its number.
  const first = tokens[0];
  const second = tokens[1];
  if (
    first?.kind === 'number' &&
    second?.kind === 'name' &&
    Number.isInteger(first.value) &&
    first.value >= 1 &&
    first.value <= 10 &&
    /^\s*$/.test(text.slice(0, first.start)) &&
    /^[\s.)\-:]*$/.test(text.slice(first.end, second.start))
  ) {
    tokens[0] = { kind: 'mark', no: first.value, start: first.start, end: first.end };
  }
  return refineNumbers(text, tokens);
}

/** Words that carry no meaning for name matching ("มีผลคะแนน เท่ากับ … คะแนน"). */
const FILLERS = /ตัว\s*ชี้\s*วั[ดน]\s*(ที่|ที)?|มีผล\s*คะแนน|มีค่า\s*คะแนน|ได้\s*คะแนน|ค่า\s*คะแนน|เท่ากับ|คะแนน|[\d.:()\-–,*"'“”]+/g;

/** The text of a cell with fillers removed, as a match key; used for fuzzy name matching. */
export function residualKey(text: string): string {
  return matchKey(text.replace(FILLERS, ' '));
}
