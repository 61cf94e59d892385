// Column widths from the content, as a word processor's automatic table layout does: every column gets at
// least the width of its longest unbreakable word (so a header never breaks letter by letter, "ล/ำ/ดั/บ"),
// then the remaining width goes to the columns whose text is longest. Both renderers use the same widths.
import type { PageSetup, Table } from './model';

/** Average advance of a character, in em: Sarabun’s Thai letters are about 0.55–0.62 em wide (measured in Chromium). */
const EM_PER_CHAR = 0.6;
/** Thai digits are wider (๑๒๓…: 0.69 em), and "█" comes from a fallback font (DejaVu Sans: 0.77 em). */
const WIDE_CHARS: readonly [RegExp, number][] = [
  [/[\u0E50-\u0E59]/gu, 0.69],
  [/\u2588/gu, 0.77],
];
export const CM_PER_PT = 2.54 / 72;
/** Left + right cell padding, cm. */
const PADDING_CM = 0.4;
export const CELL_PADDING_CM = PADDING_CM;
/** No column needs more than this to hold one line of its longest text. */
const MAX_PREFERRED_CM = 11;
/** Latin words, numbers and links do not wrap: a column holds them up to this width. */
const MAX_WORD_CM = 3.4;
/**
 * Thai is written without spaces; Docs, Word and LibreOffice wrap it between words (by dictionary), so a
 * run of Thai only needs room for about one word; common long words ("ปีงบประมาณ", "ผู้รับผิดชอบ") are about 9 letters.
 */
const MAX_THAI_WORD_CM = 2.8;
/**
 * A header's Thai run up to this width is one word ("เทียบเป้าหมาย", "ผู้รับผิดชอบ") and must not split
 * ("เทียบเป้า|หมาย"): it gets its whole width; a longer run ("ระยะเวลาในการดำเนินการ") wraps between words.
 */
const HEADER_WORD_CM = 3.4;
/** Bold Thai is about this much wider than the regular estimate. */
const BOLD = 1.05;
/** Room to spare over the estimate for a bold header word that must not split. */
const HEADER_SPARE = 1.12;
/**
 * Likewise for a code such as "O๑๐": LibreOffice sets its Latin letter and Thai digits with a gap between
 * the scripts (in 1.29 cm it printed "O" / "๑๐", in 1.5 cm "O" / "๒๗").
 */
const CODE_SPARE = 1.3;
const THAI_LETTER = /[\u0E01-\u0E4F]/u;
const THAI = /[\u0E00-\u0E7F]/u;
/** Narrowest column (a "ที่" column of one-digit numbers still needs room for "๑๐"). */
const MIN_COLUMN_CM = 1.0;

/** Thai marks that sit above or below a letter and take no width of their own. */
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D\uFEFF]/gu;

/** Printed width of a line of text at a font size, cm. */
export function textWidthCm(text: string, sizePt: number): number {
  let rest = text.replace(ZERO_WIDTH, '');
  let em = 0;
  for (const [chars, width] of WIDE_CHARS) {
    em += (rest.match(chars)?.length ?? 0) * width;
    rest = rest.replace(chars, '');
  }
  em += [...rest].length * EM_PER_CHAR;
  return em * sizePt * CM_PER_PT;
}

/**
 * Width of the longest word (space-separated; U+00A0 joins), capped at MAX_WORD_CM (Thai: MAX_THAI_WORD_CM,
 * or in a header its whole width up to HEADER_WORD_CM).
 */
function longestWordCm(text: string, sizePt: number, header = false): number {
  let max = 0;
  for (const w of text.split(/[ \t\n\r\v\f]+/)) {
    const width = textWidthCm(w, sizePt);
    const cap = !THAI.test(w) ? MAX_WORD_CM : header && width <= HEADER_WORD_CM ? width : MAX_THAI_WORD_CM;
    // A word wider than its cap wraps anyway (a link): no room to spare for it.
    const spare = width > cap ? 1 : !THAI_LETTER.test(w) ? CODE_SPARE : header ? HEADER_SPARE : 1;
    max = Math.max(max, Math.min(width, cap) * spare);
  }
  return max;
}

interface ColumnNeed {
  min: number;
  preferred: number;
  /** All the column's text laid end to end, cm: how much a row's height depends on the column's width. */
  text: number;
}

function columnNeeds(table: Table, page: PageSetup): ColumnNeed[] {
  return table.columns.map((col, i) => {
    const size = page.tableFontSizePt;
    let min = Math.max(MIN_COLUMN_CM, longestWordCm(col.header, size, true) + PADDING_CM);
    let preferred = textWidthCm(col.header, size) * BOLD + PADDING_CM;
    let text = 0;
    for (const row of table.rows) {
      if (row.group) continue; // a group row spans the table; it does not size one column
      const cell = row.cells[i];
      if (!cell) continue;
      const cellSize = cell.sizePt ?? size;
      for (const line of cell.lines) {
        const whole = textWidthCm(line, cellSize) * (cell.bold ? BOLD : 1) + PADDING_CM;
        preferred = Math.max(preferred, whole);
        text += whole - PADDING_CM;
        min = Math.max(min, cell.noWrap ? whole : longestWordCm(line, cellSize) + PADDING_CM);
      }
    }
    return { min, preferred: Math.max(min, Math.min(preferred, MAX_PREFERRED_CM)), text };
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
 * Widths when the preferred widths do not all fit: each column in proportion to how much text it holds,
 * never below its minimum nor above its preferred width. A cell's lines ≈ its text / its width, so
 * this keeps the columns' heights close: the long steps of a measure get the room, not a "ระยะเวลา" column
 * of one line (a measure row was 25 lines tall in a 3.8 cm steps column beside two half-empty ones).
 */
function byText(needs: ColumnNeed[], usableCm: number): number[] {
  const at = (k: number) => needs.map((n) => Math.max(n.min, Math.min(n.preferred, k * n.text)));
  const sum = (k: number) => at(k).reduce((s, w) => s + w, 0);
  let lo = 0;
  let hi = 1;
  while (sum(hi) < usableCm && hi < 1e9) hi *= 2;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (sum(mid) < usableCm) lo = mid;
    else hi = mid;
  }
  const widths = at(hi);
  const total = widths.reduce((s, w) => s + w, 0);
  return widths.map((w) => (w / total) * usableCm);
}

/**
 * Widths in cm summing to `usableCm`: every column's preferred width when they all fit (the rest shared in
 * proportion), else each column's minimum and a share of the rest by how much text it holds (byText);
 * the weights alone when the table is `fixedWidths` or has no rows yet.
 */
export function fitColumns(table: Table, page: PageSetup, usableCm: number): number[] {
  if (table.fixedWidths || table.rows.length === 0) return byWeight(table, usableCm);
  const needs = columnNeeds(table, page);
  const preferred = needs.reduce((s, n) => s + n.preferred, 0);
  if (preferred <= usableCm) return needs.map((n) => (n.preferred / preferred) * usableCm);
  const min = needs.reduce((s, n) => s + n.min, 0);
  if (min >= usableCm) return needs.map((n) => (n.min / min) * usableCm);
  return byText(needs, usableCm);
}
