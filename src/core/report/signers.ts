// How a signer prints (reference §d.7, seed [004]): a courtesy title (นาย/นาง/นางสาว) goes inside the
// parentheses with the name — "(นางสมศรี ใจดี)" — while a rank (สิบเอก, ว่าที่ ร.ต.) keeps its own line.
import type { Signer } from '../workbook/types';
import { signature } from './blocks';
import type { SignatureBlock } from './model';

const COURTESY_TITLES = ['นางสาว', 'น.ส.', 'นาย', 'นาง'];

/** The signer with a courtesy title moved from the rank line into the name. */
export function printedSigner(signer: Signer): Signer {
  const rank = (signer.rank ?? '').replace(/\s+/g, ' ').trim();
  const name = signer.name.trim();
  const positionLines = signer.positionLines;
  if (rank === '') return { name, positionLines };
  if (COURTESY_TITLES.includes(rank)) {
    const already = COURTESY_TITLES.some((t) => name.startsWith(t));
    return { name: already || name === '' ? name : rank + name, positionLines };
  }
  return { rank, name, positionLines };
}

/** A signature block for the signer, digits localised. */
export function signerBlock(signer: Signer, t: (s: string) => string): SignatureBlock {
  return signature(printedSigner(signer), t);
}
