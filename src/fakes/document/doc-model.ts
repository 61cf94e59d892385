/**
 * The emulated Google Docs document as plain data. The fake DocumentApp classes are views over these nodes;
 * describeDocument() turns a document into a JSON snapshot for tests.
 */
export type Attrs = Record<string, unknown>;

/** Attributes that belong to characters (the rest belong to paragraphs, tables or cells). */
export const TEXT_ATTRIBUTES = [
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'BACKGROUND_COLOR',
  'LINK_URL',
] as const;

export const PARAGRAPH_ATTRIBUTES = [
  'HEADING',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_START',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'SPACING_BEFORE',
  'SPACING_AFTER',
  'LINE_SPACING',
  'LEFT_TO_RIGHT',
] as const;

export const LIST_ATTRIBUTES = ['GLYPH_TYPE', 'NESTING_LEVEL', 'LIST_ID'] as const;

export const PAGE_ATTRIBUTES = [
  'MARGIN_TOP',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'PAGE_WIDTH',
  'PAGE_HEIGHT',
] as const;

export function isTextAttribute(key: string): boolean {
  return (TEXT_ATTRIBUTES as readonly string[]).includes(key);
}

export interface InlineNode {
  kind: 'PAGE_BREAK' | 'HORIZONTAL_RULE' | 'INLINE_IMAGE';
  /** Character offset in the paragraph text where the element sits. */
  offset: number;
  attrs: Attrs;
  image?: {
    contentType: string | null;
    name: string | null;
    byteLength: number;
    width: number;
    height: number;
    altTitle: string;
  };
}

export interface ParagraphNode {
  type: 'PARAGRAPH' | 'LIST_ITEM';
  text: string;
  /** Character attributes, one entry per character of `text`. */
  chars: Attrs[];
  /** Attributes new text takes when the paragraph is empty (the paragraph mark's formatting). */
  markAttrs: Attrs;
  attrs: Attrs;
  inlines: InlineNode[];
  parent: ContainerNode | null;
  /** A Docs API section break sits just before this block; its section style (flipPageOrientation…). */
  sectionBreak?: Attrs;
}

export interface TableNode {
  type: 'TABLE';
  rows: RowNode[];
  attrs: Attrs;
  /** Widths in points of columns that were set, by 0-based column. */
  columnWidths: Map<number, number>;
  parent: ContainerNode | null;
  /** A Docs API section break sits just before this block; its section style. */
  sectionBreak?: Attrs;
}

export interface RowNode {
  type: 'TABLE_ROW';
  cells: CellNode[];
  attrs: Attrs;
  parent: TableNode;
}

export interface CellNode {
  type: 'TABLE_CELL';
  children: BlockNode[];
  attrs: Attrs;
  parent: RowNode;
  /** True when merged into the previous cell with TableCell.merge(). */
  merged: boolean;
}

export interface SectionNode {
  type: 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION';
  children: BlockNode[];
  attrs: Attrs;
}

export type BlockNode = ParagraphNode | TableNode;
export type ContainerNode = SectionNode | CellNode;

export interface DocumentModel {
  id: string;
  name: string;
  body: SectionNode;
  header: SectionNode | null;
  footer: SectionNode | null;
  /** Page size and margins in points (Letter with 1-inch margins for a new document, as in Docs). */
  page: {
    width: number;
    height: number;
    marginTop: number;
    marginBottom: number;
    marginLeft: number;
    marginRight: number;
  };
  /** batchUpdate calls through the Docs advanced service, in order; `afterSave` tells whether the
   * DocumentApp edits had been saved with saveAndClose() first (the API sees only saved content). */
  apiBatches: Array<{ requests: unknown[]; afterSave: boolean }>;
  saveCount: number;
  closed: boolean;
  /** Section style of the first section (the Docs API's updateSectionStyle); later ones sit on their block. */
  firstSectionStyle: Attrs;
  /** Document-wide style the Docs API sets beyond page size and margins. */
  documentStyle: { flipPageOrientation?: boolean };
}

export function newParagraph(
  type: ParagraphNode['type'],
  text: string,
  parent: ContainerNode | null,
  markAttrs: Attrs = {},
): ParagraphNode {
  return {
    type,
    text,
    chars: Array.from({ length: text.length }, () => ({ ...markAttrs })),
    markAttrs: { ...markAttrs },
    attrs: {},
    inlines: [],
    parent,
  };
}

/** A table from string cells; every cell holds one paragraph with its text. */
export function newTable(cells: readonly (readonly string[])[], parent: ContainerNode | null): TableNode {
  const table: TableNode = { type: 'TABLE', rows: [], attrs: {}, columnWidths: new Map(), parent };
  for (const rowCells of cells) {
    const row: RowNode = { type: 'TABLE_ROW', cells: [], attrs: {}, parent: table };
    for (const text of rowCells) row.cells.push(newCell(String(text), row));
    table.rows.push(row);
  }
  return table;
}

export function newCell(text: string, parent: RowNode): CellNode {
  const cell: CellNode = { type: 'TABLE_CELL', children: [], attrs: {}, parent, merged: false };
  cell.children.push(newParagraph('PARAGRAPH', text, cell));
  return cell;
}

export function newSection(type: SectionNode['type']): SectionNode {
  const section: SectionNode = { type, children: [], attrs: {} };
  section.children.push(newParagraph('PARAGRAPH', '', section));
  return section;
}

export function newDocumentModel(id: string, name: string): DocumentModel {
  return {
    id,
    name,
    body: newSection('BODY_SECTION'),
    header: null,
    footer: null,
    page: { width: 612, height: 792, marginTop: 72, marginBottom: 72, marginLeft: 72, marginRight: 72 },
    apiBatches: [],
    saveCount: 0,
    closed: false,
    firstSectionStyle: {},
    documentStyle: {},
  };
}

/** Plain text of a block: paragraphs as is, tables as cells joined by tabs and rows by newlines. */
export function blockText(block: BlockNode): string {
  if (block.type !== 'TABLE') return block.text;
  return block.rows.map((r) => r.cells.map((c) => containerText(c)).join('\t')).join('\n');
}

export function containerText(container: ContainerNode): string {
  return container.children.map(blockText).join('\n');
}

/** Every paragraph under a container, in document order (inside tables too). */
export function paragraphsIn(container: ContainerNode): ParagraphNode[] {
  return container.children.flatMap((b) =>
    b.type === 'TABLE' ? b.rows.flatMap((r) => r.cells.flatMap((c) => paragraphsIn(c))) : [b],
  );
}

export function tablesIn(container: ContainerNode): TableNode[] {
  return container.children.flatMap((b) =>
    b.type === 'TABLE' ? [b, ...b.rows.flatMap((r) => r.cells.flatMap((c) => tablesIn(c)))] : [],
  );
}
