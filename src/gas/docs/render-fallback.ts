// The Google Doc with DocumentApp alone (the Docs advanced service is off): the same paragraphs, lists and
// tables as the Docs API path, but DocumentApp has one page size per document (landscape when any part
// asks for it, said in the notes), no keep flags or kept groups and no repeated header rows, and each paragraph costs an
// append and a setAttributes.
import type { Align, Orientation, PageSetup, ReportDocument, ScoreChart } from '../../core/report';
import type { UserMessage } from '../../core/rpc/contract';
import type { DocParagraph, DocSection } from './doc-units';
import { cellLines } from './table-requests';

type DocApp = GoogleAppsScript.Document.DocumentApp;
type Body = GoogleAppsScript.Document.Body;
type Blob = GoogleAppsScript.Base.BlobSource;
export interface RenderedDoc {
  id: string;
  url: string;
  name: string;
  /** What the document could not do as asked (e.g. mixed orientations without the Docs API). */
  notes: UserMessage[];
}

/** Mixed orientations need the Docs API; without it the whole document takes one. */
export const ONE_ORIENTATION: UserMessage = {
  code: 'docs-one-orientation',
  message_th:
    'บริการ Google Docs API ไม่ได้เปิดใช้ เอกสารทั้งฉบับจึงเป็นแนวนอน (รวมบันทึกข้อความและปก) ' +
    'และหัวตารางไม่ซ้ำทุกหน้า หากต้องการแนวตั้งและแนวนอนในฉบับเดียว ให้เปิดบริการ Docs API ของส่วนเสริม',
  message_en:
    'The Google Docs API service is off, so the whole document is landscape (the memo and cover too) and ' +
    'table headers do not repeat on each page. Turn on the add-on’s Docs API service for mixed orientations.',
};

type Defaults = (app: DocApp, page: PageSetup, orientation: Orientation) => Record<string, unknown>;

function alignment(app: DocApp, align: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const H = app.HorizontalAlignment;
  return align === 'center' ? H.CENTER : align === 'right' ? H.RIGHT : align === 'justify' ? H.JUSTIFY : H.LEFT;
}

function paragraph(app: DocApp, body: Body, p: DocParagraph, page: PageSetup): void {
  const A = app.Attribute;
  if (p.pageBreakBefore) body.appendPageBreak();
  const para = body.appendParagraph(p.text);
  const allBold = p.text !== '' && p.bold.length === 1 && p.bold[0]![0] === 0 && p.bold[0]![1] === p.text.length;
  para.setAttributes({
    [A.FONT_FAMILY]: page.fontFamily,
    [A.FONT_SIZE]: p.sizePt,
    [A.HORIZONTAL_ALIGNMENT]: alignment(app, p.align),
    [A.INDENT_FIRST_LINE]: p.indentFirstLinePt,
    [A.INDENT_START]: p.indentStartPt,
    [A.SPACING_BEFORE]: p.spaceBeforePt,
    [A.SPACING_AFTER]: p.spaceAfterPt,
    [A.BOLD]: allBold,
  });
  if (!allBold && p.bold.length > 0) {
    const t = para.editAsText();
    for (const [from, to] of p.bold) t.setBold(from, to - 1, true);
  }
}

function table(
  app: DocApp,
  body: Body,
  u: Extract<DocSection['units'][number], { kind: 'table' }>,
  page: PageSetup,
): void {
  const A = app.Attribute;
  const t = u.table;
  const lines = t.rows.map((r) => t.columns.map((_, i) => (r.group && i > 0 ? [''] : cellLines(r.cells[i]))));
  const headers = t.columns.map((c) => cellLines({ lines: [c.header] })[0] ?? '');
  const element = body.appendTable([headers, ...lines.map((r) => r.map((l) => l[0] ?? ''))]);
  // The other lines of a cell are paragraphs of their own, never line breaks inside one.
  lines.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.length < 2) return;
      const target = element.getCell(r + 1, c);
      for (const l of cell.slice(1)) target.appendParagraph(l);
    }),
  );
  element.editAsText().setAttributes({
    [A.FONT_FAMILY]: page.fontFamily,
    [A.FONT_SIZE]: page.tableFontSizePt,
    [A.BOLD]: false,
  });
  u.widthsPt.forEach((w, i) => element.setColumnWidth(i, w));
  const header = element.getRow(0);
  for (let c = 0; c < t.columns.length; c++) {
    header.getCell(c).setBackgroundColor(t.headerShading).editAsText().setBold(true);
  }
  t.rows.forEach((row, r) => {
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

export function renderWithDocumentApp(
  app: DocApp,
  model: ReportDocument,
  sections: DocSection[],
  images: Map<ScoreChart, Blob>,
  defaults: Defaults,
): RenderedDoc {
  const doc = app.create(model.title);
  const body = doc.getBody();
  const landscape = sections.some((s) => s.orientation === 'landscape');
  const notes: UserMessage[] = landscape && sections.some((s) => s.orientation === 'portrait') ? [ONE_ORIENTATION] : [];
  body.setAttributes(defaults(app, model.page, landscape ? 'landscape' : 'portrait'));
  sections.forEach((s, i) => {
    if (i > 0) body.appendPageBreak();
    for (const u of s.units) {
      // A kept group's paragraphs go in the body as they are: DocumentApp cannot stop a table row from
      // splitting, so a table would only cost calls.
      if (u.kind === 'paragraphs' || u.kind === 'kept')
        for (const p of u.paragraphs) paragraph(app, body, p, model.page);
      else if (u.kind === 'table') table(app, body, u, model.page);
      else {
        const image = images.get(u.chart);
        if (!image) continue;
        const para = body.appendParagraph('');
        para.setAttributes({ [app.Attribute.HORIZONTAL_ALIGNMENT]: app.HorizontalAlignment.CENTER });
        para
          .appendInlineImage(image)
          .setWidth(u.widthPt)
          .setHeight(Math.round(u.widthPt * 0.55));
      }
    }
  });
  // A new document starts with one empty paragraph; drop it now that there is content after it.
  body.getChild(0).removeFromParent();
  const id = doc.getId();
  const url = doc.getUrl();
  doc.saveAndClose();
  return { id, url, name: model.title, notes };
}
