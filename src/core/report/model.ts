// The report model: pure data that both renderers (Google Docs in Apps Script, .docx in Node) turn into a
// document. Everything a renderer needs is here — text already in the chosen digits, widths, alignment —
// so the two outputs show the same content.
import { fitColumns, minimumTableWidthCm, textWidthCm } from './column-widths';

export { textWidthCm, minimumTableWidthCm } from './column-widths';

export type Align = 'left' | 'center' | 'right' | 'justify';
export type Orientation = 'portrait' | 'landscape';

/** A piece of text with one style. */
export interface Run {
  text: string;
  bold?: boolean;
}

/**
 * 'title': a document title line (bold, larger). 'heading': a numbered section heading (bold).
 * 'subheading': a bold line under a heading. 'body': running text with the Thai first-line indent.
 * 'line': a plain line without indent (signatures, memo fields). 'memoTitle': "บันทึกข้อความ".
 * 'listItem': one enumerated item with its own number (see `list`).
 */
export type ParagraphStyle = 'title' | 'heading' | 'subheading' | 'body' | 'line' | 'memoTitle' | 'listItem';

/**
 * The number of a list item, printed before its text with a hanging indent so wrapped lines align with the
 * text. The label is already in the chosen digits and punctuation, as the seeds write it: "๑." for the
 * items of a section (level 0), "(๑)" or "๑)" for the items under them (level 1), deeper levels likewise.
 */
export interface ListLabel {
  label: string;
  level: number;
}

export interface Paragraph {
  kind: 'paragraph';
  style: ParagraphStyle;
  runs: Run[];
  align: Align;
  /** Left indent of every line, cm (signature blocks, list lines). */
  indentCm?: number;
  /** Space after the paragraph, pt. */
  spaceAfterPt?: number;
  /** Set on 'listItem' paragraphs. */
  list?: ListLabel;
  /** Kept on the same page as the next block (headings, titles, a list item's typed lines). */
  keepWithNext?: boolean;
  /** The paragraph's lines are not split across pages. */
  keepTogether?: boolean;
}

export interface TableCell {
  /** One entry per line (paragraph) in the cell. */
  lines: string[];
  bold?: boolean;
  align?: Align;
  /** Text colour, hex "#RRGGBB" (the bars of a score chart drawn as a table). */
  color?: string;
  /** Font size, pt, when not the table size (the bars of a score chart). */
  sizePt?: number;
  /** Each line stays on one printed line: its column is made at least that wide (the bars of a score chart). */
  noWrap?: boolean;
}

export interface TableRow {
  cells: TableCell[];
  /**
   * A group heading spanning the full width ("ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน"): the first cell holds the
   * text, the others are empty and are merged into it where the renderer can.
   */
  group?: boolean;
  /**
   * Rows never split across pages by default (a row that fits on a page moves whole to the next page).
   * True for a row known to be taller than a page, which then flows over the break; the renderers also
   * let any row taller than a third of the page split (see withRowSplits in row-split.ts).
   */
  allowSplit?: boolean;
}

export interface TableColumn {
  header: string;
  /**
   * Relative width: a hint that is blended with the width the column's content asks for (see
   * columnWidthsCm); with `fixed` the weights alone decide.
   */
  weight: number;
  align?: Align;
}

export interface Table {
  kind: 'table';
  columns: TableColumn[];
  rows: TableRow[];
  /** The header row is bold, shaded and repeated on every page. */
  headerShading: string;
  /**
   * Needs a landscape page (the annual results family, the analysis §5 measures table). Undefined: decided
   * from the content (see tableNeedsLandscape).
   */
  wide?: boolean;
  /** Column widths from the weights only, not from the content (the bar chart drawn as a table). */
  fixedWidths?: boolean;
}

/** Name in parentheses and position lines, centred in the right half of the page (reference §d.7). */
export interface SignatureBlock {
  kind: 'signature';
  /** Lines above the name: rank ("ว่าที่ ร.ต."), or blank space for the signature itself. */
  rank?: string;
  name: string;
  positionLines: string[];
}

/**
 * Blocks printed as one unit that never splits across pages: a signature with what leads into it (the
 * memo's closing, a comment step's heading and lines, "ผู้จัดทำรายงาน"). Renderers draw it as a borderless
 * one-cell table whose row cannot split, the text exactly where the paragraphs would sit: LibreOffice
 * ignores a chain of keep-with-next paragraphs once the document is a few pages long, but it never splits a
 * row that is marked so, and neither do Word and Google Docs. A signature outside a group is printed as a
 * group of its own.
 */
export interface KeptGroup {
  kind: 'keptGroup';
  blocks: (Paragraph | SignatureBlock)[];
}

export interface PageBreak {
  kind: 'pageBreak';
}

/** Indicator scores against the target: a chart where the renderer can draw one, else a table of bars. */
export interface ScoreChart {
  kind: 'chart';
  title: string;
  /** label: "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่"; short: "๑" (axis label). */
  bars: { label: string; short: string; value: number; display: string }[];
  target: number;
  targetLabel: string;
}

/**
 * Inside a report: what follows starts on a new page in its own orientation (the analysis §5 measures table
 * landscape between portrait narrative). Without an orientation the content after the break decides.
 */
export interface SectionBreak {
  kind: 'sectionBreak';
  orientation?: Orientation;
}

export type Block = Paragraph | Table | SignatureBlock | KeptGroup | PageBreak | ScoreChart | SectionBreak;

/** The blocks with every kept group opened up into its own blocks, in print order. */
export function flatBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => (b.kind === 'keptGroup' ? b.blocks : [b]));
}

/** One report (or the cover, or the memo): starts on a new page, in its own orientation. */
export interface Section {
  /** Stable id: 'cover' | 'memo' | ReportKind. */
  id: string;
  /** Short Thai name, used in the export log and the document name. */
  name: string;
  /** Orientation of the section's first part (up to its first SectionBreak). */
  orientation: Orientation;
  blocks: Block[];
}

/**
 * One run of pages with one orientation, as the renderers lay them out: a Section split at its
 * SectionBreaks (empty parts dropped). Both renderers iterate these, so the Doc and the .docx agree.
 */
export interface PageSection {
  /** The Section's id ('memo', 'cover', a ReportKind) and its part number (0 = the first). */
  sectionId: string;
  part: number;
  orientation: Orientation;
  blocks: Block[];
}

export interface PageSetup {
  size: 'A4';
  marginsCm: { top: number; bottom: number; left: number; right: number };
  fontFamily: string;
  fontSizePt: number;
  titleSizePt: number;
  /** Table text, pt: dense tables are set smaller than the body, as in the seeds. */
  tableFontSizePt: number;
  memoTitleSizePt: number;
  /** Thai official first-line indent, cm. */
  firstLineIndentCm: number;
  pageNumbers: boolean;
  /** Digits of the page numbers the renderer prints ("- ๔ -" or "- 4 -"): the export's digit setting. */
  pageNumberDigits?: 'thai' | 'arabic';
}

export interface ReportDocument {
  /** Name of the Google Doc / .docx, e.g. "ITA ๒๕๖๖ องค์การบริหารส่วนตำบลห้วยแก้ว – ... (๒๔ มี.ค. ๒๕๖๖ ๑๐:๓๐)". */
  title: string;
  page: PageSetup;
  sections: Section[];
}

/** Page setup of Thai official documents (reference §f.6): A4, Sarabun 16 pt, 2.5/2/3/2 cm. */
export const DEFAULT_PAGE: PageSetup = {
  size: 'A4',
  marginsCm: { top: 2.5, bottom: 2, left: 3, right: 2 },
  fontFamily: 'Sarabun',
  fontSizePt: 16,
  titleSizePt: 18,
  tableFontSizePt: 14,
  memoTitleSizePt: 29,
  firstLineIndentCm: 2.5,
  pageNumbers: true,
};

/** A4 in cm. */
export const A4_CM = { width: 21, height: 29.7 };

/** Usable width of the page in cm for an orientation. */
export function usableWidthCm(page: PageSetup, orientation: Orientation): number {
  const width = orientation === 'portrait' ? A4_CM.width : A4_CM.height;
  return width - page.marginsCm.left - page.marginsCm.right;
}

/** Column widths in cm, filling the usable width: sized from the content (see column-widths.ts). */
export function columnWidthsCm(table: Table, page: PageSetup, orientation: Orientation): number[] {
  return fitColumns(table, page, usableWidthCm(page, orientation));
}

/**
 * Share of the portrait width a table's minimum may take and still print portrait (the score table of the
 * analysis, 13.7 cm of 16 cm, stays portrait): above it the columns
 * would be cramped to their narrowest (every cell wrapping word by word), so it goes landscape.
 */
const PORTRAIT_FILL = 0.875;

/** A wide table: flagged by its builder, or its columns' minimum widths crowd a portrait page. */
export function tableNeedsLandscape(table: Table, page: PageSetup): boolean {
  if (table.wide !== undefined) return table.wide;
  return minimumTableWidthCm(table, page) > usableWidthCm(page, 'portrait') * PORTRAIT_FILL;
}

/** Landscape when any table among the blocks needs it (a chart or narrative alone stays portrait). */
export function contentOrientation(blocks: Block[], page: PageSetup): Orientation {
  return blocks.some((b) => b.kind === 'table' && tableNeedsLandscape(b, page)) ? 'landscape' : 'portrait';
}

/** The document's page sections in order: every Section split at its SectionBreaks. */
export function pageSections(doc: ReportDocument): PageSection[] {
  const out: PageSection[] = [];
  for (const s of doc.sections) {
    let part = 0;
    let orientation: Orientation | undefined = s.orientation;
    let blocks: Block[] = [];
    const flush = () => {
      if (blocks.length > 0) {
        out.push({ sectionId: s.id, part, orientation: orientation ?? contentOrientation(blocks, doc.page), blocks });
        part++;
      }
      blocks = [];
    };
    for (const b of s.blocks) {
      if (b.kind === 'sectionBreak') {
        flush();
        orientation = b.orientation;
      } else {
        blocks.push(b);
      }
    }
    flush();
  }
  return out;
}

/** The plain text of a paragraph. */
export function paragraphText(p: Paragraph): string {
  return p.runs.map((r) => r.text).join('');
}

/** Any line break a paragraph could carry: it becomes a new paragraph, never a break inside one. */
export const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029|\v/;

/** Runs split at line breaks into the runs of each printed line (a paragraph per line). */
export function runLines(runs: Run[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const r of runs) {
    r.text.split(LINE_BREAK).forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1]!.push({ text: part, ...(r.bold ? { bold: true } : {}) });
    });
  }
  return lines;
}

/** Space between a list label and its text, cm: labels narrower than this still hang by this much. */
const MIN_HANG_CM = 1;
/** Each deeper list level starts this much further in, cm. */
const LEVEL_STEP_CM = 1;

/**
 * Indents of a list item, cm: the label starts at the first-line indent (one step further per level) and
 * the text, and every wrapped line, at `startCm`.
 */
export function listIndentsCm(list: ListLabel, page: PageSetup, sizePt: number): { startCm: number; labelCm: number } {
  const hang = Math.max(MIN_HANG_CM, textWidthCm(list.label, sizePt) + 0.3);
  const labelCm = page.firstLineIndentCm + list.level * LEVEL_STEP_CM;
  return { startCm: labelCm + hang, labelCm };
}

/**
 * Text that XML 1.0 can carry: C0 controls other than tab and newline, U+FFFE, U+FFFF and lone surrogates
 * are dropped (Word refuses a .docx holding one; a user can paste them into a cell).
 */
export function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}
