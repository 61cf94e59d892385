// "ตัวชี้วัดที่ N <name>" where the name belongs to another indicator (reference §g.5).
import { indicatorNameKeys, STANDARD_INDICATORS } from '../framework';
import { matchKey, toArabicDigits } from '../thai';

export interface PairMismatch {
  /** The text as found, e.g. "ตัวชี้วัดที่ ๒ คุณภาพการดำเนินงาน". */
  text: string;
  no: number;
  expectedName: string;
}

// Longest first, so a name wins over a shorter one it starts with; built on first use, not at bundle load.
let keysLongestFirst: ReturnType<typeof indicatorNameKeys> | undefined;
const KEYS = () => (keysLongestFirst ??= indicatorNameKeys().sort((a, b) => b.key.length - a.key.length));

/** Mismatched number/name pairs in a text; a number followed by an unknown phrase is not reported. */
export function findIndicatorPairMismatches(text: string): PairMismatch[] {
  const out: PairMismatch[] = [];
  if (!text.includes('ตัวชี้วัด')) return out;
  const t = toArabicDigits(text);
  for (const m of t.matchAll(/ตัวชี้วัด(?:ที่)?\s*([0-9]{1,2})(?![0-9.])([^\n]{0,60})/g)) {
    const no = Number(m[1]);
    const rest = matchKey(m[2] ?? '');
    if (rest === '') continue;
    const hit = KEYS().find((k) => rest.startsWith(k.key));
    if (!hit || hit.no === no) continue;
    const expected = STANDARD_INDICATORS.find((d) => d.no === no);
    if (!expected) continue;
    out.push({ text: m[0].trim().slice(0, 60), no, expectedName: expected.nameTh });
  }
  return out;
}
