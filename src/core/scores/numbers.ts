/*
 * Reads the numbers of one cleaned line as a reader would see them (issue 9 §4). A score must never be read as
 * another number: "95,40" is 95.40, not 40; "-93.46" is negative, not 93.46; "95 . 40" is 95.40, not 40. What a
 * reader could not read unambiguously ("9.5e1", "1.234,5", "95,40" on a line that uses commas as separators)
 * is kept as one unreadable number, so that a score position holding it gives a finding instead of a guess.
 * One left-to-right pass: every character is looked at a bounded number of times.
 */

/** How the digits were written; the parser explains every form except plain integers and decimals. */
export type NumberForm =
  | 'integer'
  | 'decimal'
  /** "1,234", "12,345.5": thousands separators, as Thai documents write counts and amounts. */
  | 'thousands'
  /** "95,40": one comma followed by one or two digits, on a line with no other comma. */
  | 'decimal-comma'
  /** "95 . 40", "95 .40", "95. 40": a decimal point with a space beside it. */
  | 'spaced-point'
  /** "9.5e1", "1.234,56", "1,2,3", "3.2.1", ".5": no single number a reader would agree on. */
  | 'unreadable';

export interface NumberRun {
  readonly start: number;
  readonly end: number;
  /** The characters as written, sign included. */
  readonly raw: string;
  /** The value a reader sees; NaN for an unreadable form. */
  readonly value: number;
  readonly form: NumberForm;
  /** The digits before any separator, without sign ("0๑" item codes start with "0"). */
  readonly lead: string;
  readonly signed: boolean;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const SPACE = 32;
const POINT = 46;
const COMMA = 44;

/** A sign belongs to the number only after a space, a cell break, an opening bracket or "=" / ":". */
function signAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 45 && c !== 43) return false;
  if (i === 0) return true;
  return /[\s(=:]/.test(text[i - 1] as string);
}

/** True when the line uses a comma other than between two digits (a list or CSV-like separator). */
export function hasSeparatorComma(text: string): boolean {
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
    if (!isDigit(text.charCodeAt(i - 1)) || !isDigit(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

interface Piece {
  start: number;
  end: number;
  groups: string[];
  seps: string[];
  exponent: boolean;
}

/** Length of a separator starting at i that joins two digit groups: ".", ",", " . ", " .", ". "; else 0. */
function separatorAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c === POINT || c === COMMA) && isDigit(text.charCodeAt(i + 1))) return 1;
  if (c === POINT && text.charCodeAt(i + 1) === SPACE && isDigit(text.charCodeAt(i + 2))) return 2;
  if (c === SPACE && text.charCodeAt(i + 1) === POINT) {
    if (isDigit(text.charCodeAt(i + 2))) return 2;
    if (text.charCodeAt(i + 2) === SPACE && isDigit(text.charCodeAt(i + 3))) return 3;
  }
  return 0;
}

function classify(text: string, p: Piece, signed: boolean, listComma: boolean): NumberRun {
  const start = signed ? p.start - 1 : p.start;
  const raw = text.slice(start, p.end);
  const lead = p.groups[0] as string;
  const sign = signed && text[start] === '-' ? -1 : 1;
  const run = (form: NumberForm, digits: string): NumberRun => ({
    start,
    end: p.end,
    raw,
    // "-0.00" is the 0 a reader sees, not a negative zero.
    value: form === 'unreadable' ? Number.NaN : sign * Number(digits) || 0,
    form,
    lead,
    signed,
  });
  const { groups, seps } = p;
  // ".5" after a space: the reader sees 0.5 or a typo, never 5 ("ม.ค.67" is a date, left to the context rules).
  const pointBefore = text.charCodeAt(p.start - 1) === POINT && !signed && /^\s?$/.test(text.charAt(p.start - 2));
  if (p.exponent || pointBefore) return run('unreadable', '');
  if (seps.length === 0) return run('integer', lead);
  if (seps.length === 1 && seps[0] === '.') return run('decimal', `${lead}.${groups[1]}`);
  if (seps.length === 1 && (seps[0] as string).trim() === '.') return run('spaced-point', `${lead}.${groups[1]}`);
  const commas = seps.filter((s) => s === ',').length;
  const lastIsPoint = seps[seps.length - 1] === '.';
  const commaGroups = groups.slice(1, lastIsPoint ? -1 : undefined);
  if (
    commas === seps.length - (lastIsPoint ? 1 : 0) &&
    commas > 0 &&
    lead.length <= 3 &&
    commaGroups.every((g) => g.length === 3)
  ) {
    const whole = [lead, ...commaGroups].join('');
    return run('thousands', lastIsPoint ? `${whole}.${groups[groups.length - 1]}` : whole);
  }
  if (seps.length === 1 && seps[0] === ',' && (groups[1] as string).length <= 2 && !listComma) {
    return run('decimal-comma', `${lead}.${groups[1]}`);
  }
  return run('unreadable', '');
}

/**
 * The numbers of `text`, left to right. Runs with more than one separator where a separator has a space
 * ("1. 95.40": a numbered item, then a score) are split at the spaced separators.
 */
export function readNumbers(text: string): NumberRun[] {
  const out: NumberRun[] = [];
  let listComma: boolean | null = null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const pieces: Piece[] = [];
    let piece: Piece = { start: i, end: i, groups: [], seps: [], exponent: false };
    let j = i;
    for (;;) {
      const g = j;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      piece.groups.push(text.slice(g, j));
      piece.end = j;
      const sep = separatorAt(text, j);
      if (sep > 0) {
        const s = text.slice(j, j + sep);
        piece.seps.push(s);
        j += sep;
        continue;
      }
      const e = text.charCodeAt(j);
      if (e === 101 || e === 69) {
        const k = text.charCodeAt(j + 1) === 43 || text.charCodeAt(j + 1) === 45 ? j + 2 : j + 1;
        if (isDigit(text.charCodeAt(k))) {
          j = k;
          while (j < n && isDigit(text.charCodeAt(j))) j++;
          piece.exponent = true;
          piece.end = j;
        }
      }
      break;
    }
    // Split at spaced separators when the run has more than one separator.
    if (piece.seps.length > 1 && piece.seps.some((s) => s.length > 1)) {
      const whole = piece;
      let at = whole.start;
      piece = { start: at, end: at, groups: [], seps: [], exponent: false };
      whole.groups.forEach((g, k) => {
        piece.groups.push(g);
        at += g.length;
        piece.end = at;
        const s = whole.seps[k];
        if (s === undefined) return;
        if (s.length > 1) {
          pieces.push(piece);
          at += s.length;
          piece = { start: at, end: at, groups: [], seps: [], exponent: false };
        } else {
          piece.seps.push(s);
          at += s.length;
        }
      });
      piece.exponent = whole.exponent;
      piece.end = whole.end;
    }
    pieces.push(piece);
    for (const p of pieces) {
      if (listComma === null && p.seps.includes(',')) listComma = hasSeparatorComma(text);
      out.push(classify(text, p, p === pieces[0] && signAt(text, p.start - 1), listComma ?? false));
    }
    i = j;
  }
  return out;
}
