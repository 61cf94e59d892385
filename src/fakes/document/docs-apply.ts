// Applies Docs API batchUpdate requests to the fake document, as Docs does, so tests see the finished
// Doc: text inserted at an index (a newline starts a new paragraph), section breaks with their style,
// paragraph and text styles over index ranges, table pins, row styles, column widths, cell shading and
// merges. Indices follow Docs: the body starts at 1 (a section break at 0); a paragraph is its text, one
// index per inline element and a newline; a table counts one index at its start, per row, per cell and at
// its end; a section break counts one. A request outside the document fails with Docs' message.
import type { Attrs, BlockNode, CellNode, ContainerNode, DocumentModel, ParagraphNode, TableNode } from './doc-model';

type Req = Record<string, Record<string, unknown> | undefined>;

interface ParaAt {
  node: ParagraphNode;
  start: number;
  /** Exclusive: the index after the paragraph's newline. */
  end: number;
}

interface TableAt {
  node: TableNode;
  start: number;
  /** Start index of each cell's content, by row and column. */
  cells: number[][];
}

interface SectionAt {
  /** The block the section starts with (null: the document's first section). */
  block: BlockNode | null;
  start: number;
}

interface Layout {
  model: DocumentModel;
  paragraphs: ParaAt[];
  tables: TableAt[];
  sections: SectionAt[];
  end: number;
  /**
   * After an insertion only the part up to the inserted text is known (what follows has moved): a request
   * that reaches `end` or beyond computes the whole layout again. Batches run from the end of the document
   * back, so this is rare and the fake stays fast on large documents.
   */
  partial: boolean;
}

/** Makes sure the layout covers `index`. */
function need(doc: Layout, index: number): void {
  if (doc.partial && index >= doc.end) Object.assign(doc, layout(doc.model));
}

function layout(doc: DocumentModel): Layout {
  const out: Layout = {
    model: doc,
    paragraphs: [],
    tables: [],
    sections: [{ block: null, start: 0 }],
    end: 1,
    partial: false,
  };
  const walk = (blocks: BlockNode[], start: number, top: boolean): number => {
    let index = start;
    for (const block of blocks) {
      if (top && block.sectionBreak) {
        out.sections.push({ block, start: index });
        index += 1;
      }
      if (block.type === 'TABLE') {
        const table: TableAt = { node: block, start: index, cells: [] };
        out.tables.push(table);
        index += 1;
        for (const row of block.rows) {
          index += 1;
          const starts: number[] = [];
          for (const cell of row.cells) {
            index += 1;
            starts.push(index);
            index = walk(cell.children, index, false);
          }
          table.cells.push(starts);
        }
        index += 1;
      } else {
        const end = index + block.text.length + block.inlines.length + 1;
        out.paragraphs.push({ node: block, start: index, end });
        index = end;
      }
    }
    return index;
  };
  out.end = walk(doc.body.children, 1, true);
  return out;
}

class DocsError extends Error {}

function fail(i: number, kind: string, message: string): never {
  throw new DocsError(`Invalid requests[${i}].${kind}: ${message}`);
}

function range(i: number, kind: string, r: unknown, doc: Layout): { start: number; end: number } {
  const { startIndex, endIndex } = (r ?? {}) as { startIndex?: number; endIndex?: number };
  if (typeof startIndex !== 'number' || typeof endIndex !== 'number') fail(i, kind, 'The range is missing an index.');
  if (startIndex >= endIndex) fail(i, kind, 'The range should not be empty.');
  need(doc, endIndex - 1);
  if (startIndex < 1) fail(i, kind, `Index ${startIndex} must be greater than or equal to 1.`);
  if (endIndex > doc.end) {
    fail(i, kind, `Index ${endIndex - 1} must be less than the end index of the referenced segment, ${doc.end}.`);
  }
  return { start: startIndex, end: endIndex };
}

function fieldsOf(i: number, kind: string, fields: unknown, allowed: readonly string[]): string[] {
  if (typeof fields !== 'string' || fields === '') fail(i, kind, 'fields must be set.');
  const list = fields.split(',').map((f) => f.trim());
  for (const f of list) if (!allowed.includes(f)) fail(i, kind, `Invalid field: ${f}`);
  return list;
}

function hex(color: unknown): string | null {
  const rgb = (color as { color?: { rgbColor?: { red?: number; green?: number; blue?: number } } })?.color?.rgbColor;
  if (!rgb) return null;
  const two = (v = 0) =>
    Math.round(v * 255)
      .toString(16)
      .padStart(2, '0')
      .toUpperCase();
  return `#${two(rgb.red)}${two(rgb.green)}${two(rgb.blue)}`;
}

const magnitude = (d: unknown): number => Number((d as { magnitude?: number })?.magnitude ?? 0);

/** Position of the first paragraph that ends after `index` (paragraphs are in document order). */
function firstEndingAfter(doc: Layout, index: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.paragraphs[mid]!.end <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The paragraphs overlapping [start, end). */
function paragraphsIn(doc: Layout, start: number, end: number): ParaAt[] {
  const out: ParaAt[] = [];
  for (let k = firstEndingAfter(doc, start); k < doc.paragraphs.length && doc.paragraphs[k]!.start < end; k++) {
    out.push(doc.paragraphs[k]!);
  }
  return out;
}

function paragraphAt(i: number, kind: string, doc: Layout, index: number): ParaAt {
  need(doc, index);
  const p = paragraphsIn(doc, index, index + 1).find((x) => x.start <= index);
  if (!p) fail(i, kind, `The insertion index ${index} must be inside the bounds of an existing paragraph.`);
  return p;
}

/** Inserts text at `index`; newlines split the paragraph. Returns the paragraph that follows the last newline. */
function insertText(i: number, kind: string, doc: Layout, index: number, text: string): ParagraphNode {
  const at = paragraphAt(i, kind, doc, index);
  const p = at.node;
  const offset = Math.min(index - at.start, p.text.length);
  const style = p.chars[offset - 1] ?? p.chars[offset] ?? p.markAttrs;
  const parts = text.split('\n');
  const tailText = p.text.slice(offset);
  const tailChars = p.chars.slice(offset);
  const tailInlines = p.inlines.filter((n) => n.offset >= offset);
  p.inlines = p.inlines.filter((n) => n.offset < offset);
  const first = parts[0] ?? '';
  p.text = p.text.slice(0, offset) + first;
  p.chars = [...p.chars.slice(0, offset), ...Array.from(first, () => ({ ...style }))];
  if (parts.length === 1) {
    p.text += tailText;
    p.chars.push(...tailChars);
    p.inlines.push(...tailInlines.map((n) => ({ ...n, offset: n.offset + first.length })));
    known(doc, at, [p]);
    return p;
  }
  const parent = p.parent as ContainerNode;
  const added: ParagraphNode[] = parts.slice(1).map((part, k, all) => {
    const last = k === all.length - 1;
    return {
      type: p.type,
      text: part + (last ? tailText : ''),
      chars: [...Array.from(part, () => ({ ...style })), ...(last ? tailChars : [])],
      markAttrs: { ...p.markAttrs },
      attrs: { ...p.attrs },
      inlines: last ? tailInlines.map((n) => ({ ...n, offset: n.offset - offset + part.length })) : [],
      parent,
    };
  });
  parent.children.splice(parent.children.indexOf(p) + 1, 0, ...added);
  known(doc, at, [p, ...added]);
  return added[added.length - 1]!;
}

/** After an insertion: what precedes `at` is unchanged, the edited paragraphs follow it; the rest is unknown. */
function known(doc: Layout, at: ParaAt, paragraphs: ParagraphNode[]): void {
  const before = doc.paragraphs.slice(0, firstEndingAfter(doc, at.start));
  let index = at.start;
  for (const node of paragraphs) {
    const end = index + node.text.length + node.inlines.length + 1;
    before.push({ node, start: index, end });
    index = end;
  }
  doc.paragraphs = before;
  doc.tables = doc.tables.filter((t) => t.start < at.start);
  doc.sections = doc.sections.filter((s) => s.start <= at.start);
  doc.end = index;
  doc.partial = true;
}

const ALIGN: Record<string, string> = { START: 'LEFT', CENTER: 'CENTER', END: 'RIGHT', JUSTIFIED: 'JUSTIFY' };

const PARAGRAPH_FIELDS: Record<string, (v: unknown) => [string, unknown]> = {
  alignment: (v) => ['HORIZONTAL_ALIGNMENT', ALIGN[String(v)] ?? 'LEFT'],
  indentStart: (v) => ['INDENT_START', magnitude(v)],
  indentEnd: (v) => ['INDENT_END', magnitude(v)],
  indentFirstLine: (v) => ['INDENT_FIRST_LINE', magnitude(v)],
  spaceAbove: (v) => ['SPACING_BEFORE', magnitude(v)],
  spaceBelow: (v) => ['SPACING_AFTER', magnitude(v)],
  lineSpacing: (v) => ['LINE_SPACING', Number(v) / 100],
  // Not DocumentApp attributes: recorded under these names for the tests (DocumentApp does not show them).
  keepWithNext: (v) => ['KEEP_WITH_NEXT', !!v],
  keepLinesTogether: (v) => ['KEEP_LINES_TOGETHER', !!v],
  pageBreakBefore: (v) => ['PAGE_BREAK_BEFORE', !!v],
};

const TEXT_FIELDS: Record<string, (v: unknown) => [string, unknown]> = {
  bold: (v) => ['BOLD', !!v],
  italic: (v) => ['ITALIC', !!v],
  underline: (v) => ['UNDERLINE', !!v],
  fontSize: (v) => ['FONT_SIZE', magnitude(v)],
  weightedFontFamily: (v) => ['FONT_FAMILY', (v as { fontFamily?: string })?.fontFamily ?? null],
  foregroundColor: (v) => ['FOREGROUND_COLOR', hex(v)],
};

/** A cell border's width, pt. Docs: a cell border cannot be transparent; to hide one, its width is 0. */
function border(v: unknown): number {
  const b = (v ?? {}) as { color?: { color?: { rgbColor?: unknown } }; width?: unknown };
  if (!b.color?.color?.rgbColor) throw new DocsError('Invalid requests: table cell borders cannot be transparent.');
  return magnitude(b.width);
}

const CELL_FIELDS: Record<string, (v: unknown) => [string, unknown]> = {
  backgroundColor: (v) => ['BACKGROUND_COLOR', hex(v)],
  paddingTop: (v) => ['PADDING_TOP', magnitude(v)],
  paddingBottom: (v) => ['PADDING_BOTTOM', magnitude(v)],
  paddingLeft: (v) => ['PADDING_LEFT', magnitude(v)],
  paddingRight: (v) => ['PADDING_RIGHT', magnitude(v)],
  // Not DocumentApp attributes (it has one border width per table): recorded under these names for the tests.
  borderTop: (v) => ['BORDER_TOP_WIDTH', border(v)],
  borderBottom: (v) => ['BORDER_BOTTOM_WIDTH', border(v)],
  borderLeft: (v) => ['BORDER_LEFT_WIDTH', border(v)],
  borderRight: (v) => ['BORDER_RIGHT_WIDTH', border(v)],
};

function styleParagraphs(i: number, kind: string, doc: Layout, req: Record<string, unknown>): void {
  const r = range(i, kind, req.range, doc);
  const style = (req.paragraphStyle ?? {}) as Record<string, unknown>;
  const fields = fieldsOf(i, kind, req.fields, Object.keys(PARAGRAPH_FIELDS));
  for (const p of paragraphsIn(doc, r.start, r.end)) {
    if (fields.includes('pageBreakBefore') && (p.node.parent as { type?: string } | null)?.type === 'TABLE_CELL') {
      // Docs: updating pageBreakBefore in a table leaves an invalid document; it answers 400.
      fail(i, kind, 'pageBreakBefore cannot be updated for a paragraph in a table.');
    }
    for (const f of fields) {
      const [key, value] = PARAGRAPH_FIELDS[f]!(style[f]);
      p.node.attrs[key] = value;
    }
  }
}

function styleText(i: number, kind: string, doc: Layout, req: Record<string, unknown>): void {
  const r = range(i, kind, req.range, doc);
  const style = (req.textStyle ?? {}) as Record<string, unknown>;
  const fields = fieldsOf(i, kind, req.fields, Object.keys(TEXT_FIELDS));
  const apply = (attrs: Attrs) => {
    for (const f of fields) {
      const [key, value] = TEXT_FIELDS[f]!(style[f]);
      attrs[key] = value;
    }
  };
  for (const p of paragraphsIn(doc, r.start, r.end)) {
    for (let c = 0; c < p.node.text.length; c++) {
      const at = p.start + c;
      if (at >= r.start && at < r.end) apply(p.node.chars[c]!);
    }
    // The newline carries the style new text takes in an empty paragraph.
    if (p.end - 1 >= r.start && p.end - 1 < r.end) apply(p.node.markAttrs);
  }
}

function tableAt(i: number, kind: string, doc: Layout, location: unknown): TableAt {
  const index = (location as { index?: number })?.index;
  need(doc, index ?? 0);
  const t = doc.tables.find((x) => x.start === index);
  if (!t) fail(i, kind, `The provided table start location ${index} is not the start of a table.`);
  return t;
}

function cellsIn(i: number, kind: string, doc: Layout, tableRange: unknown): CellNode[] {
  const tr = (tableRange ?? {}) as {
    tableCellLocation?: { tableStartLocation?: unknown; rowIndex?: number; columnIndex?: number };
    rowSpan?: number;
    columnSpan?: number;
  };
  const t = tableAt(i, kind, doc, tr.tableCellLocation?.tableStartLocation);
  const row0 = tr.tableCellLocation?.rowIndex ?? 0;
  const col0 = tr.tableCellLocation?.columnIndex ?? 0;
  const out: CellNode[] = [];
  for (let r = row0; r < row0 + (tr.rowSpan ?? 1); r++) {
    for (let c = col0; c < col0 + (tr.columnSpan ?? 1); c++) {
      const cell = t.node.rows[r]?.cells[c];
      if (!cell) fail(i, kind, `The table range (row ${r}, column ${c}) is outside the table.`);
      out.push(cell);
    }
  }
  return out;
}

/** Requests that move indices or change the structure; after them the layout is computed again. */
const RESHAPING = new Set(['insertSectionBreak', 'mergeTableCells']);

function applyOne(model: DocumentModel, request: Req, i: number, doc: Layout): boolean {
  const [kind, body] = Object.entries(request)[0] ?? [];
  if (!kind || !body) return false;
  applyKind(model, kind, body, i, doc);
  return RESHAPING.has(kind);
}

function applyKind(model: DocumentModel, kind: string, body: Record<string, unknown>, i: number, doc: Layout): void {
  switch (kind) {
    case 'insertText': {
      const index = (body.location as { index?: number })?.index ?? -1;
      insertText(i, kind, doc, index, String(body.text ?? ''));
      return;
    }
    case 'insertSectionBreak': {
      const index = (body.location as { index?: number })?.index ?? -1;
      const at = paragraphAt(i, kind, doc, index);
      if (!model.body.children.includes(at.node)) fail(i, kind, 'Section breaks can only be inserted in the body.');
      const next = insertText(i, kind, doc, index, '\n');
      next.sectionBreak = { sectionType: body.sectionType ?? 'NEXT_PAGE' };
      return;
    }
    case 'updateParagraphStyle':
      return styleParagraphs(i, kind, doc, body);
    case 'updateTextStyle':
      return styleText(i, kind, doc, body);
    case 'updateSectionStyle': {
      need(doc, Number.MAX_SAFE_INTEGER);
      const r = range(i, kind, body.range, doc);
      const fields = fieldsOf(i, kind, body.fields, [
        'flipPageOrientation',
        'marginTop',
        'marginBottom',
        'marginLeft',
        'marginRight',
        'sectionType',
      ]);
      const style = (body.sectionStyle ?? {}) as Record<string, unknown>;
      for (const s of doc.sections) {
        const next = doc.sections[doc.sections.indexOf(s) + 1];
        const end = next ? next.start : doc.end;
        if (end <= r.start || s.start >= r.end) continue;
        const target = s.block ? (s.block.sectionBreak as Attrs) : model.firstSectionStyle;
        for (const f of fields) target[f] = style[f];
      }
      return;
    }
    case 'updateDocumentStyle': {
      const style = (body.documentStyle ?? {}) as Record<string, unknown>;
      const fields = fieldsOf(i, kind, body.fields, [
        'pageSize',
        'marginTop',
        'marginBottom',
        'marginLeft',
        'marginRight',
        'flipPageOrientation',
      ]);
      for (const f of fields) {
        if (f === 'pageSize') {
          const size = style.pageSize as { width?: unknown; height?: unknown };
          model.page.width = magnitude(size?.width);
          model.page.height = magnitude(size?.height);
        } else if (f === 'flipPageOrientation') model.documentStyle.flipPageOrientation = !!style[f];
        else model.page[f as 'marginTop'] = magnitude(style[f]);
      }
      return;
    }
    case 'pinTableHeaderRows': {
      const t = tableAt(i, kind, doc, body.tableStartLocation);
      const n = Number(body.pinnedHeaderRowsCount ?? 0);
      if (n > t.node.rows.length) fail(i, kind, 'pinnedHeaderRowsCount is more than the table has rows.');
      t.node.attrs.PINNED_HEADER_ROWS = n;
      return;
    }
    case 'updateTableRowStyle': {
      const t = tableAt(i, kind, doc, body.tableStartLocation);
      const fields = fieldsOf(i, kind, body.fields, ['minRowHeight', 'preventOverflow', 'tableHeader']);
      const style = (body.tableRowStyle ?? {}) as Record<string, unknown>;
      const rows = Array.isArray(body.rowIndices) ? (body.rowIndices as number[]) : t.node.rows.map((_, r) => r);
      for (const r of rows) {
        const row = t.node.rows[r];
        if (!row) fail(i, kind, `Row index ${r} is outside the table.`);
        if (fields.includes('preventOverflow')) row.attrs.PREVENT_OVERFLOW = !!style.preventOverflow;
        if (fields.includes('minRowHeight')) row.attrs.MINIMUM_HEIGHT = magnitude(style.minRowHeight);
      }
      return;
    }
    case 'updateTableColumnProperties': {
      const t = tableAt(i, kind, doc, body.tableStartLocation);
      const props = (body.tableColumnProperties ?? {}) as { width?: unknown };
      const columns = Array.isArray(body.columnIndices) ? (body.columnIndices as number[]) : [];
      for (const c of columns) {
        if (!t.node.rows[0]?.cells[c]) fail(i, kind, `Column index ${c} is outside the table.`);
        t.node.columnWidths.set(c, magnitude(props.width));
      }
      return;
    }
    case 'updateTableCellStyle': {
      const style = (body.tableCellStyle ?? {}) as Record<string, unknown>;
      const fields = fieldsOf(i, kind, body.fields, Object.keys(CELL_FIELDS));
      for (const cell of cellsIn(i, kind, doc, body.tableRange)) {
        for (const f of fields) {
          const [key, value] = CELL_FIELDS[f]!(style[f]);
          cell.attrs[key] = value;
        }
      }
      return;
    }
    case 'mergeTableCells': {
      const cells = cellsIn(i, kind, doc, body.tableRange);
      cells.slice(1).forEach((c) => (c.merged = true));
      return;
    }
    default:
      return; // createHeader/createFooter are answered by the caller; others are recorded only
  }
}

/**
 * Applies the requests in order. Like Docs, a batch is all or nothing: on the first invalid request the
 * document is restored and the error is thrown.
 */
export function applyDocsRequests(model: DocumentModel, requests: unknown[]): void {
  const backup = structuredClone({
    body: model.body,
    page: model.page,
    firstSectionStyle: model.firstSectionStyle,
    documentStyle: model.documentStyle,
  });
  try {
    let doc = layout(model);
    requests.forEach((r, i) => {
      if (applyOne(model, r as Req, i, doc)) doc = layout(model);
    });
  } catch (err) {
    Object.assign(model, backup);
    throw err;
  }
}

export { DocsError };
