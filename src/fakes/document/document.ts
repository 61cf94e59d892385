import { asGas, type FakeContext } from '../fake-context';
import { Attribute, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading, VerticalAlignment } from '../enums';
import { FakeDocObject, instrumentDoc } from './doc-object';
import { newDocumentModel, newSection, type DocumentModel } from './doc-model';
import { FakeBody, FakeFooterSection, FakeHeaderSection } from './sections';
import { FakeObject, instrument } from '../fake-context';

type GasDocument = GoogleAppsScript.Document.Document;
type GasDocumentApp = GoogleAppsScript.Document.DocumentApp;
type Doc = typeof GoogleAppsScript.Document;

export const DOCUMENT_METHODS = [
  'addFooter',
  'addHeader',
  'getBody',
  'getFooter',
  'getHeader',
  'getId',
  'getName',
  'getUrl',
  'saveAndClose',
  'setName',
] as const satisfies readonly (keyof GasDocument)[];

export function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** A Google Doc; after saveAndClose() its elements refuse edits, as in Apps Script. */
export class FakeDocument extends FakeDocObject implements Pick<GasDocument, (typeof DOCUMENT_METHODS)[number]> {
  addFooter(): GoogleAppsScript.Document.FooterSection {
    if (this.doc.footer) this.ctx.fail('The document already has a footer.');
    this.doc.footer = newSection('FOOTER_SECTION');
    return asGas(new FakeFooterSection(this.ctx, this.doc, this.doc.footer));
  }

  addHeader(): GoogleAppsScript.Document.HeaderSection {
    if (this.doc.header) this.ctx.fail('The document already has a header.');
    this.doc.header = newSection('HEADER_SECTION');
    return asGas(new FakeHeaderSection(this.ctx, this.doc, this.doc.header));
  }

  getBody(): GoogleAppsScript.Document.Body {
    return asGas(new FakeBody(this.ctx, this.doc, this.doc.body));
  }

  getFooter(): GoogleAppsScript.Document.FooterSection {
    return asGas(this.doc.footer ? new FakeFooterSection(this.ctx, this.doc, this.doc.footer) : null);
  }

  getHeader(): GoogleAppsScript.Document.HeaderSection {
    return asGas(this.doc.header ? new FakeHeaderSection(this.ctx, this.doc, this.doc.header) : null);
  }

  getId(): string {
    return this.doc.id;
  }

  getName(): string {
    return this.doc.name;
  }

  getUrl(): string {
    return documentUrl(this.doc.id);
  }

  saveAndClose(): void {
    this.doc.saveCount++;
    this.doc.closed = true;
  }

  setName(name: string): GasDocument {
    this.doc.name = name;
    return asGas(this);
  }
}
instrumentDoc(FakeDocument, 'Document', DOCUMENT_METHODS);

/** Every document the code under test created, in order. */
export interface DocumentStore {
  documents: DocumentModel[];
  nextId: number;
}

export const DOCUMENT_APP_METHODS = [
  'create',
  'openById',
  'openByUrl',
] as const satisfies readonly (keyof GasDocumentApp)[];

type Enums =
  'Attribute' | 'ElementType' | 'GlyphType' | 'HorizontalAlignment' | 'ParagraphHeading' | 'VerticalAlignment';

export class FakeDocumentApp
  extends FakeObject
  implements Pick<GasDocumentApp, (typeof DOCUMENT_APP_METHODS)[number] | Enums>
{
  readonly Attribute = asGas<Doc['Attribute']>(Attribute);
  readonly ElementType = asGas<Doc['ElementType']>(ElementType);
  readonly GlyphType = asGas<Doc['GlyphType']>(GlyphType);
  readonly HorizontalAlignment = asGas<Doc['HorizontalAlignment']>(HorizontalAlignment);
  readonly ParagraphHeading = asGas<Doc['ParagraphHeading']>(ParagraphHeading);
  readonly VerticalAlignment = asGas<Doc['VerticalAlignment']>(VerticalAlignment);

  constructor(
    ctx: FakeContext,
    readonly store: DocumentStore,
  ) {
    super(ctx);
  }

  /** A new document: one empty paragraph, Letter page with 1-inch margins (set A4 explicitly). */
  create(name: string): GasDocument {
    if (typeof name !== 'string' || name === '') this.ctx.fail('Invalid argument: name');
    const doc = newDocumentModel(`fake-doc-${this.store.nextId++}`, name);
    this.store.documents.push(doc);
    return asGas(new FakeDocument(this.ctx, doc));
  }

  openById(id: string): GasDocument {
    const doc = this.store.documents.find((d) => d.id === id);
    if (!doc) this.ctx.fail(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    if (doc.closed) doc.closed = false;
    return asGas(new FakeDocument(this.ctx, doc));
  }

  openByUrl(url: string): GasDocument {
    const id = /\/d\/([^/]+)/.exec(url)?.[1] ?? '';
    return this.openById(id);
  }
}
instrument(FakeDocumentApp, 'DocumentApp', DOCUMENT_APP_METHODS);
