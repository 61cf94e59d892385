// Broken in-cell numbering (reference §g.9): "๑. … ๒. … ๑." or "๑. … ๓." in one cell. Items are
// numbered "๑." / "1." / "๑ ." at a line start or after a space, or "(๑)" / "๑)"; the two styles are
// checked apart, because "(๑) … (๒)" often sits inside item "๑.". Only a list that starts at 1 is
// checked, so references such as "ตามข้อ ๒. และข้อ ๕." are left alone.
import { normalizeThaiText } from '../thai';

export interface BrokenNumbering {
  /** The numbers as written, in order: [1, 2, 1]. */
  found: number[];
  /** The numbering the list should have: [1, 2, 3]. */
  expected: number[];
}

// "1." not followed by a digit (so "1.1" and "85.25" are not items); a 1–2 digit number only, in either digit
// style (read in place, so the text needs no conversion to Arabic digits first).
const DOTTED = /(?:^|(?<=\s))[0-9\u0E50-\u0E59]{1,2} ?\.(?![0-9\u0E50-\u0E59])/gm;
const BRACKETED = /(?:^|(?<=\s))\(?[0-9\u0E50-\u0E59]{1,2}\)(?![0-9\u0E50-\u0E59])/gm;

/** The number of an item as matched ("๑๒ .", "(3)"): its digits, Thai or Arabic. */
function itemNumber(item: string): number {
  let n = 0;
  for (let i = 0; i < item.length; i++) {
    const c = item.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n = n * 10 + (c - 0x30);
    else if (c >= 0x0e50 && c <= 0x0e59) n = n * 10 + (c - 0x0e50);
  }
  return n;
}

function check(items: readonly string[] | null): BrokenNumbering | null {
  if (items === null || items.length < 2) return null;
  const numbers = items.map(itemNumber);
  if (numbers[0] !== 1) return null;
  const broken = numbers.some((n, i) => n !== i + 1);
  return broken ? { found: numbers, expected: numbers.map((_, i) => i + 1) } : null;
}

/** The numbered lists of a cell whose numbers do not run 1, 2, 3 …; at most one per style. */
export function findBrokenNumbering(text: string): BrokenNumbering[] {
  return findBrokenNumberingNormalized(normalizeThaiText(text));
}

/** findBrokenNumbering on text already normalised; a list to check starts at "1." or "1)", so most texts have none. */
export function findBrokenNumberingNormalized(normalized: string): BrokenNumbering[] {
  const out: BrokenNumbering[] = [];
  if (!/[1\u0E51](?: ?\.|\))/.test(normalized)) return out;
  for (const pattern of [DOTTED, BRACKETED]) {
    const found = check(normalized.match(pattern));
    if (found) out.push(found);
  }
  return out;
}
