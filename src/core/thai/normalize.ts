/**
 * Text normalisation for matching (reference §g.16, §b.2). These functions never change what the user
 * sees: they build keys for comparison only.
 */

// Characters that print as nothing: zero-width space/joiners, left-to-right and right-to-left marks and
// embeddings, word joiner and invisible operators, BOM, soft hyphen. Inside "9<LRM>5.40" they would split a number.
const ZERO_WIDTH = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// Hyphen-like characters seen in pasted Word/PDF text: hyphen, non-breaking hyphen, figure dash, en dash,
// em dash, horizontal bar, minus sign, small/full-width hyphen-minus.
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
/** Any character one of the replacements below would change (CR, the ํ of a decomposed ำ, and the sets above). */
const NEEDS_NORMALIZING =
  /\r|\u0E4D|[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u2010-\u2015\u2212\uFE63\uFF0D\u00A0\u2000-\u200A\u202F\u205F\u3000]/;

/**
 * Repairs Unicode that looks right but compares wrong:
 * decomposed สระอำ (U+0E4D U+0E32 → U+0E33; NFC does not do this), dash variants → "-",
 * invisible characters removed, exotic spaces → " ", CRLF/CR → LF.
 */
export function normalizeThaiText(text: string): string {
  // Almost every cell has none of these: one scan instead of five replacements.
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .replace(ZERO_WIDTH, '')
    .replace(DASHES, '-')
    .replace(ODD_SPACES, ' ');
}

/** Removes every whitespace character. Thai names are compared with spaces removed (wrap and letter spacing). */
export function removeSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Key for comparing Thai names: normalised, no spaces, and the optional "ทาง" of "(ของ)ทางราชการ" dropped,
 * so "การใช้ ทรัพย์สินของทางราชการ" and "การใช้ทรัพย์สินของราชการ" give the same key.
 */
export function matchKey(text: string): string {
  const key = removeSpaces(normalizeThaiText(text)).replace(/ทางราชการ/g, 'ราชการ');
  // Thai text has no case: lowercasing copies the whole text, so it is done only when a character could change.
  return MAY_HAVE_CASE.test(key) ? key.toLowerCase() : key;
}

/** A–Z or any character from À up, Thai excepted: the only ones toLowerCase may change. */
const MAY_HAVE_CASE = /[A-Z\u00C0-\u0DFF\u0E80-\uFFFF]/;

/** True when two names are the same after normalisation (§b.2 matching rule). */
export function sameName(a: string, b: string): boolean {
  return matchKey(a) === matchKey(b);
}
