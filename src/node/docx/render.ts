// The report model as a .docx (the `docx` package): A4, Sarabun 16 pt (Thai is a complex script in Word,
// so the cs font and size are set too), margins from the model, one section per page section (a report,
// or a part of one) with its own orientation, bold shaded header rows repeated on every page, short rows
// that do not split (tall ones may: withRowSplits), headings kept with what follows, kept groups (signatures with what leads into them) as a
// borderless one-cell table whose row cannot split, list items as paragraphs with a hanging label, page
// numbers in the footer in the export's digits. Every text passes printable(): characters XML 1.0 forbids
// never reach the file.
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageBreak,
  NumberFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import {
  A4_CM,
  chartAsTable,
  columnWidthsCm,
  LINE_BREAK,
  listIndentsCm,
  pageSections,
  printable,
  runLines,
  signatureLines,
  textWidthCm,
  usableWidthCm,
  withRowSplits,
  SIGNATURE_INDENT_CM,
  type Align,
  type Block,
  type KeptGroup,
  type Orientation,
  type PageSection,
  type PageSetup,
  type Paragraph as ModelParagraph,
  type ReportDocument,
  type SignatureBlock,
  type Table as ModelTable,
} from '../../core/report';

const TWIPS_PER_CM = 567;
const twips = (cm: number) => Math.round(cm * TWIPS_PER_CM);

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

function run(text: string, page: PageSetup, opts: { bold?: boolean; sizePt?: number; color?: string } = {}): TextRun {
  const size = (opts.sizePt ?? page.fontSizePt) * 2;
  return new TextRun({
    text: printable(text),
    font: { ascii: page.fontFamily, hAnsi: page.fontFamily, cs: page.fontFamily, eastAsia: page.fontFamily },
    size,
    sizeComplexScript: size,
    bold: !!opts.bold,
    boldComplexScript: !!opts.bold,
    ...(opts.color ? { color: opts.color.replace('#', '') } : {}),
  });
}

/** One model paragraph as one .docx paragraph per line it holds: never a line break inside a paragraph. */
function paragraphs(p: ModelParagraph, page: PageSetup, where: { inCell?: boolean } = {}): Paragraph[] {
  const sizePt =
    p.style === 'title' ? page.titleSizePt : p.style === 'memoTitle' ? page.memoTitleSizePt : page.fontSizePt;
  const lines = runLines(p.runs).filter((l, i, all) => l.length > 0 || all.length === 1);
  return lines.map((runs, i) => {
    const last = i === lines.length - 1;
    const indent: { left?: number; firstLine?: number; hanging?: number } = {};
    if (p.indentCm !== undefined) indent.left = twips(p.indentCm);
    if (p.style === 'body' && i === 0) indent.firstLine = twips(page.firstLineIndentCm);
    const children = runs.map((r) => run(r.text, page, { bold: r.bold, sizePt }));
    let tabStops: { type: (typeof TabStopType)[keyof typeof TabStopType]; position: number }[] | undefined;
    if (p.list) {
      // "๑.⇥text": the label hangs at the first-line indent, the text and its wrapped lines align after it.
      const { startCm, labelCm } = listIndentsCm(p.list, page, sizePt);
      indent.left = twips(startCm);
      if (i === 0) {
        indent.hanging = twips(startCm - labelCm);
        children.unshift(run(`${p.list.label}\t`, page, { sizePt }));
        tabStops = [{ type: TabStopType.LEFT, position: twips(startCm) }];
      }
    }
    return new Paragraph({
      alignment: ALIGN[p.align],
      indent,
      ...(tabStops ? { tabStops } : {}),
      spacing: { after: last ? (p.spaceAfterPt ?? 0) * 20 : 0, before: p.style === 'heading' && i === 0 ? 120 : 0 },
      // In a kept group's cell the row keeps the lines together; keepNext there would chain the row on.
      keepNext: !where.inCell && (!last || !!p.keepWithNext),
      keepLines: !!p.keepTogether,
      children,
    });
  });
}

/** Left indent of a signature block, cm: centred in the right part, moved left when a line would not fit. */
function signatureIndentCm(block: SignatureBlock, page: PageSetup, orientation: Orientation): number {
  const longest = Math.max(0, ...signatureLines(block).map((l) => textWidthCm(l, page.fontSizePt)));
  return Math.max(0, Math.min(SIGNATURE_INDENT_CM, usableWidthCm(page, orientation) - longest - 0.5));
}

function table(model: ModelTable, page: PageSetup, orientation: Orientation): Table {
  const widthsCm = columnWidthsCm(model, page, orientation);
  const widths = widthsCm.map(twips);
  // Tall rows may split over a page break; the others are kept whole (cantSplit).
  const t = withRowSplits(model, widthsCm, page, orientation);
  const fill = t.headerShading.replace('#', '');
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill },
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [
                run(c.header.replace(new RegExp(LINE_BREAK, 'g'), ' '), page, {
                  bold: true,
                  sizePt: page.tableFontSizePt,
                }),
              ],
            }),
          ],
        }),
    ),
  });
  const rows = t.rows.map((r) => {
    const cells = r.group ? (r.cells[0] ? [r.cells[0]] : []) : r.cells;
    return new TableRow({
      cantSplit: !r.allowSplit,
      children: cells.map((c, i) => {
        const align = c.align ?? t.columns[i]?.align ?? 'left';
        const split = c.lines.flatMap((l) => l.split(LINE_BREAK));
        const lines = split.length > 0 ? split : [''];
        return new TableCell({
          width: { size: r.group ? widths.reduce((s, w) => s + w, 0) : (widths[i] ?? 0), type: WidthType.DXA },
          ...(r.group
            ? { columnSpan: t.columns.length, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } }
            : {}),
          children: lines.map(
            (l) =>
              new Paragraph({
                alignment: ALIGN[align],
                children: [
                  run(l, page, {
                    bold: c.bold,
                    sizePt: c.sizePt ?? page.tableFontSizePt,
                    ...(c.color ? { color: c.color } : {}),
                  }),
                ],
              }),
          ),
        });
      }),
    });
  });
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows],
  });
}

/** The lines of a signature block, centred in the right part of the page. */
function signatureParagraphs(b: SignatureBlock, page: PageSetup, orientation: Orientation): Paragraph[] {
  const left = twips(signatureIndentCm(b, page, orientation));
  return signatureLines(b).map(
    (l) => new Paragraph({ alignment: AlignmentType.CENTER, indent: { left }, children: [run(l, page)] }),
  );
}

/**
 * A kept group as a borderless one-cell table, the full text width, no cell margins (the text sits where
 * the paragraphs would), whose one row cannot split: LibreOffice moves it whole to the next page (a chain
 * of keepNext paragraphs it splits once the file is a few pages long). No keep flags inside: a row whose every paragraph had keepNext
 * would be chained to what follows in Word.
 */
function keptGroup(g: KeptGroup, page: PageSetup, orientation: Orientation): Table {
  const width = twips(usableWidthCm(page, orientation));
  const children = g.blocks.flatMap((b) =>
    b.kind === 'signature'
      ? signatureParagraphs(b, page, orientation)
      : paragraphs({ ...b, keepWithNext: false, keepTogether: false }, page, { inCell: true }),
  );
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            children: children.length > 0 ? children : [new Paragraph({ children: [] })],
          }),
        ],
      }),
    ],
  });
}

function blocks(list: Block[], page: PageSetup, orientation: Orientation): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of list) {
    switch (b.kind) {
      case 'paragraph':
        out.push(...paragraphs(b, page));
        break;
      case 'table':
        out.push(table(b, page, orientation), new Paragraph({ children: [] }));
        break;
      case 'chart':
        out.push(
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run(b.title, page, { bold: true })] }),
          table(chartAsTable(b), page, orientation),
          new Paragraph({ children: [] }),
        );
        break;
      case 'signature':
      case 'keptGroup':
        // Two tables in a row would join into one in Word: an empty paragraph between them.
        if (out[out.length - 1] instanceof Table) out.push(new Paragraph({ children: [] }));
        out.push(keptGroup(b.kind === 'signature' ? { kind: 'keptGroup', blocks: [b] } : b, page, orientation));
        break;
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case 'sectionBreak':
        break; // pageSections() has split the section here
    }
  }
  return out;
}

/**
 * "- ๔ -": the PAGE field prints in the section's number format (pgNumType thaiNumbers or decimal, set from
 * the export's digits in section()). Word follows it; LibreOffice prints Arabic digits whatever the format.
 */
function footer(page: PageSetup): Footer {
  const size = page.fontSizePt * 2;
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['- ', PageNumber.CURRENT, ' -'],
            font: { ascii: page.fontFamily, hAnsi: page.fontFamily, cs: page.fontFamily },
            size,
            sizeComplexScript: size,
          }),
        ],
      }),
    ],
  });
}

/** The cover's footer: empty, so no number prints on it (a section without a footer would show the last one). */
function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({ children: [] })] });
}

/**
 * Each document of the bundle (the memo, each report) is numbered on its own from 1, as the seeds are; the
 * cover carries no number. Later parts of a report (a landscape table between portrait text) go on counting.
 */
function section(s: PageSection, page: PageSetup): ISectionOptions {
  const m = page.marginsCm;
  const cover = s.sectionId === 'cover';
  return {
    properties: {
      page: {
        size: {
          width: twips(A4_CM.width),
          height: twips(A4_CM.height),
          orientation: s.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: twips(m.top), bottom: twips(m.bottom), left: twips(m.left), right: twips(m.right) },
        pageNumbers: {
          ...(s.part === 0 ? { start: 1 } : {}),
          formatType: page.pageNumberDigits === 'arabic' ? NumberFormat.DECIMAL : NumberFormat.THAI_NUMBERS,
        },
      },
    },
    ...(page.pageNumbers ? { footers: { default: cover ? emptyFooter() : footer(page) } } : {}),
    children: blocks(s.blocks, page, s.orientation),
  };
}

/** The report model as .docx bytes. */
export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const page = doc.page;
  const size = page.fontSizePt * 2;
  const file = new Document({
    title: printable(doc.title),
    creator: 'ITA Report Kit',
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: page.fontFamily, hAnsi: page.fontFamily, cs: page.fontFamily, eastAsia: page.fontFamily },
            size,
            sizeComplexScript: size,
          },
        },
      },
    },
    sections: pageSections(doc).map((s) => section(s, page)),
  });
  return Packer.toBuffer(file);
}
