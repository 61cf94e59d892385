import { asGas, FakeObject, instrument, type FakeContext } from '../fake-context';
import { newDocumentModel, newSection, type BlockNode, type DocumentModel, type SectionNode } from './doc-model';
import { applyDocsRequests, DocsError } from './docs-apply';
import type { DocumentStore } from './document';

type Collection = GoogleAppsScript.Docs.Collection.DocumentsCollection;

export const DOCS_DOCUMENTS_METHODS = ['batchUpdate', 'create', 'get'] as const satisfies readonly (keyof Collection)[];

/**
 * The Docs advanced service (Docs.Documents). batchUpdate records the requests on the document (tests read
 * them with describeDocument) and answers createHeader/createFooter with ids (creating the section so
 * DocumentApp sees it); text, section, paragraph, text-style and table requests are applied to the document
 * as Docs would (docs-apply.ts). get() returns the document's structure with Docs-style start/end indices
 * (paragraph = text + newline; tables count one index per table, row and cell start; a section break one).
 */
export class FakeDocsDocuments extends FakeObject implements Pick<Collection, (typeof DOCS_DOCUMENTS_METHODS)[number]> {
  constructor(
    ctx: FakeContext,
    private readonly store: DocumentStore,
  ) {
    super(ctx);
  }

  batchUpdate(
    resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
    documentId: string,
  ): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    const doc = this.#find(documentId);
    const requests = Array.isArray(resource?.requests) ? resource.requests : [];
    if (requests.length === 0)
      this.ctx.fail('API call to docs.documents.batchUpdate failed with error: Must specify at least one request.');
    doc.apiBatches.push({ requests: JSON.parse(JSON.stringify(requests)) as unknown[], afterSave: doc.closed });
    try {
      applyDocsRequests(doc, requests);
    } catch (err) {
      if (err instanceof DocsError)
        this.ctx.fail(`API call to docs.documents.batchUpdate failed with error: ${err.message}`);
      throw err;
    }
    const replies = requests.map((request) => {
      const r = request as Record<string, unknown>;
      if (r.createHeader) {
        doc.header ??= newSection('HEADER_SECTION');
        return { createHeader: { headerId: `${doc.id}.header` } };
      }
      if (r.createFooter) {
        doc.footer ??= newSection('FOOTER_SECTION');
        return { createFooter: { footerId: `${doc.id}.footer` } };
      }
      return {};
    });
    return asGas({ documentId, replies, writeControl: { requiredRevisionId: `rev-${doc.apiBatches.length}` } });
  }

  create(resource: GoogleAppsScript.Docs.Schema.Document): GoogleAppsScript.Docs.Schema.Document {
    const doc = newDocumentModel(`fake-doc-${this.store.nextId++}`, resource?.title ?? 'Untitled document');
    this.store.documents.push(doc);
    return this.get(doc.id);
  }

  get(documentId: string): GoogleAppsScript.Docs.Schema.Document {
    const doc = this.#find(documentId);
    const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });
    return asGas({
      documentId: doc.id,
      title: doc.name,
      documentStyle: {
        pageSize: { width: pt(doc.page.width), height: pt(doc.page.height) },
        marginTop: pt(doc.page.marginTop),
        marginBottom: pt(doc.page.marginBottom),
        marginLeft: pt(doc.page.marginLeft),
        marginRight: pt(doc.page.marginRight),
        ...(doc.header ? { defaultHeaderId: `${doc.id}.header` } : {}),
        ...(doc.footer ? { defaultFooterId: `${doc.id}.footer` } : {}),
      },
      body: { content: [{ startIndex: 0, endIndex: 1, sectionBreak: {} }, ...structure(doc.body.children, 1).content] },
      headers: doc.header ? { [`${doc.id}.header`]: section(doc.header, `${doc.id}.header`, 'headerId') } : {},
      footers: doc.footer ? { [`${doc.id}.footer`]: section(doc.footer, `${doc.id}.footer`, 'footerId') } : {},
    });
  }

  #find(documentId: string): DocumentModel {
    const doc = this.store.documents.find((d) => d.id === documentId);
    if (!doc) this.ctx.fail('API call to docs.documents.get failed with error: Requested entity was not found.');
    return doc;
  }
}
instrument(FakeDocsDocuments, 'Docs.Documents', DOCS_DOCUMENTS_METHODS);

function section(node: SectionNode, id: string, key: string): unknown {
  return { [key]: id, content: structure(node.children, 0).content };
}

/** Docs API structural elements with indices, starting at `start`. */
function structure(blocks: BlockNode[], start: number): { content: unknown[]; end: number } {
  const content: unknown[] = [];
  let index = start;
  for (const block of blocks) {
    if (block.sectionBreak) {
      content.push({
        startIndex: index,
        endIndex: index + 1,
        sectionBreak: { sectionStyle: { ...block.sectionBreak } },
      });
      index += 1;
    }
    if (block.type === 'TABLE') {
      const tableStart = index;
      index += 1;
      const tableRows = block.rows.map((row) => {
        const rowStart = index;
        index += 1;
        const tableCells = row.cells.map((cell) => {
          const cellStart = index;
          index += 1;
          const inner = structure(cell.children, index);
          index = inner.end;
          return { startIndex: cellStart, endIndex: index, content: inner.content };
        });
        return { startIndex: rowStart, endIndex: index, tableCells };
      });
      index += 1;
      content.push({
        startIndex: tableStart,
        endIndex: index,
        table: { rows: block.rows.length, columns: block.rows[0]?.cells.length ?? 0, tableRows },
      });
    } else {
      const length = block.text.length + block.inlines.length + 1;
      content.push({
        startIndex: index,
        endIndex: index + length,
        paragraph: {
          elements: [{ startIndex: index, endIndex: index + length, textRun: { content: `${block.text}\n` } }],
          paragraphStyle: {
            namedStyleType:
              block.attrs.HEADING === 'NORMAL' || !block.attrs.HEADING
                ? 'NORMAL_TEXT'
                : String(block.attrs.HEADING).replace('HEADING', 'HEADING_'),
          },
        },
      });
      index += length;
    }
  }
  return { content, end: index };
}

/** The `Docs` global: only Docs.Documents is provided. */
export interface FakeDocs {
  Documents: FakeDocsDocuments;
}
