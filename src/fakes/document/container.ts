import { asGas, type FakeContext } from '../fake-context';
import { ElementType } from '../enums';
import { FakeDocObject } from './doc-object';
import {
  PARAGRAPH_ATTRIBUTES,
  containerText,
  isTextAttribute,
  newParagraph,
  newTable,
  paragraphsIn,
  type Attrs,
  type BlockNode,
  type ContainerNode,
  type DocumentModel,
  type InlineNode,
  type ParagraphNode,
} from './doc-model';
import { imageFromBlob } from './image';
import { FakeHorizontalRule, FakeInlineImage, FakeListItem, FakeParagraph } from './paragraph';
import { FakeText } from './text';
import { blockView, viewClasses } from './views';

type Doc = typeof GoogleAppsScript.Document;
type GasElement = GoogleAppsScript.Document.Element;

/** Methods every container (Body, HeaderSection, FooterSection, TableCell) provides. */
export const CONTAINER_METHODS = [
  'appendHorizontalRule',
  'appendImage',
  'appendListItem',
  'appendParagraph',
  'appendTable',
  'clear',
  'editAsText',
  'getAttributes',
  'getChild',
  'getChildIndex',
  'getNumChildren',
  'getText',
  'getType',
  'insertListItem',
  'insertParagraph',
  'insertTable',
  'removeChild',
  'setAttributes',
  'setText',
] as const;

export abstract class FakeContainerLike<Self> extends FakeDocObject {
  constructor(
    ctx: FakeContext,
    doc: DocumentModel,
    /** The stored container. */
    readonly node: ContainerNode,
  ) {
    super(ctx, doc);
  }

  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    const para = this.#insert(this.node.children.length, newParagraph('PARAGRAPH', '', this.node)) as ParagraphNode;
    const inline: InlineNode = { kind: 'HORIZONTAL_RULE', offset: 0, attrs: {} };
    para.inlines.push(inline);
    return asGas(new FakeHorizontalRule(this.ctx, this.doc, inline));
  }

  appendImage(image: unknown): GoogleAppsScript.Document.InlineImage {
    const stored = imageFromBlob(this.ctx, image);
    const para = this.#insert(this.node.children.length, newParagraph('PARAGRAPH', '', this.node)) as ParagraphNode;
    const inline: InlineNode = { kind: 'INLINE_IMAGE', offset: 0, attrs: {}, image: stored };
    para.inlines.push(inline);
    return asGas(new FakeInlineImage(this.ctx, this.doc, inline));
  }

  appendListItem(text: unknown): GoogleAppsScript.Document.ListItem {
    return this.insertListItem(this.node.children.length, text);
  }

  appendParagraph(text: unknown): GoogleAppsScript.Document.Paragraph {
    return this.insertParagraph(this.node.children.length, text);
  }

  appendTable(cells?: unknown): GoogleAppsScript.Document.Table {
    return this.insertTable(this.node.children.length, cells);
  }

  /** Leaves one empty paragraph, as Docs does. */
  clear(): Self {
    this.node.children = [newParagraph('PARAGRAPH', '', this.node)];
    return asGas<Self>(this);
  }

  editAsText(): GoogleAppsScript.Document.Text {
    return asGas(new FakeText(this.ctx, this.doc, this.node.children.filter(isParagraph)));
  }

  getAttributes(): Attrs {
    return { ...this.node.attrs };
  }

  getChild(childIndex: number): GasElement {
    const child = this.node.children[childIndex];
    if (!child)
      this.ctx.fail(
        `Child index (${childIndex}) must be less than the number of child elements (${this.node.children.length}).`,
      );
    return asGas(blockView(this.ctx, this.doc, child));
  }

  getChildIndex(child: GasElement): number {
    const node = (child as unknown as { node?: BlockNode }).node;
    const at = node ? this.node.children.indexOf(node) : -1;
    if (at < 0) this.ctx.fail('Element does not contain the specified child element.');
    return at;
  }

  getNumChildren(): number {
    return this.node.children.length;
  }

  getText(): string {
    return containerText(this.node);
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return asGas(ElementType[this.node.type]);
  }

  insertListItem(childIndex: number, text: unknown): GoogleAppsScript.Document.ListItem {
    this.#requireText(text);
    const node = this.#insert(childIndex, newParagraph('LIST_ITEM', text, this.node)) as ParagraphNode;
    return asGas(new FakeListItem(this.ctx, this.doc, node));
  }

  insertParagraph(childIndex: number, text: unknown): GoogleAppsScript.Document.Paragraph {
    this.#requireText(text);
    const node = this.#insert(childIndex, newParagraph('PARAGRAPH', text, this.node)) as ParagraphNode;
    return asGas(new FakeParagraph(this.ctx, this.doc, node));
  }

  insertTable(childIndex: number, cells?: unknown): GoogleAppsScript.Document.Table {
    const rows = cells === undefined || cells === null ? [] : cells;
    if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r)))
      this.ctx.fail('Invalid argument: cells (a string[][] is required)');
    const widths = new Set((rows as unknown[][]).map((r) => r.length));
    if (widths.size > 1) this.ctx.fail('Invalid argument: cells (every row needs the same number of cells)');
    const table = newTable(
      (rows as unknown[][]).map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)))),
      this.node,
    );
    this.#insert(childIndex, table);
    return asGas(new viewClasses.table(this.ctx, this.doc, table));
  }

  removeChild(child: GasElement): Self {
    (child as unknown as { removeFromParent: () => unknown }).removeFromParent();
    return asGas<Self>(this);
  }

  /** Character attributes apply to every paragraph inside; paragraph attributes to each paragraph. */
  setAttributes(attributes: Attrs): Self {
    Object.assign(this.node.attrs, attributes);
    const text = Object.fromEntries(Object.entries(attributes).filter(([k]) => isTextAttribute(k)));
    const para = Object.fromEntries(
      Object.entries(attributes).filter(([k]) => (PARAGRAPH_ATTRIBUTES as readonly string[]).includes(k)),
    );
    for (const p of paragraphsIn(this.node)) {
      if (Object.keys(text).length) new FakeText(this.ctx, this.doc, [p]).setAttributes(text);
      Object.assign(p.attrs, para);
    }
    return asGas<Self>(this);
  }

  setText(text: string): Self {
    this.node.children = [newParagraph('PARAGRAPH', String(text), this.node)];
    return asGas<Self>(this);
  }

  #requireText(text: unknown): asserts text is string {
    if (typeof text !== 'string')
      this.ctx.fail('Invalid argument: text (the fake accepts strings, not copied elements)');
  }

  #insert(childIndex: number, node: BlockNode): BlockNode {
    if (!Number.isInteger(childIndex) || childIndex < 0 || childIndex > this.node.children.length) {
      this.ctx.fail(
        `Child index (${childIndex}) must not be greater than the number of child elements (${this.node.children.length}).`,
      );
    }
    node.parent = this.node;
    this.node.children.splice(childIndex, 0, node);
    return node;
  }
}

function isParagraph(block: BlockNode): block is ParagraphNode {
  return block.type !== 'TABLE';
}

export type { Doc };
