// The report model as a .docx (the `docx` package): A4, Sarabun 16 pt (Thai is a complex script in Word,
// so the cs font and size are set too), margins from the model, one section per report with its own
// orientation, bold shaded header rows repeated on every page, page numbers in the footer.
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
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
  signatureLines,
  SIGNATURE_INDENT_CM,
  type Align,
  type Block,
  type Orientation,
  type PageSetup,
  type Paragraph as ModelParagraph,
  type ReportDocument,
  type Section,
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
    text,
    font: { ascii: page.fontFamily, hAnsi: page.fontFamily, cs: page.fontFamily, eastAsia: page.fontFamily },
    size,
    sizeComplexScript: size,
    bold: !!opts.bold,
    boldComplexScript: !!opts.bold,
    ...(opts.color ? { color: opts.color.replace('#', '') } : {}),
  });
}

function paragraph(p: ModelParagraph, page: PageSetup): Paragraph {
  const sizePt =
    p.style === 'title' ? page.titleSizePt : p.style === 'memoTitle' ? page.memoTitleSizePt : page.fontSizePt;
  const indent: { left?: number; firstLine?: number } = {};
  if (p.indentCm !== undefined) indent.left = twips(p.indentCm);
  if (p.style === 'body') indent.firstLine = twips(page.firstLineIndentCm);
  return new Paragraph({
    alignment: ALIGN[p.align],
    indent,
    spacing: { after: (p.spaceAfterPt ?? 0) * 20, before: p.style === 'heading' ? 120 : 0 },
    keepNext: p.style === 'heading' || p.style === 'subheading',
    children: p.runs.map((r) => run(r.text, page, { bold: r.bold, sizePt })),
  });
}

function table(t: ModelTable, page: PageSetup, orientation: Orientation): Table {
  const widths = columnWidthsCm(t, page, orientation).map(twips);
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
              children: [run(c.header, page, { bold: true, sizePt: page.tableFontSizePt })],
            }),
          ],
        }),
    ),
  });
  const rows = t.rows.map((r) => {
    const cells = r.group ? (r.cells[0] ? [r.cells[0]] : []) : r.cells;
    return new TableRow({
      cantSplit: true,
      children: cells.map((c, i) => {
        const align = c.align ?? t.columns[i]?.align ?? 'left';
        const lines = c.lines.length > 0 ? c.lines : [''];
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

function blocks(list: Block[], page: PageSetup, orientation: Orientation): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of list) {
    switch (b.kind) {
      case 'paragraph':
        out.push(paragraph(b, page));
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
        for (const l of signatureLines(b)) {
          out.push(
            new Paragraph({
              alignment: AlignmentType.CENTER,
              indent: { left: twips(SIGNATURE_INDENT_CM) },
              children: [run(l, page)],
            }),
          );
        }
        break;
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

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

function section(s: Section, page: PageSetup): ISectionOptions {
  const m = page.marginsCm;
  return {
    properties: {
      page: {
        size: {
          width: twips(A4_CM.width),
          height: twips(A4_CM.height),
          orientation: s.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: twips(m.top), bottom: twips(m.bottom), left: twips(m.left), right: twips(m.right) },
      },
    },
    ...(page.pageNumbers ? { footers: { default: footer(page) } } : {}),
    children: blocks(s.blocks, page, s.orientation),
  };
}

/** The report model as .docx bytes. */
export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const page = doc.page;
  const size = page.fontSizePt * 2;
  const file = new Document({
    title: doc.title,
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
    sections: doc.sections.map((s) => section(s, page)),
  });
  return Packer.toBuffer(file);
}
