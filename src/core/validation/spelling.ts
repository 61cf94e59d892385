// Misspelled key terms seen in real reports (reference §g.1), each with its fix. A dictionary of known
// errors, not a spell checker: only these exact slips are reported, so correct text is never flagged.
import { normalizeThaiText } from '../thai';

interface KnownSlip {
  /** The misspelling as a pattern (matched on NFC text with สระอำ composed; Latin case ignored). */
  readonly wrong: RegExp;
  readonly fix: string;
}

// A Thai letter or mark right before "ออบต." means it is the tail of another word ("ขออบต.").
const START = '(?<![\\u0E01-\\u0E4E])';

const SLIPS: readonly KnownSlip[] = [
  { wrong: /ตัวชี้วันที่/g, fix: 'ตัวชี้วัดที่' },
  // "องค์กรปกครองส่วนท้องถิ่น" is correct and does not match.
  { wrong: /องค์กรบริหารส่วนตำบล/g, fix: 'องค์การบริหารส่วนตำบล' },
  { wrong: /ต้องค้การบริหาร/g, fix: 'องค์การบริหาร' },
  { wrong: /นายกองดีการบริหาร/g, fix: 'นายกองค์การบริหาร' },
  { wrong: new RegExp(`${START}ออบต\\.`, 'g'), fix: 'อบต.' },
  { wrong: /(?<![a-z])obot\./gi, fix: 'อบต.' },
  // "อบรม." glued to a name ("อบรม.คำโคก"); "อบรม" (training) ending a sentence is followed by a space.
  { wrong: /อบรม\.(?=[\u0E01-\u0E2E])/g, fix: 'อบต.' },
  { wrong: /ประพตติมิชอบ/g, fix: 'ประพฤติมิชอบ' },
  // Thai runs words together ("ช่องทางกรร้องเรียน"): only "องค์กร…" is a real word ending in "กร".
  { wrong: /(?<!องค์)กรร้องเรียน/g, fix: 'การร้องเรียน' },
  { wrong: /(?<!องค์)กรสื่อสาร/g, fix: 'การสื่อสาร' },
  { wrong: /ปัญหาคาการทุจริต/g, fix: 'ปัญหาการทุจริต' },
  { wrong: /e-sevice/gi, fix: 'e-service' },
  { wrong: /one\s*stopservice/gi, fix: 'ONE STOP SERVICE' },
  { wrong: /ชั้นการให้บริการ/g, fix: 'ขั้นตอนการให้บริการ' },
  { wrong: /ที่มาผ่านมา/g, fix: 'ที่ผ่านมา' },
  { wrong: /ครบคลุม/g, fix: 'ครอบคลุม' },
  { wrong: /กาประชาสัมพันธ์/g, fix: 'การประชาสัมพันธ์' },
  { wrong: /ผู้บริหากำกับ/g, fix: 'ผู้บริหารกำกับ' },
  // "สืบเอกสาร" (to trace documents) is a real phrase.
  { wrong: /สืบเอก(?!สาร)/g, fix: 'สิบเอก' },
  { wrong: /อย่างน้อยเพียงใด/g, fix: 'มากน้อยเพียงใด' },
];

export interface Misspelling {
  /** The text as found. */
  found: string;
  fix: string;
}

// One pass over the text first: almost every cell has no slip at all.
const ANY_SLIP = new RegExp(SLIPS.map((s) => s.wrong.source).join('|'), 'i');

/** Known misspellings in a text, each once. */
export function findMisspellings(text: string): Misspelling[] {
  return findMisspellingsNormalized(normalizeThaiText(text));
}

/** findMisspellings on text already normalised (normalizeThaiText). */
export function findMisspellingsNormalized(t: string): Misspelling[] {
  const out: Misspelling[] = [];
  if (!ANY_SLIP.test(t)) return out;
  for (const slip of SLIPS) {
    for (const m of t.matchAll(slip.wrong)) {
      if (!out.some((o) => o.found === m[0])) out.push({ found: m[0], fix: slip.fix });
    }
  }
  return out;
}
