import { asGas, type FakeContext } from '../fake-context';
import { ElementType, GlyphType, HorizontalAlignment, ParagraphHeading } from '../enums';
import { FakeDocObject, instrumentDoc } from './doc-object';
import {
  PARAGRAPH_ATTRIBUTES,
  LIST_ATTRIBUTES,
  TEXT_ATTRIBUTES,
  isTextAttribute,
  type Attrs,
  type DocumentModel,
  type InlineNode,
  type ParagraphNode,
} from './doc-model';
import { FakeText, setParagraphText } from './text';
import { containerView, blockView, viewClasses } from './views';
import { imageFromBlob } from './image';

type GasParagraph = GoogleAppsScript.Document.Paragraph;
type GasListItem = GoogleAppsScript.Document.ListItem;
type GasElement = GoogleAppsScript.Document.Element;

/** Methods Paragraph and ListItem share. */
const PARAGRAPH_LIKE_METHODS = [
  'appendHorizontalRule',
  'appendInlineImage',
  'appendPageBreak',
  'appendText',
  'clear',
  'editAsText',
  'getAlignment',
  'getAttributes',
  'getHeading',
  'getIndentEnd',
  'getIndentFirstLine',
  'getIndentStart',
  'getLineSpacing',
  'getLinkUrl',
  'getNextSibling',
  'getParent',
  'getPreviousSibling',
  'getSpacingAfter',
  'getSpacingBefore',
  'getText',
  'getType',
  'isLeftToRight',
  'removeFromParent',
  'setAlignment',
  'setAttributes',
  'setHeading',
  'setIndentEnd',
  'setIndentFirstLine',
  'setIndentStart',
  'setLeftToRight',
  'setLineSpacing',
  'setLinkUrl',
  'setSpacingAfter',
  'setSpacingBefore',
  'setText',
] as const satisfies readonly (keyof GasParagraph & keyof GasListItem)[];

/**
 * Shared behaviour of Paragraph and ListItem. Unset getters answer like a fresh Docs paragraph: NORMAL
 * heading, LEFT alignment, 0 indents and spacing, line spacing 1; getAttributes reports null for unset keys.
 */
abstract class FakeParagraphLike<Self> extends FakeDocObject {
  constructor(
    ctx: FakeContext,
    doc: DocumentModel,
    /** The stored paragraph. */
    readonly node: ParagraphNode,
  ) {
    super(ctx, doc);
  }

  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return asGas(new FakeHorizontalRule(this.ctx, this.doc, this.#inline('HORIZONTAL_RULE')));
  }

  appendInlineImage(image: unknown): GoogleAppsScript.Document.InlineImage {
    const inline = this.#inline('INLINE_IMAGE');
    inline.image = imageFromBlob(this.ctx, image);
    return asGas(new FakeInlineImage(this.ctx, this.doc, inline));
  }

  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    if (this.node.parent?.type === 'TABLE_CELL') this.ctx.fail('Page breaks cannot be inserted inside a table.');
    return asGas(new FakePageBreak(this.ctx, this.doc, this.#inline('PAGE_BREAK')));
  }

  appendText(text: unknown): GoogleAppsScript.Document.Text {
    if (typeof text !== 'string') this.ctx.fail('Invalid argument: text (the fake accepts strings, not Text elements)');
    return new FakeText(this.ctx, this.doc, [this.node]).appendText(text);
  }

  clear(): Self {
    setParagraphText(this.node, '');
    return asGas<Self>(this);
  }

  editAsText(): GoogleAppsScript.Document.Text {
    return asGas(new FakeText(this.ctx, this.doc, [this.node]));
  }

  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    return asGas(this.node.attrs.HORIZONTAL_ALIGNMENT ?? HorizontalAlignment.LEFT);
  }

  getAttributes(): Attrs {
    const text = new FakeText(this.ctx, this.doc, [this.node]).getAttributes();
    const out: Attrs = { ...text };
    for (const key of [...PARAGRAPH_ATTRIBUTES, ...LIST_ATTRIBUTES]) out[key] = this.node.attrs[key] ?? null;
    if (this.node.text === '') for (const key of TEXT_ATTRIBUTES) out[key] = this.node.markAttrs[key] ?? null;
    return out;
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    return asGas(this.node.attrs.HEADING ?? ParagraphHeading.NORMAL);
  }

  getIndentEnd(): number {
    return (this.node.attrs.INDENT_END as number | undefined) ?? 0;
  }

  getIndentFirstLine(): number {
    return (this.node.attrs.INDENT_FIRST_LINE as number | undefined) ?? 0;
  }

  getIndentStart(): number {
    return (this.node.attrs.INDENT_START as number | undefined) ?? 0;
  }

  getLineSpacing(): number {
    return (this.node.attrs.LINE_SPACING as number | undefined) ?? 1;
  }

  getLinkUrl(): string {
    return this.getAttributes().LINK_URL as string;
  }

  getNextSibling(): GasElement {
    return this.#sibling(1);
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    if (!this.node.parent) return asGas(null);
    return asGas(containerView(this.ctx, this.doc, this.node.parent));
  }

  getPreviousSibling(): GasElement {
    return this.#sibling(-1);
  }

  getSpacingAfter(): number {
    return (this.node.attrs.SPACING_AFTER as number | undefined) ?? 0;
  }

  getSpacingBefore(): number {
    return (this.node.attrs.SPACING_BEFORE as number | undefined) ?? 0;
  }

  getText(): string {
    return this.node.text;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return asGas(ElementType[this.node.type]);
  }

  isLeftToRight(): boolean {
    return (this.node.attrs.LEFT_TO_RIGHT as boolean | undefined) ?? true;
  }

  /** Docs keeps a paragraph at the end of every section and cell: that last one cannot be removed. */
  removeFromParent(): Self {
    const parent = this.node.parent;
    if (parent) {
      const at = parent.children.indexOf(this.node);
      if (at === parent.children.length - 1) this.ctx.fail("Can't remove the last paragraph in a document section.");
      parent.children.splice(at, 1);
      this.node.parent = null;
    }
    return asGas<Self>(this);
  }

  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): Self {
    return this.#set('HORIZONTAL_ALIGNMENT', String(alignment));
  }

  /** Paragraph attributes go to the paragraph; character attributes to all its text (and later text). */
  setAttributes(attributes: Attrs): Self {
    const text: Attrs = {};
    for (const [key, value] of Object.entries(attributes)) {
      if (isTextAttribute(key)) text[key] = value;
      else if (
        (PARAGRAPH_ATTRIBUTES as readonly string[]).includes(key) ||
        (LIST_ATTRIBUTES as readonly string[]).includes(key)
      ) {
        this.node.attrs[key] =
          value === null
            ? undefined
            : key === 'HEADING' || key === 'HORIZONTAL_ALIGNMENT' || key === 'GLYPH_TYPE'
              ? String(value)
              : value;
        if (value === null) delete this.node.attrs[key];
      }
    }
    if (Object.keys(text).length) new FakeText(this.ctx, this.doc, [this.node]).setAttributes(text);
    return asGas<Self>(this);
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): Self {
    return this.#set('HEADING', String(heading));
  }

  setIndentEnd(points: number): Self {
    return this.#set('INDENT_END', points);
  }

  setIndentFirstLine(points: number): Self {
    return this.#set('INDENT_FIRST_LINE', points);
  }

  setIndentStart(points: number): Self {
    return this.#set('INDENT_START', points);
  }

  setLeftToRight(leftToRight: boolean): Self {
    return this.#set('LEFT_TO_RIGHT', leftToRight);
  }

  setLineSpacing(multiplier: number): Self {
    return this.#set('LINE_SPACING', multiplier);
  }

  setLinkUrl(url: string): Self {
    new FakeText(this.ctx, this.doc, [this.node]).setLinkUrl(url);
    return asGas<Self>(this);
  }

  setSpacingAfter(points: number): Self {
    return this.#set('SPACING_AFTER', points);
  }

  setSpacingBefore(points: number): Self {
    return this.#set('SPACING_BEFORE', points);
  }

  setText(text: string): void {
    setParagraphText(this.node, String(text));
  }

  #set(key: string, value: unknown): Self {
    if (typeof value === 'number' && !Number.isFinite(value)) this.ctx.fail(`Invalid argument: ${key}`);
    this.node.attrs[key] = value;
    return asGas<Self>(this);
  }

  #inline(kind: InlineNode['kind']): InlineNode {
    const inline: InlineNode = { kind, offset: this.node.text.length, attrs: {} };
    this.node.inlines.push(inline);
    return inline;
  }

  #sibling(step: number): GasElement {
    const siblings = this.node.parent?.children ?? [];
    const next = siblings[siblings.indexOf(this.node) + step];
    return asGas(next ? blockView(this.ctx, this.doc, next) : null);
  }
}

export const PARAGRAPH_METHODS = [
  ...PARAGRAPH_LIKE_METHODS,
  'asParagraph',
] as const satisfies readonly (keyof GasParagraph)[];

export class FakeParagraph
  extends FakeParagraphLike<GasParagraph>
  implements Pick<GasParagraph, (typeof PARAGRAPH_METHODS)[number]>
{
  asParagraph(): GasParagraph {
    return asGas(this);
  }
}
instrumentDoc(FakeParagraph, 'Paragraph', PARAGRAPH_METHODS);
viewClasses.paragraph = FakeParagraph;

export const LIST_ITEM_METHODS = [
  ...PARAGRAPH_LIKE_METHODS,
  'asListItem',
  'getGlyphType',
  'getListId',
  'getNestingLevel',
  'setGlyphType',
  'setNestingLevel',
] as const satisfies readonly (keyof GasListItem)[];

export class FakeListItem
  extends FakeParagraphLike<GasListItem>
  implements Pick<GasListItem, (typeof LIST_ITEM_METHODS)[number]>
{
  asListItem(): GasListItem {
    return asGas(this);
  }

  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    return asGas(this.node.attrs.GLYPH_TYPE ?? GlyphType.BULLET);
  }

  getListId(): string {
    return String(this.node.attrs.LIST_ID ?? 'kix.list.1');
  }

  getNestingLevel(): number {
    return (this.node.attrs.NESTING_LEVEL as number | undefined) ?? 0;
  }

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): GasListItem {
    this.node.attrs.GLYPH_TYPE = String(glyphType);
    return asGas(this);
  }

  setNestingLevel(nestingLevel: number): GasListItem {
    this.node.attrs.NESTING_LEVEL = nestingLevel;
    return asGas(this);
  }
}
instrumentDoc(FakeListItem, 'ListItem', LIST_ITEM_METHODS);
viewClasses.listItem = FakeListItem;

const INLINE_METHODS = ['getAttributes', 'getType', 'setAttributes'] as const;

abstract class FakeInline<Self> extends FakeDocObject {
  constructor(
    ctx: FakeContext,
    doc: DocumentModel,
    readonly inline: InlineNode,
  ) {
    super(ctx, doc);
  }

  getAttributes(): Attrs {
    return { ...this.inline.attrs };
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return asGas(ElementType[this.inline.kind]);
  }

  setAttributes(attributes: Attrs): Self {
    Object.assign(this.inline.attrs, attributes);
    return asGas<Self>(this);
  }
}

export const PAGE_BREAK_METHODS = [
  ...INLINE_METHODS,
] as const satisfies readonly (keyof GoogleAppsScript.Document.PageBreak)[];
export class FakePageBreak
  extends FakeInline<GoogleAppsScript.Document.PageBreak>
  implements Pick<GoogleAppsScript.Document.PageBreak, (typeof PAGE_BREAK_METHODS)[number]> {}
instrumentDoc(FakePageBreak, 'PageBreak', PAGE_BREAK_METHODS);

export const HORIZONTAL_RULE_METHODS = [
  ...INLINE_METHODS,
] as const satisfies readonly (keyof GoogleAppsScript.Document.HorizontalRule)[];
export class FakeHorizontalRule
  extends FakeInline<GoogleAppsScript.Document.HorizontalRule>
  implements Pick<GoogleAppsScript.Document.HorizontalRule, (typeof HORIZONTAL_RULE_METHODS)[number]> {}
instrumentDoc(FakeHorizontalRule, 'HorizontalRule', HORIZONTAL_RULE_METHODS);

export const INLINE_IMAGE_METHODS = [
  ...INLINE_METHODS,
  'getAltTitle',
  'getHeight',
  'getWidth',
  'setAltTitle',
  'setHeight',
  'setWidth',
] as const satisfies readonly (keyof GoogleAppsScript.Document.InlineImage)[];

/** An image in a paragraph; its size starts at the picture's pixel size (PNG/JPEG headers are read). */
export class FakeInlineImage
  extends FakeInline<GoogleAppsScript.Document.InlineImage>
  implements Pick<GoogleAppsScript.Document.InlineImage, (typeof INLINE_IMAGE_METHODS)[number]>
{
  getAltTitle(): string {
    return this.inline.image?.altTitle ?? '';
  }

  getHeight(): number {
    return this.inline.image?.height ?? 0;
  }

  getWidth(): number {
    return this.inline.image?.width ?? 0;
  }

  setAltTitle(title: string): GoogleAppsScript.Document.InlineImage {
    if (this.inline.image) this.inline.image.altTitle = title;
    return asGas(this);
  }

  setHeight(height: number): GoogleAppsScript.Document.InlineImage {
    if (this.inline.image) this.inline.image.height = height;
    return asGas(this);
  }

  setWidth(width: number): GoogleAppsScript.Document.InlineImage {
    if (this.inline.image) this.inline.image.width = width;
    return asGas(this);
  }
}
instrumentDoc(FakeInlineImage, 'InlineImage', INLINE_IMAGE_METHODS);
