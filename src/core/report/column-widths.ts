// Column widths from the content, as a word processor's automatic table layout does: every column gets at
// least the width of its longest unbreakable word (so a header never breaks letter by letter, "ล/ำ/ดั/บ"),
// then the remaining width goes to the columns whose text is longest. Both renderers use the same widths.
import type { PageSetup, Table } from './model';

/** Average advance of a character, in em: Sarabun’s Thai letters and digits are about 0.6 em wide (measured on rendered pages). */
const EM_PER_CHAR = 0.6;
const CM_PER_PT = 2.54 / 72;
/** Left + right cell padding, cm. */
const PADDING_CM = 0.4;
/** No column needs more than this to hold one line of its longest text. */
const MAX_PREFERRED_CM = 11;
/** Latin words, numbers and links do not wrap: a column holds them up to this width. */
const MAX_WORD_CM = 3.4;
/**
 * Thai is written without spaces; Docs, Word and LibreOffice wrap it between words (by dictionary), so a
 * run of Thai only needs room for about one word; common long words ("ปีงบประมาณ", "ผู้รับผิดชอบ") are about 9 letters.
 */
const MAX_THAI_WORD_CM = 2.8;
const THAI = /[\u0E00-\u0E7F]/u;
/** Narrowest column (a "ที่" column of one-digit numbers still needs room for "๑๐"). */
const MIN_COLUMN_CM = 1.0;

/** Thai marks that sit above or below a letter and take no width of their own. */
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D\uFEFF]/gu;

/** Printed width of a line of text at a font size, cm. */
export function textWidthCm(text: string, sizePt: number): number {
  const chars = [...text.replace(ZERO_WIDTH, '')].length;
  return chars * EM_PER_CHAR * sizePt * CM_PER_PT;
}

/** Width of the longest space-separated word, capped at MAX_WORD_CM. */
function longestWordCm(text: string, sizePt: number): number {
  let max = 0;
  for (const w of text.split(/\s+/)) {
    max = Math.max(max, Math.min(textWidthCm(w, sizePt), THAI.test(w) ? MAX_THAI_WORD_CM : MAX_WORD_CM));
  }
  return max;
}

interface ColumnNeed {
  min: number;
  preferred: number;
}

function columnNeeds(table: Table, page: PageSetup): ColumnNeed[] {
  return table.columns.map((col, i) => {
    const size = page.tableFontSizePt;
    let min = Math.max(MIN_COLUMN_CM, longestWordCm(col.header, size) + PADDING_CM);
    let preferred = textWidthCm(col.header, size) + PADDING_CM;
    for (const row of table.rows) {
      if (row.group) continue; // a group row spans the table; it does not size one column
      const cell = row.cells[i];
      if (!cell) continue;
      const cellSize = cell.sizePt ?? size;
      for (const line of cell.lines) {
        preferred = Math.max(preferred, textWidthCm(line, cellSize) + PADDING_CM);
        min = Math.max(min, longestWordCm(line, cellSize) + PADDING_CM);
      }
    }
    return { min, preferred: Math.max(min, Math.min(preferred, MAX_PREFERRED_CM)) };
  });
}

function byWeight(table: Table, usableCm: number): number[] {
  const total = table.columns.reduce((s, c) => s + c.weight, 0) || 1;
  return table.columns.map((c) => (usableCm * c.weight) / total);
}

/** The narrowest the table can be without breaking a word inside a cell, cm. */
export function minimumTableWidthCm(table: Table, page: PageSetup): number {
  return columnNeeds(table, page).reduce((s, n) => s + n.min, 0);
}

/**
 * Widths in cm summing to `usableCm`: every column's preferred width when they all fit (the rest shared in
 * proportion), else each column's minimum plus a share of what is left in proportion to how much more it
 * wants; the weights alone when the table is `fixedWidths` or has no rows yet.
 */
export function fitColumns(table: Table, page: PageSetup, usableCm: number): number[] {
  if (table.fixedWidths || table.rows.length === 0) return byWeight(table, usableCm);
  const needs = columnNeeds(table, page);
  const preferred = needs.reduce((s, n) => s + n.preferred, 0);
  if (preferred <= usableCm) return needs.map((n) => (n.preferred / preferred) * usableCm);
  const min = needs.reduce((s, n) => s + n.min, 0);
  if (min >= usableCm) return needs.map((n) => (n.min / min) * usableCm);
  const want = needs.reduce((s, n) => s + (n.preferred - n.min), 0) || 1;
  return needs.map((n) => n.min + ((n.preferred - n.min) / want) * (usableCm - min));
}
