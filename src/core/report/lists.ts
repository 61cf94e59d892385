// Enumerated items as the seeds number them: every item its own paragraph with its own number, the
// levels never colliding — a section item "๑." holds sub-items "(๑)" (reference §f.6: "๑. … ๒. …",
// "(๑) (๒)" typed by hand in the seeds). Users type their own markers; they are replaced, not doubled.
import type { ReportContext } from './context';
import { listItem, listLabel, type ListNumbering } from './blocks';
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

/** One paragraph per item with its own number, as the seeds number them ("๑." / "(๑)" / "๑)"); level 0 = a section's items. */
export function listParagraphs(ctx: ReportContext, items: string[], numbering: ListNumbering, level = 0): Paragraph[] {
  return items.map((text, i) => listItem(listLabel(i + 1, numbering, ctx.t), text, level));
}
