// The report model as ONE Google Doc with as few service calls as the content allows.
// With the Docs advanced service: DocumentApp lays down a skeleton (one empty paragraph per run of
// paragraphs, every table and kept group in one appendTable, chart images), sets the document's default font and page
// once on the body, saves; then one Documents.get and one batchUpdate write the paragraphs' text and style,
// keep flags, table styling and the section breaks that give each report its own orientation.
// Without it: DocumentApp only (one append and one setAttributes per paragraph, no keep flags, no
// repeated header rows), and one orientation for the whole document — said in the export's notes.
import type { PageSetup, ReportDocument, ScoreChart, Orientation } from '../../core/report';
import { A4_CM } from '../../core/report';
import { documentRequests } from './api-requests';
import type { DocsApi } from './docs-api';
import { docSections, pt, type DocSection } from './doc-units';
import { renderWithDocumentApp, type RenderedDoc } from './render-fallback';

export { ONE_ORIENTATION, type RenderedDoc } from './render-fallback';
import { cellLines } from './table-requests';

type DocApp = GoogleAppsScript.Document.DocumentApp;
type Body = GoogleAppsScript.Document.Body;
type Blob = GoogleAppsScript.Base.BlobSource;

export interface RenderOptions {
  /** The Docs advanced service, when enabled. */
  docs?: DocsApi | null;
  /** Draws the indicator chart as an image; null/undefined → the chart is printed as a table of bars. */
  chartImage?: (chart: ScoreChart) => Blob | null;
}

/** Page size and the default font of every paragraph: one call on the body. */
function bodyDefaults(app: DocApp, page: PageSetup, orientation: Orientation): Record<string, unknown> {
  const A = app.Attribute;
  const [w, h] = orientation === 'portrait' ? [A4_CM.width, A4_CM.height] : [A4_CM.height, A4_CM.width];
  return {
    [A.PAGE_WIDTH]: pt(w),
    [A.PAGE_HEIGHT]: pt(h),
    [A.MARGIN_TOP]: pt(page.marginsCm.top),
    [A.MARGIN_BOTTOM]: pt(page.marginsCm.bottom),
    [A.MARGIN_LEFT]: pt(page.marginsCm.left),
    [A.MARGIN_RIGHT]: pt(page.marginsCm.right),
    [A.FONT_FAMILY]: page.fontFamily,
    [A.FONT_SIZE]: page.fontSizePt,
  };
}

/** Charts that can be drawn as images; a chart that fails falls back to its table of bars. */
function chartImages(model: ReportDocument, draw: RenderOptions['chartImage']): Map<ScoreChart, Blob> {
  const images = new Map<ScoreChart, Blob>();
  if (!draw) return images;
  for (const s of model.sections) {
    for (const b of s.blocks) {
      if (b.kind !== 'chart') continue;
      try {
        const image = draw(b);
        if (image) images.set(b, image);
      } catch {
        // drawn as a table of bars instead
      }
    }
  }
  return images;
}

/** The skeleton: empty paragraphs where text will go, tables with each cell's first line, chart images. */
function skeleton(body: Body, sections: DocSection[], images: Map<ScoreChart, Blob>): void {
  let first = true;
  for (const s of sections) {
    for (const u of s.units) {
      if (u.kind === 'paragraphs') {
        // A new document starts with one empty paragraph: the first run of paragraphs goes there.
        if (!first) body.appendParagraph('');
      } else if (u.kind === 'table') {
        body.appendTable([
          u.table.columns.map((c) => cellLines({ lines: [c.header] })[0] ?? ''),
          ...u.table.rows.map((r) =>
            u.table.columns.map((_, i) => (r.group && i > 0 ? '' : (cellLines(r.cells[i])[0] ?? ''))),
          ),
        ]);
      } else if (u.kind === 'kept') {
        // One empty cell: the batch writes the group's paragraphs into it.
        body.appendTable([['']]);
      } else {
        const image = images.get(u.chart);
        if (image) {
          body
            .appendParagraph('')
            .appendInlineImage(image)
            .setWidth(u.widthPt)
            .setHeight(Math.round(u.widthPt * 0.55));
        }
      }
      first = false;
    }
  }
}

/**
 * Creates the Google Doc of a report model and returns its id, link, name and notes. Nothing is written to
 * the spreadsheet here.
 */
export function renderGoogleDoc(app: DocApp, model: ReportDocument, options: RenderOptions = {}): RenderedDoc {
  const images = chartImages(model, options.chartImage);
  const sections = docSections(model, (c) => images.has(c));
  if (!options.docs) return renderWithDocumentApp(app, model, sections, images, bodyDefaults);
  const doc = app.create(model.title);
  const body = doc.getBody();
  skeleton(body, sections, images);
  body.setAttributes(bodyDefaults(app, model.page, 'portrait'));
  const id = doc.getId();
  const url = doc.getUrl();
  doc.saveAndClose();
  const content = options.docs.get(id).body?.content ?? [];
  const requests = documentRequests(sections, content, model.page);
  if (requests.length > 0) options.docs.batchUpdate(requests, id);
  return { id, url, name: model.title, notes: [] };
}
