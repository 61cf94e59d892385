import { asGas, type FakeContext } from '../fake-context';
import { CONTAINER_METHODS, FakeContainerLike } from './container';
import { instrumentDoc } from './doc-object';
import {
  PAGE_ATTRIBUTES,
  newParagraph,
  paragraphsIn,
  tablesIn,
  type Attrs,
  type DocumentModel,
  type ParagraphNode,
  type SectionNode,
} from './doc-model';
import { FakeListItem, FakePageBreak, FakeParagraph } from './paragraph';
import { FakeTable } from './table';
import { viewClasses } from './views';

type GasBody = GoogleAppsScript.Document.Body;
type GasHeader = GoogleAppsScript.Document.HeaderSection;
type GasFooter = GoogleAppsScript.Document.FooterSection;

/** Section methods beyond the shared container ones. */
const SECTION_METHODS = ['getListItems', 'getParagraphs', 'getTables'] as const;

abstract class FakeSection<Self> extends FakeContainerLike<Self> {
  getListItems(): GoogleAppsScript.Document.ListItem[] {
    return this.#paragraphs()
      .filter((p) => p.type === 'LIST_ITEM')
      .map((p) => asGas<GoogleAppsScript.Document.ListItem>(new FakeListItem(this.ctx, this.doc, p)));
  }

  /** Every paragraph (list items and paragraphs inside tables included), as Body.getParagraphs does. */
  getParagraphs(): GoogleAppsScript.Document.Paragraph[] {
    return this.#paragraphs().map((p) =>
      asGas<GoogleAppsScript.Document.Paragraph>(new FakeParagraph(this.ctx, this.doc, p)),
    );
  }

  getTables(): GoogleAppsScript.Document.Table[] {
    return tablesIn(this.node).map((t) => asGas<GoogleAppsScript.Document.Table>(new FakeTable(this.ctx, this.doc, t)));
  }

  #paragraphs(): ParagraphNode[] {
    return paragraphsIn(this.node);
  }
}

export const BODY_METHODS = [
  ...CONTAINER_METHODS,
  ...SECTION_METHODS,
  'appendPageBreak',
  'getMarginBottom',
  'getMarginLeft',
  'getMarginRight',
  'getMarginTop',
  'getPageHeight',
  'getPageWidth',
  'insertPageBreak',
  'setMarginBottom',
  'setMarginLeft',
  'setMarginRight',
  'setMarginTop',
  'setPageHeight',
  'setPageWidth',
] as const satisfies readonly (keyof GasBody)[];

const PAGE_KEYS: Record<string, keyof DocumentModel['page']> = {
  MARGIN_TOP: 'marginTop',
  MARGIN_BOTTOM: 'marginBottom',
  MARGIN_LEFT: 'marginLeft',
  MARGIN_RIGHT: 'marginRight',
  PAGE_WIDTH: 'width',
  PAGE_HEIGHT: 'height',
};

/** The document body; page size and margins are in points (A4 is 595.276 × 841.89). */
export class FakeBody extends FakeSection<GasBody> implements Pick<GasBody, (typeof BODY_METHODS)[number]> {
  constructor(ctx: FakeContext, doc: DocumentModel, node: SectionNode) {
    super(ctx, doc, node);
  }

  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    return this.insertPageBreak(this.node.children.length);
  }

  /** Page settings come from the document; other attributes as for any container. */
  override getAttributes(): Attrs {
    const out = super.getAttributes();
    for (const key of PAGE_ATTRIBUTES) out[key] = this.doc.page[PAGE_KEYS[key]!];
    return out;
  }

  getMarginBottom(): number {
    return this.doc.page.marginBottom;
  }

  getMarginLeft(): number {
    return this.doc.page.marginLeft;
  }

  getMarginRight(): number {
    return this.doc.page.marginRight;
  }

  getMarginTop(): number {
    return this.doc.page.marginTop;
  }

  getPageHeight(): number {
    return this.doc.page.height;
  }

  getPageWidth(): number {
    return this.doc.page.width;
  }

  /** A page break lives in a paragraph of its own, as Body.appendPageBreak makes it. */
  insertPageBreak(childIndex: number): GoogleAppsScript.Document.PageBreak {
    const para = newParagraph('PARAGRAPH', '', this.node);
    const inline = { kind: 'PAGE_BREAK' as const, offset: 0, attrs: {} };
    para.inlines.push(inline);
    if (!Number.isInteger(childIndex) || childIndex < 0 || childIndex > this.node.children.length) {
      this.ctx.fail(
        `Child index (${childIndex}) must not be greater than the number of child elements (${this.node.children.length}).`,
      );
    }
    this.node.children.splice(childIndex, 0, para);
    return asGas(new FakePageBreak(this.ctx, this.doc, inline));
  }

  override setAttributes(attributes: Attrs): GasBody {
    const rest: Attrs = {};
    for (const [key, value] of Object.entries(attributes)) {
      const pageKey = PAGE_KEYS[key];
      if (pageKey) this.#setPage(pageKey, value);
      else rest[key] = value;
    }
    return super.setAttributes(rest);
  }

  setMarginBottom(points: number): GasBody {
    return this.#setPage('marginBottom', points);
  }

  setMarginLeft(points: number): GasBody {
    return this.#setPage('marginLeft', points);
  }

  setMarginRight(points: number): GasBody {
    return this.#setPage('marginRight', points);
  }

  setMarginTop(points: number): GasBody {
    return this.#setPage('marginTop', points);
  }

  setPageHeight(points: number): GasBody {
    return this.#setPage('height', points);
  }

  setPageWidth(points: number): GasBody {
    return this.#setPage('width', points);
  }

  #setPage(key: keyof DocumentModel['page'], value: unknown): GasBody {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) this.ctx.fail(`Invalid argument: ${key}`);
    this.doc.page[key] = value;
    return asGas(this);
  }
}
instrumentDoc(FakeBody, 'Body', BODY_METHODS);
viewClasses.body = FakeBody;

export const HEADER_METHODS = [
  ...CONTAINER_METHODS,
  ...SECTION_METHODS,
] as const satisfies readonly (keyof GasHeader)[];

export class FakeHeaderSection
  extends FakeSection<GasHeader>
  implements Pick<GasHeader, (typeof HEADER_METHODS)[number]> {}
instrumentDoc(FakeHeaderSection, 'HeaderSection', HEADER_METHODS);
viewClasses.header = FakeHeaderSection;

export const FOOTER_METHODS = [
  ...CONTAINER_METHODS,
  ...SECTION_METHODS,
] as const satisfies readonly (keyof GasFooter)[];

export class FakeFooterSection
  extends FakeSection<GasFooter>
  implements Pick<GasFooter, (typeof FOOTER_METHODS)[number]> {}
instrumentDoc(FakeFooterSection, 'FooterSection', FOOTER_METHODS);
viewClasses.footer = FakeFooterSection;
