// Small constructors that keep the builders readable.
import type { Signer } from '../workbook/types';
import {
  contentOrientation,
  DEFAULT_PAGE,
  type Align,
  type Block,
  type KeptGroup,
  type Orientation,
  type PageSetup,
  type Paragraph,
  type Run,
  type Section,
  type SectionBreak,
  type SignatureBlock,
  type Table,
  type TableCell,
  type TableColumn,
  type TableRow,
} from './model';

export const HEADER_SHADING = '#D9D9D9';

/** Titles and headings are kept on the page of what follows them. */
export function title(text: string): Paragraph {
  return { kind: 'paragraph', style: 'title', runs: [{ text, bold: true }], align: 'center', keepWithNext: true };
}

export function heading(text: string): Paragraph {
  return {
    kind: 'paragraph',
    style: 'heading',
    runs: [{ text, bold: true }],
    align: 'left',
    spaceAfterPt: 6,
    keepWithNext: true,
  };
}

export function subheading(text: string, align: Align = 'left'): Paragraph {
  return { kind: 'paragraph', style: 'subheading', runs: [{ text, bold: true }], align, keepWithNext: true };
}

/** Running text with the first-line indent, left-aligned (Thai has no word spaces to justify on); a string or runs (for a bold score inside a sentence). */
export function body(content: string | Run[]): Paragraph {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  return { kind: 'paragraph', style: 'body', runs, align: 'left', spaceAfterPt: 6 };
}

/** A plain line: list items, the lines of a cover, memo fields. */
export function line(content: string | Run[], align: Align = 'left', indentCm?: number): Paragraph {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  return { kind: 'paragraph', style: 'line', runs, align, ...(indentCm !== undefined ? { indentCm } : {}) };
}

/**
 * Text that may hold line breaks (a cell the user typed over several lines) as one paragraph per line, each
 * made by `make`: a paragraph never contains a raw line break. Blank lines are dropped.
 */
export function paragraphsOf(text: string, make: (line: string) => Paragraph = body): Paragraph[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029|\v/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map(make);
}

/**
 * How the seeds number: 'dot' "๑." (the items of a section), 'paren' "(๑)" and 'close' "๑)" (the items
 * under them).
 */
export type ListNumbering = 'dot' | 'paren' | 'close';

/** The label of item `n` in a numbering, digits through `t` (the export's digit rule). */
export function listLabel(n: number, numbering: ListNumbering, t: (s: string) => string): string {
  const d = t(String(n));
  return numbering === 'dot' ? `${d}.` : numbering === 'paren' ? `(${d})` : `${d})`;
}

/**
 * One enumerated item: its own paragraph with its own number; wrapped lines align with the text after the
 * number. Level 0 sits at the first-line indent, each deeper level one step further in.
 */
export function listItem(label: string, content: string | Run[], level = 0): Paragraph {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  return { kind: 'paragraph', style: 'listItem', runs, align: 'left', list: { label, level } };
}

/** Items numbered from `start` (default 1) in one numbering and level: one paragraph each. */
export function numberedList(
  items: (string | Run[])[],
  options: { numbering: ListNumbering; t: (s: string) => string; level?: number; start?: number },
): Paragraph[] {
  const start = options.start ?? 1;
  return items.map((item, i) => listItem(listLabel(start + i, options.numbering, options.t), item, options.level ?? 0));
}

/**
 * Blocks a reader expects on one page (the memo's closing and its signature, a comment step): one kept
 * group, printed as a unit that never splits across pages (see KeptGroup).
 */
export function keptGroup(blocks: (Paragraph | SignatureBlock)[]): KeptGroup {
  return { kind: 'keptGroup', blocks };
}

/** What follows starts a new page in `orientation` (undefined: the content after the break decides). */
export function sectionBreak(orientation?: Orientation): SectionBreak {
  return orientation ? { kind: 'sectionBreak', orientation } : { kind: 'sectionBreak' };
}

/**
 * Blocks printed on landscape pages inside a portrait report (the analysis §5 measures table): a section
 * break before, and one after that lets the following content choose again.
 */
export function landscapePart(blocks: Block[]): Block[] {
  return [sectionBreak('landscape'), ...blocks, sectionBreak()];
}

/**
 * Puts every wide table, with the headings just before it, on landscape pages of its own and leaves the
 * rest portrait: the analysis §5 measures table between portrait narrative; a report that is a title and a
 * wide table becomes landscape as a whole.
 */
export function landscapeWhereWide(blocks: Block[], page: PageSetup = DEFAULT_PAGE): Block[] {
  const out: Block[] = [];
  let inWide = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const wide = b.kind === 'table' && contentOrientation([b], page) === 'landscape';
    if (wide && !inWide) {
      // The headings kept with the table go with it onto the landscape page.
      let k = out.length;
      while (k > 0) {
        const prev = out[k - 1]!;
        if (prev.kind !== 'paragraph' || !prev.keepWithNext) break;
        k--;
      }
      out.splice(k, 0, sectionBreak('landscape'));
      inWide = true;
    } else if (!wide && inWide && !(b.kind === 'paragraph' && b.keepWithNext && nextIsWide(blocks, i, page))) {
      out.push(sectionBreak());
      inWide = false;
    }
    out.push(b);
  }
  return out;
}

/** At most a few paragraphs, and no other table, outside the landscape parts. */
function mostlyWide(laid: Block[]): boolean {
  let landscape = false;
  let outside = 0;
  for (const b of laid) {
    if (b.kind === 'sectionBreak') landscape = b.orientation === 'landscape';
    else if (!landscape) {
      if (b.kind !== 'paragraph') return false;
      outside++;
    }
  }
  return outside <= 8;
}

function nextIsWide(blocks: Block[], from: number, page: PageSetup): boolean {
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'paragraph' && b.keepWithNext) continue;
    return b.kind === 'table' && contentOrientation([b], page) === 'landscape';
  }
  return false;
}

/**
 * A report section whose orientation follows its content: wide tables on landscape pages (see
 * landscapeWhereWide), memo, cover and narrative portrait; explicit sectionBreaks in `blocks` are kept as
 * they are. `override` (the export's landscape option) prints the whole section in that orientation.
 */
export function reportSection(
  id: string,
  name: string,
  blocks: Block[],
  override?: Orientation,
  page: PageSetup = DEFAULT_PAGE,
): Section {
  if (override) return { id, name, orientation: override, blocks };
  const explicit = blocks.some((b) => b.kind === 'sectionBreak');
  const laid = explicit ? blocks : landscapeWhereWide(blocks, page);
  if (!explicit && laid.length > blocks.length && mostlyWide(laid)) {
    // A report that is a wide table with a few title lines prints landscape as a whole.
    return { id, name, orientation: 'landscape', blocks };
  }
  const firstBreak = laid.findIndex((b) => b.kind === 'sectionBreak');
  const firstPart = firstBreak < 0 ? laid : laid.slice(0, firstBreak);
  return { id, name, orientation: contentOrientation(firstPart, page), blocks: laid };
}

export function blank(): Paragraph {
  return line('');
}

export function cell(lines: string[] | string, extra: Partial<TableCell> = {}): TableCell {
  return { lines: typeof lines === 'string' ? [lines] : lines, ...extra };
}

export function table(columns: TableColumn[], rows: TableRow[]): Table {
  return { kind: 'table', columns, rows, headerShading: HEADER_SHADING };
}

/** A full-width group row inside a table (reference §d.4: [004] puts group headings in the table). */
export function groupRow(text: string, columnCount: number): TableRow {
  const cells = [cell(text, { bold: true })];
  for (let i = 1; i < columnCount; i++) cells.push(cell(''));
  return { cells, group: true };
}

/** Honorifics that seed 004 prints inside the parentheses ("(นางสมศรี ใจดี)"); ranks keep their own line. */
const HONORIFICS = new Set(['นาย', 'นาง', 'นางสาว', 'น.ส.']);

/** A signature block: always kept on one page by the renderers (a kept group of its own when in none). */
export function signature(signer: Signer, t: (s: string) => string): SignatureBlock {
  const rank = (signer.rank ?? '').trim();
  const name = signer.name.trim();
  const honorific = HONORIFICS.has(rank) && name !== '' && !name.startsWith('(');
  return {
    kind: 'signature',
    ...(rank !== '' && !honorific ? { rank: t(rank) } : {}),
    name: nameInParentheses(t(honorific ? rank + name : name)),
    positionLines: signer.positionLines.map((l) => t(l.trim())).filter((l) => l !== ''),
  };
}

/** "(สุกิจ มูลศรี)": the printed name is always in parentheses (reference §d.7). */
export function nameInParentheses(name: string): string {
  if (name === '') return '(' + '\u00a0'.repeat(30) + ')';
  return name.startsWith('(') && name.endsWith(')') ? name : `(${name})`;
}

export function pageBreak(): Block {
  return { kind: 'pageBreak' };
}
