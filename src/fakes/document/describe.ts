import {
  TEXT_ATTRIBUTES,
  type Attrs,
  type BlockNode,
  type DocumentModel,
  type ParagraphNode,
  type SectionNode,
  type TableNode,
} from './doc-model';
import { documentUrl } from './document';

/** A run of characters with the same attributes (only attributes that were set). */
export interface DescribedRun {
  text: string;
  attributes: Attrs;
}

export interface DescribedParagraph {
  type: 'PARAGRAPH' | 'LIST_ITEM';
  text: string;
  /** Paragraph attributes that were set (HEADING, HORIZONTAL_ALIGNMENT, INDENT_*, SPACING_*, LINE_SPACING…). */
  attributes: Attrs;
  runs: DescribedRun[];
  /** Page breaks, horizontal rules and images inside the paragraph. */
  inlines: Array<{ kind: string; offset: number; width?: number; height?: number; contentType?: string | null }>;
}

export interface DescribedCell {
  text: string;
  /** BACKGROUND_COLOR, PADDING_*, VERTICAL_ALIGNMENT, WIDTH… as set. */
  attributes: Attrs;
  merged: boolean;
  blocks: DescribedBlock[];
}

export interface DescribedTable {
  type: 'TABLE';
  attributes: Attrs;
  /** Width in points per column, null where not set. */
  columnWidths: Array<number | null>;
  rows: Array<{ attributes: Attrs; cells: DescribedCell[] }>;
}

export type DescribedBlock = DescribedParagraph | DescribedTable;

/** A run of pages: the body block it starts at, its orientation (page size, flipped by the Docs API). */
export interface DescribedSection {
  startBlock: number;
  orientation: 'portrait' | 'landscape';
}

/** A created document as plain JSON, for assertions and snapshots. */
export interface DescribedDocument {
  id: string;
  name: string;
  url: string;
  page: DocumentModel['page'];
  saved: boolean;
  header: DescribedBlock[] | null;
  footer: DescribedBlock[] | null;
  body: DescribedBlock[];
  /** One entry per section; a document without Docs API section breaks has one. */
  sections: DescribedSection[];
  apiBatches: DocumentModel['apiBatches'];
}

function sections(doc: DocumentModel): DescribedSection[] {
  const base = doc.page.width > doc.page.height ? 'landscape' : 'portrait';
  const orientation = (style: Attrs): DescribedSection['orientation'] => {
    const flip = (style.flipPageOrientation as boolean | undefined) ?? doc.documentStyle.flipPageOrientation ?? false;
    return flip ? (base === 'portrait' ? 'landscape' : 'portrait') : base;
  };
  const out: DescribedSection[] = [{ startBlock: 0, orientation: orientation(doc.firstSectionStyle) }];
  doc.body.children.forEach((b, i) => {
    if (b.sectionBreak) out.push({ startBlock: i, orientation: orientation(b.sectionBreak) });
  });
  return out;
}

function setOnly(attrs: Attrs): Attrs {
  return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined && v !== null));
}

function describeParagraph(p: ParagraphNode): DescribedParagraph {
  const runs: DescribedRun[] = [];
  for (let i = 0; i < p.text.length; i++) {
    const attributes = setOnly(Object.fromEntries(TEXT_ATTRIBUTES.map((k) => [k, p.chars[i]?.[k]])));
    const last = runs[runs.length - 1];
    if (last && JSON.stringify(last.attributes) === JSON.stringify(attributes)) last.text += p.text[i];
    else runs.push({ text: p.text[i]!, attributes });
  }
  return {
    type: p.type,
    text: p.text,
    attributes: setOnly(p.attrs),
    runs,
    inlines: p.inlines.map((n) => ({
      kind: n.kind,
      offset: n.offset,
      ...(n.image ? { width: n.image.width, height: n.image.height, contentType: n.image.contentType } : {}),
    })),
  };
}

function describeTable(t: TableNode): DescribedTable {
  const columns = Math.max(0, ...t.rows.map((r) => r.cells.length));
  return {
    type: 'TABLE',
    attributes: setOnly(t.attrs),
    columnWidths: Array.from({ length: columns }, (_, i) => t.columnWidths.get(i) ?? null),
    rows: t.rows.map((r) => ({
      attributes: setOnly(r.attrs),
      cells: r.cells.map((c) => ({
        text: c.children.map((b) => (b.type === 'TABLE' ? '' : b.text)).join('\n'),
        attributes: setOnly(c.attrs),
        merged: c.merged,
        blocks: c.children.map(describeBlock),
      })),
    })),
  };
}

function describeBlock(block: BlockNode): DescribedBlock {
  return block.type === 'TABLE' ? describeTable(block) : describeParagraph(block);
}

function describeSection(section: SectionNode | null): DescribedBlock[] | null {
  return section ? section.children.map(describeBlock) : null;
}

export function describeDocument(doc: DocumentModel): DescribedDocument {
  return {
    id: doc.id,
    name: doc.name,
    url: documentUrl(doc.id),
    page: { ...doc.page },
    saved: doc.saveCount > 0,
    header: describeSection(doc.header),
    footer: describeSection(doc.footer),
    body: doc.body.children.map(describeBlock),
    sections: sections(doc),
    apiBatches: doc.apiBatches,
  };
}
