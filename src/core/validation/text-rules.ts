// "Catch" rules on free text (reference §g): stale years, another agency's name, letter-spaced text,
// placeholders. Each returns what it found; the validator turns it into findings. Never rewrites text.
import { normalizeThaiText, toArabicDigits } from '../thai';

// A year right after a law or rule title is that law's year ("พระราชบัญญัติ… พ.ศ. ๒๕๖๐"), not a stale year.
const LAW_CONTEXT = /(พระราชบัญญัติ|พ\.ร\.บ\.|ระเบียบ|รัฐธรรมนูญ|ประมวลกฎหมาย|กฎกระทรวง|พระราชกฤษฎีกา)[^\n]{0,80}$/;

const MAYBE_YEAR = /[2\u0E52][5\u0E55]/;
// "25xx" or a five-digit "25xxx" standing alone, digits Thai or Arabic (matched in place, not converted first).
const YEAR =
  /(?<![0-9\u0E50-\u0E59])(?<![0-9\u0E50-\u0E59][.,])[2\u0E52][5\u0E55][0-9\u0E50-\u0E59]{2,3}(?![0-9\u0E50-\u0E59.,]?[0-9\u0E50-\u0E59])/g;

/** Four-digit พ.ศ. years outside `allowed`, and five-digit typos such as "๒๕๖๕๖" (§g.11). */
export function findYearProblems(text: string, allowed: ReadonlySet<number>): { stale: number[]; malformed: string[] } {
  const stale: number[] = [];
  const malformed: string[] = [];
  // Every year found starts with "25" in either digit style.
  if (!MAYBE_YEAR.test(text)) return { stale, malformed };
  yearsIn(text, allowed, stale, malformed);
  return { stale, malformed };
}

/** findYearProblems past its first scan (a function of its own: the scan is what every cell runs). */
function yearsIn(text: string, allowed: ReadonlySet<number>, stale: number[], malformed: string[]): void {
  for (const m of text.matchAll(YEAR)) {
    const s = toArabicDigits(m[0]);
    if (s.length === 5) {
      malformed.push(s);
      continue;
    }
    const year = Number(s);
    if (allowed.has(year)) continue;
    // The law titles hold no digits: the text before the year reads the same in either digit style.
    if (LAW_CONTEXT.test(text.slice(0, m.index))) continue;
    if (!stale.includes(year)) stale.push(year);
  }
}

const ORG_PREFIXES = ['องค์การบริหารส่วนตำบล', 'องค์กรบริหารส่วนตำบล', 'อบต.'];
const MUNI_PREFIXES = ['เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร'];
// Any of ORG_PREFIXES or "เทศบาล": a text without one names no agency.
const ANY_AGENCY_PREFIX = /องค์การบริหารส่วนตำบล|องค์กรบริหารส่วนตำบล|อบต\.|เทศบาล/;

/** The agency's own short name: "องค์การบริหารส่วนตำบลห้วยแก้ว" -> "ห้วยแก้ว". */
export function agencyShortName(agencyName: string): string {
  // Every text cell of a validation asks for the same name.
  if (agencyName === lastShortName.of) return lastShortName.short;
  const n = normalizeThaiText(agencyName).replace(/\s+/g, '');
  const prefix = [...ORG_PREFIXES, ...MUNI_PREFIXES, 'เทศบาล'].find((p) => n.startsWith(p));
  const short = prefix ? n.slice(prefix.length) : n;
  lastShortName = { of: agencyName, short };
  return short;
}
let lastShortName = { of: '', short: '' };

/**
 * Names of other agencies left in the text (§g.4): "องค์การบริหารส่วนตำบล<X>" / "อบต.<X>" where X is not the
 * configured name, and any "เทศบาล…" in an อบต.'s text (or another เทศบาล's name in a เทศบาล's text).
 */
export function findOtherAgencyNames(text: string, agencyName: string, agencyType: string): string[] {
  return findOtherAgencyNamesNormalized(normalizeThaiText(text), agencyName, agencyType);
}

/** findOtherAgencyNames on text already normalised (normalizeThaiText). */
export function findOtherAgencyNamesNormalized(t: string, agencyName: string, agencyType: string): string[] {
  // Most cells name no agency at all: one scan for any prefix before the searches (a function of their own,
  // so the scan every cell runs stays small when the engine optimises it).
  return ANY_AGENCY_PREFIX.test(t) ? agencyNamesIn(t, agencyName, agencyType) : [];
}

function agencyNamesIn(t: string, agencyName: string, agencyType: string): string[] {
  const own = agencyShortName(agencyName);
  if (own === '') return [];
  // Enough text after a prefix to hold the agency's own name however long it is (spaces included), so a
  // long name is never cut short and mistaken for another one.
  const reach = 40 + own.length * 2;
  const found: string[] = [];
  const isMunicipality = agencyType.startsWith('เทศบาล') || agencyName.startsWith('เทศบาล');
  const check = (prefix: string, rest: string) => {
    const name = rest.replace(/^\s+/, '');
    if (name === '' || /^[ฯ\s,.)]/.test(name)) return;
    if (name.replace(/\s+/g, '').startsWith(own)) return;
    const shown = (prefix + name).split(/[\s,.()]/)[0] ?? prefix;
    if (!found.includes(shown)) found.push(shown);
  };
  for (const prefix of ORG_PREFIXES) {
    let i = t.indexOf(prefix);
    while (i >= 0) {
      const rest = t.slice(i + prefix.length, i + prefix.length + reach);
      if (isMunicipality) {
        const shown = (prefix + rest).split(/[\s,.()]/)[0] ?? prefix;
        if (rest.trim() !== '' && !found.includes(shown)) found.push(shown);
      } else check(prefix, rest);
      i = t.indexOf(prefix, i + prefix.length);
    }
  }
  let j = t.indexOf('เทศบาล');
  while (j >= 0) {
    const rest = t.slice(j + 'เทศบาล'.length, j + 'เทศบาล'.length + reach);
    if (!isMunicipality) {
      const shown = ('เทศบาล' + rest).split(/[\s,.()]/)[0] ?? 'เทศบาล';
      if (!/^เทศบัญญัติ/.test(rest) && !found.includes(shown)) found.push(shown);
    } else {
      const afterType = rest.replace(/^(ตำบล|เมือง|นคร)/, '');
      check('เทศบาล', afterType);
    }
    j = t.indexOf('เทศบาล', j + 1);
  }
  return found;
}

// One Thai letter with its marks: a leading vowel, a consonant or a following vowel, then tone/vowel marks.
const SINGLE_THAI = /^[\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E45][\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]*$/;

// Three single letters in a row, wherever they stand: a text without this has no letter-spaced run.
const LETTER = SINGLE_THAI.source.slice(1, -1);
const THREE_LETTERS = new RegExp(`${LETTER} +${LETTER} +${LETTER}`);

/** Runs of three or more single Thai letters separated by spaces ("แ ล ะ ก อ ง"), §g.3. */
export function findLetterSpacing(text: string): string[] {
  return findLetterSpacingNormalized(normalizeThaiText(text));
}

/** findLetterSpacing on text already normalised. */
export function findLetterSpacingNormalized(t: string): string[] {
  return THREE_LETTERS.test(t) ? letterSpacedRuns(t) : [];
}

/** The runs of a text that has one (a function of its own: the scan above is what every cell runs). */
function letterSpacedRuns(t: string): string[] {
  const runs: string[] = [];
  for (const line of t.split('\n')) {
    const tokens = line.split(/ +/);
    let run: string[] = [];
    const flush = () => {
      if (run.length >= 3) runs.push(run.join(' '));
      run = [];
    };
    for (const tok of tokens) {
      if (SINGLE_THAI.test(tok)) run.push(tok);
      else flush();
    }
    flush();
  }
  return runs;
}

/** Placeholders left to fill in: "....", "…", "….." (§g.13). */
export function findPlaceholders(text: string): string[] {
  if (!text.includes('..') && !text.includes('…')) return [];
  return [...text.matchAll(/\.{4,}|…+\.*|\.{2,}…/g)].map((m) => m[0]);
}

const isWordChar = (c: number) => (c >= 0x0e00 && c <= 0x0e7f) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isMark = (c: number) => c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e);

/**
 * Repeated adjacent phrases of 4–24 letters, with or without a space between: "ดำเนินการดำเนินการ",
 * "เช่น เช่น" (§g.2). Spaces are dropped first; then, for each phrase length d, one pass counts how many
 * letters in a row equal the letter d places further on; a run of d means the phrase repeats.
 * Linear in the text: a first pass rules out almost every text (no four letters recur within 24 places), and
 * a phrase is checked against those already reported by its pieces, not one by one.
 */
export function findRepeatedWords(text: string): string[] {
  return findRepeatedWordsNormalized(normalizeThaiText(text));
}

/** findRepeatedWords on text already normalised. */
export function findRepeatedWordsNormalized(text: string): string[] {
  const t = text.includes(' ') ? text.replace(/ /g, '') : text;
  const n = t.length;
  return n >= 8 && fourLettersRecur(t) ? repeatsIn(t) : [];
}

/** The repeated phrases of a text whose letters recur (a function of its own: the test above is what every cell runs). */
function repeatsIn(t: string): string[] {
  const n = t.length;
  const found: string[] = [];
  const a = new Uint16Array(n);
  for (let k = 0; k < n; k++) a[k] = t.charCodeAt(k);
  for (let d = 4; d <= 24 && 2 * d <= n; d++) {
    let run = 0;
    for (let x = 0; x + d < n; x++) {
      const c = a[x] as number;
      run = c === a[x + d] && isWordChar(c) ? run + 1 : 0;
      if (run < d) continue;
      const start = x - d + 1;
      const next = x + d + 1 < n ? (a[x + d + 1] as number) : 0;
      if (!isMark(a[start] as number) && !isMark(next)) {
        const phrase = t.slice(start, start + d);
        // d only grows, so an earlier phrase never contains a new one unless they are equal.
        if (!containsAny(phrase, found)) found.push(phrase);
      }
      run = 0;
    }
  }
  return found;
}

/** Whether one of the phrases found so far is inside `phrase` (≤ 24 letters): its pieces looked up, at most 21 × 24. */
function containsAny(phrase: string, found: readonly string[]): boolean {
  if (found.length < 8) return found.some((f) => phrase.includes(f));
  const set = new Set(found);
  const lengths = new Set(found.map((f) => f.length));
  for (const len of lengths) {
    for (let i = 0; i + len <= phrase.length; i++) if (set.has(phrase.slice(i, i + len))) return true;
  }
  return false;
}

const RECUR_TABLE = new Int32Array(4096);
let recurStamp = 0;

/**
 * Whether some 4 letters recur within 24 places (a cheap necessary condition of a repeated phrase): each
 * 4-letter window is hashed into a small table of last positions; a collision only costs the full check.
 */
function fourLettersRecur(t: string): boolean {
  // Positions are stored from a base above every earlier text's, so the table needs no clearing.
  if (recurStamp > 2_000_000_000 - t.length) {
    RECUR_TABLE.fill(0);
    recurStamp = 0;
  }
  const base = recurStamp + 1;
  recurStamp = base + t.length;
  let h = 0;
  for (let x = 0; x < t.length; x++) {
    // Shifting by 5 and keeping 20 bits: h depends on the last 4 characters only.
    h = ((h << 5) ^ t.charCodeAt(x)) & 0xfffff;
    if (x < 3) continue;
    const key = (h ^ (h >>> 10)) & 4095;
    const last = RECUR_TABLE[key] as number;
    if (last >= base && base + x - last <= 24) return true;
    RECUR_TABLE[key] = base + x;
  }
  return false;
}

// Function words a finished Thai sentence does not end with (§g.14), and the compounds that end in them
// but are whole words ("หน้าที่", "ภายใน", "เจ้าของ").
const DANGLING: readonly { word: string; whole: readonly string[] }[] = [
  { word: 'ที่', whole: ['หน้าที่', 'พื้นที่', 'สถานที่', 'ที่ที่'] },
  { word: 'ใน', whole: ['ภายใน', 'ข้างใน'] },
  { word: 'ของ', whole: ['เจ้าของ', 'สิ่งของ', 'ข้าวของ', 'ของของ'] },
  { word: 'และ', whole: [] },
];

// A line ending on one of the DANGLING words, trailing spaces allowed: what every hit below has.
const ENDS_ON_DANGLING = /(?:ที่|ใน|ของ|และ)\s*$/m;

/**
 * A list item or cell that stops on "ใน", "ของ", "และ" or "ที่" (§g.14): the text was cut off. Checked at
 * the end of the cell and at the end of each list item (a line followed by a numbered or dashed line).
 * Returns the last few words of each cut-off piece and the word it ends on.
 */
export function findTruncatedText(text: string): { tail: string; word: string }[] {
  return findTruncatedTextNormalized(normalizeThaiText(text));
}

/** findTruncatedText on text already normalised; one pass from the last line up. */
export function findTruncatedTextNormalized(text: string): { tail: string; word: string }[] {
  // Almost no line ends on one of the words: one scan rules the text out.
  return ENDS_ON_DANGLING.test(text) ? cutOffItems(text) : [];
}

/** The cut-off pieces of a text with a line ending on a dangling word (a function of its own, as above). */
function cutOffItems(text: string): { tail: string; word: string }[] {
  const out: { tail: string; word: string }[] = [];
  const lines = text.split('\n');
  let next: string | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as string;
    const itemEnd = next === undefined || /^\s*(?:[-•*]|\(?[0-9๐-๙]{1,2}\s?[.)])/.test(next);
    if (line.trim() !== '') next = line;
    if (!itemEnd) continue;
    const t = line.trimEnd();
    const hit = DANGLING.find((d) => t.endsWith(d.word) && !d.whole.some((w) => t.endsWith(w)));
    if (hit) out.unshift({ tail: `…${t.slice(-24).trimStart()}`, word: hit.word });
  }
  return out;
}

/** The memo's ที่ number with nothing after its last "/" ("ที่ พย ๗๖๒๐๑/"), §g.13. */
export function refNoMissingNumber(refNo: string): boolean {
  return /\/\s*$/.test(refNo);
}
