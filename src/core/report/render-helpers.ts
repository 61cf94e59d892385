// Shapes both renderers draw the same way, decided once here so the Google Doc and the .docx agree.
import { cell, table } from './blocks';
import type { ScoreChart, SignatureBlock, Table } from './model';

/** Left indent of a signature block, cm: the block sits centred in the right part of the page. */
export const SIGNATURE_INDENT_CM = 6;

/** The lines of a signature: a blank line to sign on, the rank, "(name)", the position lines. */
export function signatureLines(block: SignatureBlock): string[] {
  return ['', ...(block.rank ? [block.rank] : []), block.name, ...block.positionLines];
}

const REACHED = '#2E7D32';
const BELOW = '#E65100';
/** Bar characters for 100 points. */
const FULL_BAR = 20;
/** Small enough that a full bar fits beside the labels on a portrait page (its column is sized to the longest bar). */
const BAR_SIZE_PT = 9;

/**
 * The indicator chart as a table of text bars (one █ per 5 points), green at or above the target and
 * orange below it: what the .docx shows, and the Google Doc when no chart image can be made. A bar never
 * wraps: it is one unbreakable line and its column is at least as wide as the longest bar.
 */
export function chartAsTable(chart: ScoreChart): Table {
  const rows = chart.bars.map((b) => {
    const n = Math.max(0, Math.min(FULL_BAR, Math.round((b.value / 100) * FULL_BAR)));
    return {
      cells: [
        cell(b.label),
        cell(b.display, { align: 'center' as const }),
        cell('█'.repeat(n), { color: b.value >= chart.target ? REACHED : BELOW, sizePt: BAR_SIZE_PT, noWrap: true }),
      ],
    };
  });
  return table(
    [
      { header: 'ตัวชี้วัด', weight: 7 },
      { header: 'คะแนน', weight: 2.2, align: 'center' },
      { header: chart.targetLabel, weight: 6.8 },
    ],
    rows,
  );
}
