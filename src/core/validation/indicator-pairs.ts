// "ตัวชี้วัดที่ N <name>" where the name belongs to another indicator (reference §g.5).
import { indicatorNameKeys, STANDARD_INDICATORS } from '../framework';
import { matchKey, toArabicDigits } from '../thai';

export interface PairMismatch {
  /** The text as found, e.g. "ตัวชี้วัดที่ ๒ คุณภาพการดำเนินงาน". */
  text: string;
  no: number;
  expectedName: string;
}

type NameKey = ReturnType<typeof indicatorNameKeys>[number];

/**
 * The indicator name a text starts with: one regex of every name key, longest first (a name wins over a
 * shorter one it starts with; among equal keys the first listed), instead of one comparison per key.
 * Built on first use, not when the bundle loads.
 */
let names: { readonly start: RegExp; readonly byKey: ReadonlyMap<string, NameKey> } | undefined;
function nameAtStart(rest: string): NameKey | undefined {
  if (names === undefined) {
    const longestFirst = indicatorNameKeys().sort((a, b) => b.key.length - a.key.length);
    const byKey = new Map<string, NameKey>();
    for (const k of longestFirst) if (!byKey.has(k.key)) byKey.set(k.key, k);
    const alternatives = longestFirst.map((k) => k.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    names = { start: new RegExp(`^(?:${alternatives.join('|')})`), byKey };
  }
  const m = names.start.exec(rest);
  return m ? names.byKey.get(m[0]) : undefined;
}

/** Mismatched number/name pairs in a text; a number followed by an unknown phrase is not reported. */
export function findIndicatorPairMismatches(text: string): PairMismatch[] {
  // Most cells name no indicator: the pairs are read in a function of its own, so the test every cell runs
  // stays small when the engine optimises it.
  return text.includes('ตัวชี้วัด') ? pairMismatchesIn(text) : [];
}

function pairMismatchesIn(text: string): PairMismatch[] {
  const out: PairMismatch[] = [];
  const t = toArabicDigits(text);
  for (const m of t.matchAll(/ตัวชี้วัด(?:ที่)?\s*([0-9]{1,2})(?![0-9.])([^\n]{0,60})/g)) {
    const no = Number(m[1]);
    const rest = matchKey(m[2] ?? '');
    if (rest === '') continue;
    const hit = nameAtStart(rest);
    if (!hit || hit.no === no) continue;
    const expected = STANDARD_INDICATORS.find((d) => d.no === no);
    if (!expected) continue;
    out.push({ text: m[0].trim().slice(0, 60), no, expectedName: expected.nameTh });
  }
  return out;
}
