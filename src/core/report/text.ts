// Digits in generated text: one rule for every number printed — dates, ที่, item codes ("O๑๔" as [000]
// writes them), list numbers — except inside URLs and e-mail addresses (reference §f.1: "๘๐.๒๙" in text,
// while "http://www…go.th" stays as typed).
import { withDigits, type Digits } from '../thai';

/** URLs and e-mail addresses: the only text whose digits are never changed. */
const PROTECTED = /(?:https?:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Writes the digits of `text` in the chosen style, leaving URLs and e-mail addresses untouched. */
export function localizeDigits(text: string, digits: Digits): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PROTECTED)) {
    const start = m.index ?? 0;
    out += withDigits(text.slice(last, start), digits) + m[0];
    last = start + m[0].length;
  }
  return out + withDigits(text.slice(last), digits);
}

/**
 * The lines of a multi-line cell as the user typed them: split on line breaks, trimmed, blank lines
 * dropped, digits localised.
 */
export function cellLines(text: string, digits: Digits): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => localizeDigits(l, digits));
}
