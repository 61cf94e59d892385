// The report model flattened into what the Google Doc is built from: runs of styled paragraphs, tables and
// chart images, grouped into page sections. Both the Docs API path and the DocumentApp-only fallback use it,
// so they print the same paragraphs.
import {
  chartAsTable,
  columnWidthsCm,
  listIndentsCm,
  printable,
  runLines,
  pageSections,
  signatureLines,
  textWidthCm,
  usableWidthCm,
  withRowSplits,
  SIGNATURE_INDENT_CM,
  type Align,
  type Block,
  type KeptGroup,
  type Orientation,
  type PageSetup,
  type Paragraph as ModelParagraph,
  type ReportDocument,
  type Run,
  type ScoreChart,
  type SignatureBlock,
  type Table as ModelTable,
} from '../../core/report';

const PT_PER_CM = 72 / 2.54;
export const pt = (cm: number): number => Math.round(cm * PT_PER_CM * 100) / 100;
/** Height of one empty 16 pt line, used when blank lines are folded into spacing. */
const BLANK_LINE_PT = 24;

/** One paragraph of the Doc, fully styled: never contains a line break. */
export interface DocParagraph {
  text: string;
  /** Bold ranges as [start, end) offsets into `text`. */
  bold: [number, number][];
  sizePt: number;
  align: Align;
  indentStartPt: number;
  indentFirstLinePt: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  keepWithNext: boolean;
  keepTogether: boolean;
  pageBreakBefore: boolean;
}

export type DocUnit =
  | { kind: 'paragraphs'; paragraphs: DocParagraph[] }
  /** A kept group: its paragraphs in a borderless one-cell table, full text width, whose row cannot split. */
  | { kind: 'kept'; paragraphs: DocParagraph[]; widthPt: number }
  | { kind: 'table'; table: ModelTable; widthsPt: number[] }
  | { kind: 'chart'; chart: ScoreChart; widthPt: number };

export interface DocSection {
  /** The model section it comes from ('memo', 'cover', a report kind) and its part. */
  sectionId: string;
  orientation: Orientation;
  units: DocUnit[];
}

function boldRanges(runs: Run[], offset = 0): [number, number][] {
  const out: [number, number][] = [];
  let at = offset;
  for (const r of runs) {
    if (r.bold && r.text.length > 0) out.push([at, at + r.text.length]);
    at += r.text.length;
  }
  return out;
}

/** Left indent of a signature block, cm: centred in the right part, moved left when a line would not fit. */
export function signatureIndentCm(block: SignatureBlock, page: PageSetup, orientation: Orientation): number {
  const longest = Math.max(0, ...signatureLines(block).map((l) => textWidthCm(l, page.fontSizePt)));
  const room = usableWidthCm(page, orientation) - longest - 0.5;
  return Math.max(0, Math.min(SIGNATURE_INDENT_CM, room));
}

class Flattener {
  private pendingSpacePt = 0;
  private pendingPageBreak = false;
  readonly units: DocUnit[] = [];

  constructor(
    private readonly page: PageSetup,
    private readonly orientation: Orientation,
  ) {}

  private push(p: DocParagraph): void {
    const last = this.units[this.units.length - 1];
    if (last?.kind === 'paragraphs') last.paragraphs.push(p);
    else this.units.push({ kind: 'paragraphs', paragraphs: [p] });
  }

  paragraph(p: ModelParagraph, extra: Partial<DocParagraph> = {}): void {
    const sizePt =
      p.style === 'title'
        ? this.page.titleSizePt
        : p.style === 'memoTitle'
          ? this.page.memoTitleSizePt
          : this.page.fontSizePt;
    const lines = runLines(p.runs)
      .map((l) => l.map((r) => ({ ...r, text: printable(r.text) })))
      .filter((l, i, all) => l.length > 0 || all.length === 1);
    lines.forEach((runs, i) => {
      const text = runs.map((r) => r.text).join('');
      if (text === '' && p.style === 'line') {
        // Blank lines become space before the next paragraph: no empty paragraph to style.
        this.pendingSpacePt += BLANK_LINE_PT;
        return;
      }
      let indentStartPt = p.indentCm !== undefined ? pt(p.indentCm) : 0;
      let indentFirstLinePt = p.style === 'body' && i === 0 ? pt(this.page.firstLineIndentCm) : 0;
      let fullText = text;
      let bold = boldRanges(runs);
      if (p.list) {
        // "๑.⇥text": the label hangs in front of the text; wrapped lines (and further lines) align with it.
        const { startCm, labelCm } = listIndentsCm(p.list, this.page, sizePt);
        indentStartPt = pt(startCm);
        indentFirstLinePt = pt(i === 0 ? labelCm : startCm);
        if (i === 0) {
          fullText = `${printable(p.list.label)}\t${text}`;
          bold = boldRanges(runs, fullText.length - text.length);
        }
      }
      const last = i === lines.length - 1;
      this.push({
        text: fullText,
        bold,
        sizePt,
        align: p.align,
        indentStartPt,
        indentFirstLinePt,
        spaceBeforePt: (p.style === 'heading' && i === 0 ? 6 : 0) + this.pendingSpacePt,
        spaceAfterPt: last ? (p.spaceAfterPt ?? 0) : 0,
        // The lines of one model paragraph stay together, as they would in one paragraph.
        keepWithNext: !last || !!p.keepWithNext,
        keepTogether: !!p.keepTogether,
        pageBreakBefore: this.pendingPageBreak,
        ...extra,
      });
      this.pendingSpacePt = 0;
      this.pendingPageBreak = false;
    });
  }

  signature(b: SignatureBlock): void {
    const indentCm = signatureIndentCm(b, this.page, this.orientation);
    for (const l of signatureLines(b)) {
      if (l === '') this.pendingSpacePt += BLANK_LINE_PT;
      else this.paragraph({ kind: 'paragraph', style: 'line', runs: [{ text: l }], align: 'center', indentCm });
    }
  }

  /**
   * A kept group as its own unit: the paragraphs it prints, without keep flags (the table row keeps them on
   * one page). Blank lines before it become an empty paragraph of their own (a table has no space above);
   * a page break before it goes on that paragraph too.
   */
  keptGroup(g: KeptGroup): void {
    const inner = new Flattener(this.page, this.orientation);
    for (const b of g.blocks) {
      if (b.kind === 'signature') inner.signature(b);
      else inner.paragraph(b);
    }
    const paragraphs = inner.units.flatMap((u) => (u.kind === 'paragraphs' ? u.paragraphs : []));
    const last = this.units[this.units.length - 1];
    if (this.pendingSpacePt > 0 || this.pendingPageBreak || (last && last.kind !== 'paragraphs')) {
      // The blank line before the group is this paragraph; more blank lines are space above it.
      this.pendingSpacePt = Math.max(0, this.pendingSpacePt - BLANK_LINE_PT);
      this.push(this.emptyParagraph());
      this.pendingSpacePt = 0;
      this.pendingPageBreak = false;
    }
    this.units.push({
      kind: 'kept',
      paragraphs: paragraphs.map((p) => ({ ...p, keepWithNext: false, keepTogether: false, pageBreakBefore: false })),
      widthPt: pt(usableWidthCm(this.page, this.orientation)),
    });
  }

  table(model: ModelTable): void {
    const widthsCm = columnWidthsCm(model, this.page, this.orientation);
    const widthsPt = widthsCm.map(pt);
    // Tall rows may split over a page break (preventOverflow off), as in the .docx.
    const t = withRowSplits(model, widthsCm, this.page, this.orientation);
    if (this.pendingSpacePt > 0 || this.pendingPageBreak) {
      // A table takes no space-before or page-break-before of its own: an empty paragraph carries them.
      this.push(this.emptyParagraph());
      this.pendingSpacePt = 0;
      this.pendingPageBreak = false;
    }
    this.units.push({ kind: 'table', table: t, widthsPt });
  }

  chart(c: ScoreChart, withImage: boolean): void {
    this.paragraph(
      { kind: 'paragraph', style: 'subheading', runs: [{ text: c.title, bold: true }], align: 'center' },
      {
        keepWithNext: true,
      },
    );
    const asTable = chartAsTable(c);
    if (!withImage) return this.table(asTable);
    const widthPt = pt(columnWidthsCm(asTable, this.page, this.orientation).reduce((s, w) => s + w, 0));
    this.units.push({ kind: 'chart', chart: c, widthPt });
  }

  emptyParagraph(): DocParagraph {
    return {
      text: '',
      bold: [],
      sizePt: this.page.fontSizePt,
      align: 'left',
      indentStartPt: 0,
      indentFirstLinePt: 0,
      spaceBeforePt: this.pendingSpacePt,
      spaceAfterPt: 0,
      keepWithNext: false,
      keepTogether: false,
      pageBreakBefore: this.pendingPageBreak,
    };
  }

  block(b: Block, hasImage: (c: ScoreChart) => boolean): void {
    switch (b.kind) {
      case 'paragraph':
        return this.paragraph(b);
      case 'table':
        return this.table(b);
      case 'chart':
        return this.chart(b, hasImage(b));
      case 'signature':
        // A signature outside a group is a group of its own.
        return this.keptGroup({ kind: 'keptGroup', blocks: [b] });
      case 'keptGroup':
        return this.keptGroup(b);
      case 'pageBreak':
        this.pendingPageBreak = true;
        this.pendingSpacePt = 0;
        return;
      case 'sectionBreak':
        return; // pageSections() has split the section here
    }
  }

  /** A section that ends on a page break or blank lines still needs them printed. */
  finish(): void {
    if (this.pendingPageBreak) this.push(this.emptyParagraph());
  }
}

/** The document as page sections of units. Charts with an image become image units, else tables of bars. */
export function docSections(model: ReportDocument, hasImage: (c: ScoreChart) => boolean): DocSection[] {
  return pageSections(model).map((s) => {
    const f = new Flattener(model.page, s.orientation);
    for (const b of s.blocks) f.block(b, hasImage);
    f.finish();
    // A section break goes in front of a paragraph, never a table: a section starts with paragraphs.
    if (f.units[0]?.kind !== 'paragraphs') f.units.unshift({ kind: 'paragraphs', paragraphs: [f.emptyParagraph()] });
    return { sectionId: s.sectionId, orientation: s.orientation, units: f.units };
  });
}
