// The text rules as they were before they were made to share one normalisation and skip most texts
// early (kept verbatim as the reference the faster ones must agree with, finding for finding).
import { indicatorNameKeys, STANDARD_INDICATORS } from '../../../src/core/framework';
import { matchKey, toArabicDigits } from '../../../src/core/thai';

const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

export function normalizeThaiText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .replace(ZERO_WIDTH, '')
    .replace(DASHES, '-')
    .replace(ODD_SPACES, ' ');
}

const LAW_CONTEXT = /(พระราชบัญญัติ|พ\.ร\.บ\.|ระเบียบ|รัฐธรรมนูญ|ประมวลกฎหมาย|กฎกระทรวง|พระราชกฤษฎีกา)[^\n]{0,80}$/;

export function findYearProblems(text: string, allowed: ReadonlySet<number>): { stale: number[]; malformed: string[] } {
  const t = toArabicDigits(text);
  const stale: number[] = [];
  const malformed: string[] = [];
  for (const m of t.matchAll(/(?<![0-9])(?<![0-9][.,])25[0-9]{2,3}(?![0-9.,]?[0-9])/g)) {
    const s = m[0];
    if (s.length === 5) {
      malformed.push(s);
      continue;
    }
    const year = Number(s);
    if (allowed.has(year)) continue;
    if (LAW_CONTEXT.test(t.slice(0, m.index))) continue;
    if (!stale.includes(year)) stale.push(year);
  }
  return { stale, malformed };
}

const SINGLE_THAI = /^[\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E45][\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]*$/;

export function findLetterSpacing(text: string): string[] {
  const runs: string[] = [];
  for (const line of normalizeThaiText(text).split('\n')) {
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

export function findPlaceholders(text: string): string[] {
  return [...text.matchAll(/\.{4,}|…+\.*|\.{2,}…/g)].map((m) => m[0]);
}

const isWordChar = (c: number) => (c >= 0x0e00 && c <= 0x0e7f) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isMark = (c: number) => c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e);

export function findRepeatedWords(text: string): string[] {
  const t = normalizeThaiText(text).replace(/ /g, '');
  const n = t.length;
  const found: string[] = [];
  if (n < 8) return found;
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
        if (!found.some((f) => f.includes(phrase) || phrase.includes(f))) found.push(phrase);
      }
      run = 0;
    }
  }
  return found;
}

const DANGLING: readonly { word: string; whole: readonly string[] }[] = [
  { word: 'ที่', whole: ['หน้าที่', 'พื้นที่', 'สถานที่', 'ที่ที่'] },
  { word: 'ใน', whole: ['ภายใน', 'ข้างใน'] },
  { word: 'ของ', whole: ['เจ้าของ', 'สิ่งของ', 'ข้าวของ', 'ของของ'] },
  { word: 'และ', whole: [] },
];

export function findTruncatedText(text: string): { tail: string; word: string }[] {
  const lines = normalizeThaiText(text).split('\n');
  const out: { tail: string; word: string }[] = [];
  lines.forEach((line, i) => {
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    const itemEnd = next === undefined || /^\s*(?:[-•*]|\(?[0-9๐-๙]{1,2}\s?[.)])/.test(next);
    if (!itemEnd) return;
    const t = line.trimEnd();
    const hit = DANGLING.find((d) => t.endsWith(d.word) && !d.whole.some((w) => t.endsWith(w)));
    if (hit) out.push({ tail: `…${t.slice(-24).trimStart()}`, word: hit.word });
  });
  return out;
}

const DOTTED = /(?:^|(?<=\s))([0-9]{1,2}) ?\.(?![0-9])/gm;
const BRACKETED = /(?:^|(?<=\s))\(?([0-9]{1,2})\)(?![0-9])/gm;

export function findBrokenNumbering(text: string): { found: number[]; expected: number[] }[] {
  const t = toArabicDigits(normalizeThaiText(text));
  const out: { found: number[]; expected: number[] }[] = [];
  for (const pattern of [DOTTED, BRACKETED]) {
    const numbers = [...t.matchAll(pattern)].map((m) => Number(m[1]));
    if (numbers.length < 2 || numbers[0] !== 1) continue;
    if (numbers.some((n, i) => n !== i + 1)) out.push({ found: numbers, expected: numbers.map((_, i) => i + 1) });
  }
  return out;
}

// Other agency names, before the one-scan skip of texts without an agency prefix (agency name normalised as
// the rule does; the text normalised by the caller).
const ORG_PREFIXES = ['องค์การบริหารส่วนตำบล', 'องค์กรบริหารส่วนตำบล', 'อบต.'];

export function findOtherAgencyNames(text: string, agencyName: string, agencyType: string): string[] {
  const t = normalizeThaiText(text);
  const n = normalizeThaiText(agencyName).replace(/\s+/g, '');
  const prefix = [...ORG_PREFIXES, 'เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร', 'เทศบาล'].find((p) => n.startsWith(p));
  const own = prefix ? n.slice(prefix.length) : n;
  if (own === '') return [];
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
      check('เทศบาล', rest.replace(/^(ตำบล|เมือง|นคร)/, ''));
    }
    j = t.indexOf('เทศบาล', j + 1);
  }
  return found;
}

// Number/name pairs, before the name keys became one regex: each key compared in turn, longest first.
export function findIndicatorPairMismatches(text: string): { text: string; no: number; expectedName: string }[] {
  const keys = indicatorNameKeys().sort((a, b) => b.key.length - a.key.length);
  const out: { text: string; no: number; expectedName: string }[] = [];
  if (!text.includes('ตัวชี้วัด')) return out;
  const t = toArabicDigits(text);
  for (const m of t.matchAll(/ตัวชี้วัด(?:ที่)?\s*([0-9]{1,2})(?![0-9.])([^\n]{0,60})/g)) {
    const no = Number(m[1]);
    const rest = matchKey(m[2] ?? '');
    if (rest === '') continue;
    const hit = keys.find((k) => rest.startsWith(k.key));
    if (!hit || hit.no === no) continue;
    const expected = STANDARD_INDICATORS.find((d) => d.no === no);
    if (!expected) continue;
    out.push({ text: m[0].trim().slice(0, 60), no, expectedName: expected.nameTh });
  }
  return out;
}
