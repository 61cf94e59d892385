import { asGas, type FakeContext } from '../fake-context';
import { ElementType } from '../enums';
import { FakeDocObject, instrumentDoc } from './doc-object';
import { TEXT_ATTRIBUTES, isTextAttribute, type Attrs, type DocumentModel, type ParagraphNode } from './doc-model';

type GasText = GoogleAppsScript.Document.Text;

export const TEXT_METHODS = [
  'appendText',
  'asText',
  'deleteText',
  'editAsText',
  'getAttributes',
  'getBackgroundColor',
  'getFontFamily',
  'getFontSize',
  'getForegroundColor',
  'getLinkUrl',
  'getText',
  'getTextAttributeIndices',
  'getType',
  'insertText',
  'isBold',
  'isItalic',
  'isStrikethrough',
  'isUnderline',
  'setAttributes',
  'setBackgroundColor',
  'setBold',
  'setFontFamily',
  'setFontSize',
  'setForegroundColor',
  'setItalic',
  'setLinkUrl',
  'setStrikethrough',
  'setText',
  'setUnderline',
] as const satisfies readonly (keyof GasText)[];

/**
 * Editable text over one or more paragraphs (joined by '\n', as Docs shows them). `fixedLength` limits the
 * view to a run appended with appendText; otherwise it covers the paragraphs' whole text.
 */
export class FakeText extends FakeDocObject implements Pick<GasText, (typeof TEXT_METHODS)[number]> {
  constructor(
    ctx: FakeContext,
    doc: DocumentModel,
    private readonly paras: ParagraphNode[],
    private readonly base = 0,
    private readonly fixedLength: number | null = null,
  ) {
    super(ctx, doc);
  }

  appendText(text: string): GasText {
    const last = this.paras[this.paras.length - 1];
    if (!last) return this.ctx.fail('No paragraph to append text to.');
    const at = last.text.length;
    insertChars(last, at, String(text));
    const base = this.paras.slice(0, -1).reduce((n, p) => n + p.text.length + 1, 0) + at;
    return asGas(new FakeText(this.ctx, this.doc, this.paras, base, String(text).length));
  }

  asText(): GasText {
    return asGas(this);
  }

  deleteText(startOffset: number, endOffsetInclusive: number): GasText {
    this.#check(startOffset, endOffsetInclusive);
    const spots = this.#spots(startOffset, endOffsetInclusive).reverse();
    for (const [para, i] of spots) {
      para.text = para.text.slice(0, i) + para.text.slice(i + 1);
      para.chars.splice(i, 1);
    }
    return asGas(this);
  }

  editAsText(): GasText {
    return asGas(this);
  }

  getAttributes(offset?: number | null): Attrs {
    const spots =
      offset === undefined || offset === null ? this.#spots(0, this.#length() - 1) : this.#spots(offset, offset);
    const out: Attrs = {};
    for (const key of TEXT_ATTRIBUTES) {
      const values = new Set(spots.map(([p, i]) => p.chars[i]?.[key] ?? null));
      out[key] = values.size === 1 ? [...values][0] : null;
    }
    return out;
  }

  getBackgroundColor(offset?: number | null): string {
    return this.getAttributes(offset).BACKGROUND_COLOR as string;
  }

  getFontFamily(offset?: number | null): string {
    return this.getAttributes(offset).FONT_FAMILY as string;
  }

  getFontSize(offset?: number | null): number {
    return this.getAttributes(offset).FONT_SIZE as number;
  }

  getForegroundColor(offset?: number | null): string {
    return this.getAttributes(offset).FOREGROUND_COLOR as string;
  }

  getLinkUrl(offset?: number | null): string {
    return this.getAttributes(offset).LINK_URL as string;
  }

  getText(): string {
    const full = this.paras.map((p) => p.text).join('\n');
    return full.slice(this.base, this.base + this.#length());
  }

  /** Offsets where the character attributes change. */
  getTextAttributeIndices(): number[] {
    const spots = this.#spots(0, this.#length() - 1);
    const out: number[] = [];
    let previous = '';
    spots.forEach(([p, i], n) => {
      const key = JSON.stringify(p.chars[i] ?? {});
      if (n === 0 || key !== previous) out.push(n);
      previous = key;
    });
    return out.length ? out : [0];
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return asGas(ElementType.TEXT);
  }

  insertText(offset: number, text: string): GasText {
    if (this.paras.length !== 1) this.ctx.fail('Text.insertText over several paragraphs is not supported by the fake.');
    const para = this.paras[0]!;
    if (offset < 0 || offset > this.#length()) this.ctx.fail(`Invalid offset: ${offset}`);
    insertChars(para, this.base + offset, String(text));
    return asGas(new FakeText(this.ctx, this.doc, this.paras, this.base + offset, String(text).length));
  }

  isBold(offset?: number | null): boolean {
    return this.getAttributes(offset).BOLD as boolean;
  }

  isItalic(offset?: number | null): boolean {
    return this.getAttributes(offset).ITALIC as boolean;
  }

  isStrikethrough(offset?: number | null): boolean {
    return this.getAttributes(offset).STRIKETHROUGH as boolean;
  }

  isUnderline(offset?: number | null): boolean {
    return this.getAttributes(offset).UNDERLINE as boolean;
  }

  /** setAttributes(attrs) or setAttributes(start, endInclusive, attrs); only character attributes apply. */
  setAttributes(a: number | Attrs, b?: number, c?: Attrs): GasText {
    if (typeof a === 'number') return this.#apply(a, b!, c ?? {});
    return this.#applyAll(a);
  }

  setBackgroundColor(a: number | string | null, b?: number, c?: string | null): GasText {
    return this.#styled('BACKGROUND_COLOR', a, b, c);
  }

  setBold(a: number | boolean, b?: number, c?: boolean): GasText {
    return this.#styled('BOLD', a, b, c);
  }

  setFontFamily(a: number | string, b?: number, c?: string): GasText {
    return this.#styled('FONT_FAMILY', a, b, c);
  }

  setFontSize(a: number, b?: number, c?: number): GasText {
    if (b === undefined) return this.#applyAll({ FONT_SIZE: a });
    return this.#apply(a, b, { FONT_SIZE: c });
  }

  setForegroundColor(a: number | string | null, b?: number, c?: string | null): GasText {
    return this.#styled('FOREGROUND_COLOR', a, b, c);
  }

  setItalic(a: number | boolean, b?: number, c?: boolean): GasText {
    return this.#styled('ITALIC', a, b, c);
  }

  setLinkUrl(a: number | string | null, b?: number, c?: string | null): GasText {
    return this.#styled('LINK_URL', a, b, c);
  }

  setStrikethrough(a: number | boolean, b?: number, c?: boolean): GasText {
    return this.#styled('STRIKETHROUGH', a, b, c);
  }

  setText(text: string): GasText {
    if (this.paras.length !== 1 || this.fixedLength !== null) {
      this.ctx.fail('Text.setText over several paragraphs is not supported by the fake.');
    }
    setParagraphText(this.paras[0]!, String(text));
    return asGas(this);
  }

  setUnderline(a: number | boolean, b?: number, c?: boolean): GasText {
    return this.#styled('UNDERLINE', a, b, c);
  }

  #length(): number {
    if (this.fixedLength !== null) return this.fixedLength;
    return this.paras.reduce((n, p) => n + p.text.length, 0) + Math.max(0, this.paras.length - 1) - this.base;
  }

  #check(start: number, end: number): void {
    const length = this.#length();
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end >= length) {
      this.ctx.fail(`Index (${end}) must be less than the content length (${length}).`);
    }
  }

  /** (paragraph, index) of every character in [start, end] of this view, skipping paragraph separators. */
  #spots(start: number, end: number): Array<[ParagraphNode, number]> {
    const out: Array<[ParagraphNode, number]> = [];
    let offset = 0;
    const from = this.base + start;
    const to = this.base + end;
    for (const para of this.paras) {
      for (let i = 0; i < para.text.length; i++) {
        const global = offset + i;
        if (global >= from && global <= to) out.push([para, i]);
      }
      offset += para.text.length + 1;
    }
    return out;
  }

  #apply(start: number, end: number, attrs: Attrs): GasText {
    this.#check(start, end);
    const text = textOnly(attrs);
    for (const [para, i] of this.#spots(start, end)) para.chars[i] = { ...para.chars[i], ...text };
    return asGas(this);
  }

  #applyAll(attrs: Attrs): GasText {
    const text = textOnly(attrs);
    const length = this.#length();
    if (length > 0) for (const [para, i] of this.#spots(0, length - 1)) para.chars[i] = { ...para.chars[i], ...text };
    if (this.fixedLength === null) for (const para of this.paras) para.markAttrs = { ...para.markAttrs, ...text };
    return asGas(this);
  }

  #styled(key: string, a: unknown, b: unknown, c: unknown): GasText {
    if (typeof a === 'number' && typeof b === 'number') return this.#apply(a, b, { [key]: c ?? null });
    return this.#applyAll({ [key]: a ?? null });
  }
}
instrumentDoc(FakeText, 'Text', TEXT_METHODS);

function textOnly(attrs: Attrs): Attrs {
  return Object.fromEntries(Object.entries(attrs).filter(([k]) => isTextAttribute(String(k))));
}

/** Inserts characters that take the formatting of the character before them (or the paragraph mark's). */
function insertChars(para: ParagraphNode, at: number, text: string): void {
  const template = (at > 0 ? para.chars[at - 1] : para.chars[0]) ?? para.markAttrs;
  para.text = para.text.slice(0, at) + text + para.text.slice(at);
  para.chars.splice(at, 0, ...Array.from({ length: text.length }, () => ({ ...template })));
  for (const inline of para.inlines) if (inline.offset > at) inline.offset += text.length;
}

/** Replaces a paragraph's text; the new text takes the formatting of the old first character. */
export function setParagraphText(para: ParagraphNode, text: string): void {
  const template = para.chars[0] ?? para.markAttrs;
  para.text = text;
  para.chars = Array.from({ length: text.length }, () => ({ ...template }));
  para.inlines = [];
}
