// How a signer prints (reference §d.7, seed [004]): a courtesy title (นาย/นาง/นางสาว) goes inside the
// parentheses with the name — "(นางสมศรี ใจดี)" — while a rank (สิบเอก, ว่าที่ ร.ต.) keeps its own line.
import type { Signer } from '../workbook/types';
import { signature } from './blocks';
import type { SignatureBlock } from './model';

const COURTESY_TITLES = ['นางสาว', 'น.ส.', 'นาย', 'นาง'];

/** Acting phrases (reference §d.7) that start a line of their own when a position line is long. */
const ACTING = ['รักษาราชการแทน', 'รักษาการในตำแหน่ง', 'รักษาการแทน'];

/** Printed width in base letters: Thai vowel and tone marks above/below take no width. */
function letters(text: string): number {
  return text.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length;
}

/** About as many base letters as fit the signature column (10 cm at 16 pt) without wrapping mid-word. */
const LINE_LETTERS = 34;

/**
 * A long position line split before its acting phrase ("…ชำนาญการ" / "รักษาการในตำแหน่ง"), so the narrow
 * signature column never breaks a word; short lines stay as typed.
 */
export function positionLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const l = raw.replace(/\s+/g, ' ').trim();
    if (l === '') continue;
    const phrase = ACTING.find((a) => l.endsWith(` ${a}`));
    if (phrase && letters(l) > LINE_LETTERS) out.push(l.slice(0, l.length - phrase.length).trim(), phrase);
    else out.push(l);
  }
  return out;
}

/** The signer with a courtesy title moved from the rank line into the name. */
export function printedSigner(signer: Signer): Signer {
  const rank = (signer.rank ?? '').replace(/\s+/g, ' ').trim();
  const name = signer.name.trim();
  const lines = positionLines(signer.positionLines);
  if (rank === '') return { name, positionLines: lines };
  if (COURTESY_TITLES.includes(rank)) {
    const already = COURTESY_TITLES.some((t) => name.startsWith(t));
    return { name: already || name === '' ? name : rank + name, positionLines: lines };
  }
  return { rank, name, positionLines: lines };
}

/** A signature block for the signer, digits localised. */
export function signerBlock(signer: Signer, t: (s: string) => string): SignatureBlock {
  return signature(printedSigner(signer), t);
}
