// Which table rows may split across a page break. A row kept whole that does not fit what is left of a
// page moves to the next page and leaves the rest empty: fine for a short row, but a measure row of twenty
// wrapped lines left half of every landscape page blank (6 pages for 5 measures). So a row is kept whole
// only while it is short; a taller one flows over the break, as the seeds' long tables do. Both renderers
// apply the same rule to the same widths, so the Doc and the .docx break alike.
import { CELL_PADDING_CM, CM_PER_PT, textWidthCm } from './column-widths';
import { A4_CM, LINE_BREAK, type Orientation, type PageSetup, type Table, type TableRow } from './model';

/** Height of a printed line, em: Sarabun's line box (measured on rendered pages: 19 lines of 14 pt ≈ 12.9 cm). */
const LINE_EM = 1.4;
/**
 * The estimate wraps by width alone; words do not fill a line to its end, so a line holds a little less.
 */
const WRAP_SLACK = 1.1;
/**
 * A row taller than this share of the page's text height may split: moving it whole would leave up to a
 * third of a page empty, while a row split over two pages still reads well under the repeated header.
 */
const KEPT_SHARE = 1 / 3;

/** Height of the text area of a page, cm. */
export function usableHeightCm(page: PageSetup, orientation: Orientation): number {
  const height = orientation === 'portrait' ? A4_CM.height : A4_CM.width;
  return height - page.marginsCm.top - page.marginsCm.bottom;
}

/** Estimated printed height of a row, cm: its tallest cell, each line wrapped to its column's width. */
export function rowHeightCm(row: TableRow, widthsCm: readonly number[], page: PageSetup): number {
  const cells = row.group ? row.cells.slice(0, 1) : row.cells;
  let tallest = 0;
  cells.forEach((cell, i) => {
    const width = row.group ? widthsCm.reduce((s, w) => s + w, 0) : (widthsCm[i] ?? 0);
    const room = Math.max(0.1, width - CELL_PADDING_CM);
    const size = cell.sizePt ?? page.tableFontSizePt;
    const lines = cell.lines
      .flatMap((l) => l.split(LINE_BREAK))
      .reduce((n, l) => n + Math.max(1, Math.ceil((textWidthCm(l, size) * WRAP_SLACK) / room)), 0);
    tallest = Math.max(tallest, Math.max(1, lines) * size * LINE_EM * CM_PER_PT);
  });
  return tallest;
}

/**
 * The table with `allowSplit` set on every row too tall to keep whole (see KEPT_SHARE); rows already
 * allowed to split stay so. The renderers mark the other rows cannot-split.
 */
export function withRowSplits(
  table: Table,
  widthsCm: readonly number[],
  page: PageSetup,
  orientation: Orientation,
): Table {
  const limit = usableHeightCm(page, orientation) * KEPT_SHARE;
  return {
    ...table,
    rows: table.rows.map((r) =>
      r.allowSplit || rowHeightCm(r, widthsCm, page) <= limit ? r : { ...r, allowSplit: true },
    ),
  };
}
