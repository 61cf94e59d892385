// The report model: pure data that both renderers (Google Docs in Apps Script, .docx in Node) turn into a
// document. Everything a renderer needs is here — text already in the chosen digits, widths, alignment —
// so the two outputs show the same content.

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
 * 'line': a plain line without indent (lists, signatures, memo fields). 'memoTitle': "บันทึกข้อความ".
 */
export type ParagraphStyle = 'title' | 'heading' | 'subheading' | 'body' | 'line' | 'memoTitle';

export interface Paragraph {
  kind: 'paragraph';
  style: ParagraphStyle;
  runs: Run[];
  align: Align;
  /** Left indent of every line, cm (signature blocks, list lines). */
  indentCm?: number;
  /** Space after the paragraph, pt. */
  spaceAfterPt?: number;
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
}

export interface TableRow {
  cells: TableCell[];
  /**
   * A group heading spanning the full width ("ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน"): the first cell holds the
   * text, the others are empty and are merged into it where the renderer can.
   */
  group?: boolean;
}

export interface TableColumn {
  header: string;
  /** Relative width; renderers scale the weights to the usable page width. */
  weight: number;
  align?: Align;
}

export interface Table {
  kind: 'table';
  columns: TableColumn[];
  rows: TableRow[];
  /** The header row is bold, shaded and repeated on every page. */
  headerShading: string;
}

/** Name in parentheses and position lines, centred in the right half of the page (reference §d.7). */
export interface SignatureBlock {
  kind: 'signature';
  /** Lines above the name: rank ("ว่าที่ ร.ต."), or blank space for the signature itself. */
  rank?: string;
  name: string;
  positionLines: string[];
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

export type Block = Paragraph | Table | SignatureBlock | PageBreak | ScoreChart;

/** One report (or the cover, or the memo): starts on a new page, in its own orientation. */
export interface Section {
  /** Stable id: 'cover' | 'memo' | ReportKind. */
  id: string;
  /** Short Thai name, used in the export log and the document name. */
  name: string;
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

/** Column widths in cm: the weights scaled to the usable width. */
export function columnWidthsCm(table: Table, page: PageSetup, orientation: Orientation): number[] {
  const total = table.columns.reduce((s, c) => s + c.weight, 0) || 1;
  const usable = usableWidthCm(page, orientation);
  return table.columns.map((c) => (usable * c.weight) / total);
}

/** The plain text of a paragraph. */
export function paragraphText(p: Paragraph): string {
  return p.runs.map((r) => r.text).join('');
}
