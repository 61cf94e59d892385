// Digits in generated text: Thai by default, but never inside URLs, e-mail addresses or codes
// (reference §f.1: "๘๐.๒๙" in text, while "http://www…go.th" and "O16" stay as typed).
import { withDigits, type Digits } from '../thai';

/** URLs, e-mail addresses and Latin codes that contain a digit (O16, E6, ISO9001, PDPA2562). */
const PROTECTED = /(?:https?:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[A-Za-z][A-Za-z-]*\d[A-Za-z0-9.-]*/g;

/** Writes the digits of `text` in the chosen style, leaving URLs, e-mail addresses and codes untouched. */
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
