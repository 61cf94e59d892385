// Enumerated items as the seeds number them: every item its own paragraph with its own number, the
// levels never colliding — a section item "๑." holds sub-items "(๑)" (reference §f.6: "๑. … ๒. …",
// "(๑) (๒)" typed by hand in the seeds). Users type their own markers; they are replaced, not doubled.
import type { ReportContext } from './context';
import { line } from './blocks';
import type { Paragraph } from './model';
import { cellLines } from './text';

/** A leading list marker as users type it: "๑.", "1)", "(1)", "-", "•", "๑ ." … */
const MARKER = /^\s*(?:\(?[0-9๐-๙]{1,3}\s*[.)]|\([0-9๐-๙]{1,3}\)|[-–•●▪*])\s*/;

/** The items of a multi-line text with the user's markers removed (blank lines dropped, digits localised). */
export function listItems(ctx: ReportContext, text: string): string[] {
  return cellLines(text, ctx.digits)
    .map((l) => l.replace(MARKER, '').trim())
    .filter((l) => l !== '');
}

/** True when the text is more than one item, or one item that the user numbered. */
export function isList(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  return lines.length > 1 || (lines.length === 1 && MARKER.test(lines[0] ?? ''));
}

export type ListStyle = 'number' | 'paren' | 'dash';

/** The marker of item `i` (0-based): "๑." / "(๑)" / "-". */
export function marker(ctx: ReportContext, style: ListStyle, i: number): string {
  if (style === 'dash') return '-';
  return style === 'paren' ? `(${ctx.n(i + 1)})` : `${ctx.n(i + 1)}.`;
}

/** One paragraph per item, numbered in the given style, indented by level (1.25 cm a level). */
export function listParagraphs(ctx: ReportContext, items: string[], style: ListStyle, level = 1): Paragraph[] {
  return items.map((text, i) => line(`${marker(ctx, style, i)} ${text}`, 'left', 1.25 * level));
}
