// The report model as a Google Doc, with as few service calls as the content allows: one appendParagraph
// and one setAttributes per paragraph, one appendTable (all cells at once) and one setAttributes per table,
// one saveAndClose. Table styling (header shading and repetition, column widths, bold/centred cells,
// merged group rows) goes into one Docs API batchUpdate when the advanced service is on; without it the
// same styling is applied with DocumentApp calls (more calls, no repeated header: DocumentApp cannot).
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
  type ScoreChart,
  type Table as ModelTable,
} from '../../core/report';
import type { DocsApi } from './docs-api';
import { tableRequests } from './table-requests';

type DocApp = GoogleAppsScript.Document.DocumentApp;
type Body = GoogleAppsScript.Document.Body;
type Attrs = Record<string, unknown>;

const PT_PER_CM = 72 / 2.54;
const pt = (cm: number) => Math.round(cm * PT_PER_CM * 100) / 100;
/** Height of one empty 16 pt line, used when blank lines are folded into spacing. */
const BLANK_LINE_PT = 24;

export interface RenderOptions {
  /** The Docs advanced service, when enabled. */
  docs?: DocsApi | null;
  /** Draws the indicator chart as an image; null/undefined → the chart is printed as a table of bars. */
  chartImage?: (chart: ScoreChart) => GoogleAppsScript.Base.BlobSource | null;
}

export interface RenderedDoc {
  id: string;
  url: string;
  name: string;
}

/** A table as placed in the document, for the styling pass. */
export interface PlacedTable {
  table: ModelTable;
  widthsPt: number[];
  element: GoogleAppsScript.Document.Table;
}

function alignment(app: DocApp, align: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const H = app.HorizontalAlignment;
  return align === 'center' ? H.CENTER : align === 'right' ? H.RIGHT : align === 'justify' ? H.JUSTIFY : H.LEFT;
}

/**
 * The whole document takes one orientation: DocumentApp has no per-section page setup. Landscape when any
 * report section asked for it (the memo and cover then print landscape too).
 */
export function documentOrientation(doc: ReportDocument): Orientation {
  return doc.sections.some((s) => s.orientation === 'landscape') ? 'landscape' : 'portrait';
}

class Writer {
  private pendingSpacePt = 0;
  private firstInSection = false;
  readonly tables: PlacedTable[] = [];

  constructor(
    private readonly app: DocApp,
    private readonly body: Body,
    private readonly page: PageSetup,
    private readonly orientation: Orientation,
    private readonly options: RenderOptions,
  ) {}

  startSection(isFirst: boolean): void {
    if (!isFirst) this.body.appendPageBreak();
    this.firstInSection = true;
    this.pendingSpacePt = 0;
  }

  private attrs(style: ModelParagraph['style'], align: Align, extra: Attrs = {}): Attrs {
    const A = this.app.Attribute;
    const size =
      style === 'title'
        ? this.page.titleSizePt
        : style === 'memoTitle'
          ? this.page.memoTitleSizePt
          : this.page.fontSizePt;
    return {
      [A.FONT_FAMILY]: this.page.fontFamily,
      [A.FONT_SIZE]: size,
      [A.HORIZONTAL_ALIGNMENT]: alignment(this.app, align),
      [A.INDENT_FIRST_LINE]: style === 'body' ? pt(this.page.firstLineIndentCm) : 0,
      [A.INDENT_START]: 0,
      [A.SPACING_BEFORE]: (style === 'heading' ? 6 : 0) + this.pendingSpacePt,
      [A.SPACING_AFTER]: 0,
      [A.BOLD]: false,
      ...extra,
    };
  }

  paragraph(p: ModelParagraph): void {
    const text = p.runs.map((r) => r.text).join('');
    if (text === '' && p.style === 'line') {
      // Blank lines become space before the next paragraph: one number instead of two calls.
      this.pendingSpacePt += BLANK_LINE_PT;
      return;
    }
    const A = this.app.Attribute;
    const allBold = p.runs.length > 0 && p.runs.every((r) => r.bold || r.text === '');
    const extra: Attrs = {
      [A.BOLD]: allBold,
      ...(p.indentCm !== undefined ? { [A.INDENT_START]: pt(p.indentCm) } : {}),
      ...(p.spaceAfterPt ? { [A.SPACING_AFTER]: p.spaceAfterPt } : {}),
    };
    const para = this.body.appendParagraph(text);
    para.setAttributes(this.attrs(p.style, p.align, extra));
    this.pendingSpacePt = 0;
    this.firstInSection = false;
    if (!allBold && p.runs.some((r) => r.bold)) {
      const t = para.editAsText();
      let offset = 0;
      for (const r of p.runs) {
        if (r.bold && r.text.length > 0) t.setBold(offset, offset + r.text.length - 1, true);
        offset += r.text.length;
      }
    }
  }

  signature(lines: string[]): void {
    for (const l of lines) {
      if (l === '') {
        this.pendingSpacePt += BLANK_LINE_PT;
        continue;
      }
      this.paragraph({
        kind: 'paragraph',
        style: 'line',
        runs: [{ text: l }],
        align: 'center',
        indentCm: SIGNATURE_INDENT_CM,
      });
    }
  }

  table(t: ModelTable): void {
    if (this.pendingSpacePt > 0) {
      this.body.appendParagraph('');
      this.pendingSpacePt = 0;
    }
    const cells = [t.columns.map((c) => c.header), ...t.rows.map((r) => r.cells.map((c) => c.lines.join('\n')))];
    const element = this.body.appendTable(cells);
    const A = this.app.Attribute;
    // Character attributes go on the table's text (a Text view covers every cell), not on the container.
    element.editAsText().setAttributes({
      [A.FONT_FAMILY]: this.page.fontFamily,
      [A.FONT_SIZE]: this.page.tableFontSizePt,
      [A.BOLD]: false,
    });
    const widthsPt = columnWidthsCm(t, this.page, this.orientation).map(pt);
    this.tables.push({ table: t, widthsPt, element });
    this.firstInSection = false;
  }

  chart(c: ScoreChart): void {
    this.paragraph({ kind: 'paragraph', style: 'subheading', runs: [{ text: c.title, bold: true }], align: 'center' });
    let image: GoogleAppsScript.Base.BlobSource | null;
    try {
      image = this.options.chartImage?.(c) ?? null;
    } catch {
      image = null; // a chart that cannot be drawn falls back to the table of bars
    }
    if (image) {
      const width = pt(columnWidthsCm(chartAsTable(c), this.page, this.orientation).reduce((s, w) => s + w, 0));
      const para = this.body.appendParagraph('');
      para.setAttributes({ [this.app.Attribute.HORIZONTAL_ALIGNMENT]: this.app.HorizontalAlignment.CENTER });
      const img = para.appendInlineImage(image);
      img.setWidth(width).setHeight(Math.round(width * 0.55));
    } else {
      this.table(chartAsTable(c));
    }
  }

  block(b: Block): void {
    switch (b.kind) {
      case 'paragraph':
        return this.paragraph(b);
      case 'table':
        return this.table(b);
      case 'chart':
        return this.chart(b);
      case 'signature':
        return this.signature(signatureLines(b));
      case 'pageBreak':
        this.body.appendPageBreak();
        this.pendingSpacePt = 0;
        return;
    }
  }
}

function pageSetup(body: Body, page: PageSetup, orientation: Orientation): void {
  const [w, h] = orientation === 'portrait' ? [A4_CM.width, A4_CM.height] : [A4_CM.height, A4_CM.width];
  body
    .setPageWidth(pt(w))
    .setPageHeight(pt(h))
    .setMarginTop(pt(page.marginsCm.top))
    .setMarginBottom(pt(page.marginsCm.bottom))
    .setMarginLeft(pt(page.marginsCm.left))
    .setMarginRight(pt(page.marginsCm.right));
}

/** Styles the tables without the Docs API: a few DocumentApp calls per column, header cell and bold cell. */
function styleTablesWithDocumentApp(app: DocApp, tables: PlacedTable[]): void {
  const A = app.Attribute;
  for (const { table, widthsPt, element } of tables) {
    widthsPt.forEach((w, i) => element.setColumnWidth(i, w));
    const header = element.getRow(0);
    for (let c = 0; c < table.columns.length; c++) {
      header.getCell(c).setBackgroundColor(table.headerShading).editAsText().setBold(true);
    }
    table.rows.forEach((row, r) => {
      if (row.group) {
        element
          .getCell(r + 1, 0)
          .editAsText()
          .setBold(true);
        return;
      }
      row.cells.forEach((cell, c) => {
        if (!cell.bold && !cell.color) return;
        element
          .getCell(r + 1, c)
          .editAsText()
          .setAttributes({
            ...(cell.bold ? { [A.BOLD]: true } : {}),
            ...(cell.color ? { [A.FOREGROUND_COLOR]: cell.color } : {}),
          });
      });
    });
  }
}

/**
 * Creates the Google Doc of a report model and returns its id, link and name. Nothing is written to the
 * spreadsheet here.
 */
export function renderGoogleDoc(app: DocApp, model: ReportDocument, options: RenderOptions = {}): RenderedDoc {
  const doc = app.create(model.title);
  const body = doc.getBody();
  const orientation = documentOrientation(model);
  pageSetup(body, model.page, orientation);
  const writer = new Writer(app, body, model.page, orientation, options);
  model.sections.forEach((section, i) => {
    writer.startSection(i === 0);
    for (const b of section.blocks) writer.block(b);
  });
  // A new document starts with one empty paragraph; drop it now that there is content after it.
  body.getChild(0).removeFromParent();
  if (!options.docs) styleTablesWithDocumentApp(app, writer.tables);
  const id = doc.getId();
  const url = doc.getUrl();
  doc.saveAndClose();
  if (options.docs && writer.tables.length > 0) {
    const content = options.docs.get(id).body?.content ?? [];
    const requests = tableRequests(content, writer.tables);
    if (requests.length > 0) options.docs.batchUpdate(requests, id);
  }
  return { id, url, name: model.title };
}
