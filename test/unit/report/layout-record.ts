// One record of a document's page layout, read from a .docx (its XML) or from the fake Google Doc (what the
// DocumentApp calls and Docs API requests made of it), so the same assertions run on both renderers.
import JSZip from 'jszip';
import type { DescribedDocument, DescribedParagraph } from '../../../src/fakes/document/describe';

export interface LayoutParagraph {
  text: string;
  section: number;
  keepNext: boolean;
  keepLines: boolean;
}

/**
 * A one-row, one-cell table: how a kept group (a signature with what leads into it) prints. Its properties
 * are recorded as found, so a test sees a bordered or splittable one.
 */
export interface LayoutKeptGroup {
  /** The cell's paragraphs, empty ones left out. */
  texts: string[];
  section: number;
  /** Index in `paragraphs` of the first body paragraph after the table. */
  beforeParagraph: number;
  rowKeptWhole: boolean;
  borderless: boolean;
  /** No cell padding on any side: the text sits where the paragraphs would. */
  noPadding: boolean;
  /** Width of the one column, pt. */
  widthPt: number | null;
  /** Keep-with-next on any paragraph in the cell (Word would then chain the row to what follows). */
  keepNextInside: boolean;
}

export interface LayoutRecord {
  /** Orientation of each section, in order. */
  sections: ('portrait' | 'landscape')[];
  /** Body paragraphs (not in tables), empty ones left out. */
  paragraphs: LayoutParagraph[];
  /** Tables other than kept groups. */
  tables: {
    headerRepeated: boolean;
    rowsKeptWhole: boolean;
    /** Per row (the header first): the row cannot split across pages. */
    rowKept: boolean[];
    columnWidthsPt: number[];
    cellTexts: string[];
  }[];
  keptGroups: LayoutKeptGroup[];
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Text of a .docx paragraph: its runs' text, tabs as \t and line breaks (not page breaks) as \n. */
function docxText(p: string): string {
  let out = '';
  for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:t\/>|<w:tab\/>|<w:br(\s[^>]*)?\/>|<w:cr\/>/g)) {
    if (m[0].startsWith('<w:tab')) out += '\t';
    else if (m[0].startsWith('<w:br')) out += /w:type="page"/.test(m[2] ?? '') ? '' : '\n';
    else if (m[0] === '<w:cr/>') out += '\n';
    else out += unescape(m[1] ?? '');
  }
  return out;
}

/** The top-level <w:p> and <w:tbl> elements of the body, in order. */
function topLevel(body: string): { kind: 'p' | 'tbl'; xml: string }[] {
  const out: { kind: 'p' | 'tbl'; xml: string }[] = [];
  const tag = /<(\/?)w:(p|tbl)(?=[\s>/])[^>]*?(\/?)>/g;
  let depth = 0;
  let start = 0;
  let kind: 'p' | 'tbl' = 'p';
  for (const m of body.matchAll(tag)) {
    const [whole, close, name, selfClose] = m;
    const at = m.index ?? 0;
    if (selfClose) {
      if (depth === 0) out.push({ kind: name as 'p', xml: whole });
      continue;
    }
    if (!close) {
      if (depth === 0) {
        start = at;
        kind = name as 'p' | 'tbl';
      }
      depth++;
    } else {
      depth--;
      if (depth === 0) out.push({ kind, xml: body.slice(start, at + whole.length) });
    }
  }
  return out;
}

const orientationOf = (sectPr: string): 'portrait' | 'landscape' =>
  /w:orient="landscape"/.test(sectPr) ? 'landscape' : 'portrait';

export async function docxLayout(buf: Buffer): Promise<LayoutRecord & { xml: string }> {
  const zip = await JSZip.loadAsync(buf);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const body = xml.slice(xml.indexOf('<w:body>') + 8, xml.lastIndexOf('</w:body>'));
  const record: LayoutRecord = { sections: [], paragraphs: [], tables: [], keptGroups: [] };
  let section = 0;
  for (const el of topLevel(body)) {
    if (el.kind === 'tbl') {
      const rows = el.xml.match(/<w:tr[\s>][\s\S]*?<\/w:tr>/g) ?? [];
      if (rows.length === 1 && (rows[0]!.match(/<w:tc>/g) ?? []).length === 1) {
        const tblPr = el.xml.match(/<w:tblPr>[\s\S]*?<\/w:tblPr>/)?.[0] ?? '';
        const borders = tblPr.match(/<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/)?.[1] ?? '';
        const sides = ['top', 'left', 'bottom', 'right'];
        const margins = tblPr.match(/<w:tblCellMar>([\s\S]*?)<\/w:tblCellMar>/)?.[1] ?? '';
        const cellParagraphs = el.xml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? [];
        const width = tblPr.match(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/)?.[1];
        record.keptGroups.push({
          texts: cellParagraphs.map(docxText).filter((t) => t !== ''),
          section,
          beforeParagraph: record.paragraphs.length,
          rowKeptWhole: /<w:cantSplit\/>/.test(rows[0]!),
          borderless: sides.every((d) => new RegExp(`<w:${d} w:val="(none|nil)"`).test(borders)),
          noPadding: sides.every((d) => new RegExp(`<w:${d} w:type="dxa" w:w="0"/>`).test(margins)),
          widthPt: width ? Number(width) / 20 : null,
          keepNextInside: cellParagraphs.some((p) => /<w:keepNext\/>/.test(p)),
        });
        continue;
      }
      record.tables.push({
        headerRepeated: /<w:tblHeader\/>/.test(rows[0] ?? ''),
        rowsKeptWhole: rows.every((r) => /<w:cantSplit\/>/.test(r)),
        rowKept: rows.map((r) => /<w:cantSplit\/>/.test(r)),
        columnWidthsPt: [...el.xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]) / 20),
        cellTexts: (el.xml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? []).map(docxText),
      });
      continue;
    }
    const text = docxText(el.xml);
    if (text !== '') {
      record.paragraphs.push({
        text,
        section,
        keepNext: /<w:keepNext\/>/.test(el.xml),
        keepLines: /<w:keepLines\/>/.test(el.xml),
      });
    }
    const sectPr = el.xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/)?.[0];
    if (sectPr) {
      record.sections.push(orientationOf(sectPr));
      section++;
    }
  }
  // The last section's properties close the body, after its last paragraph or table.
  const tail = body.slice(body.lastIndexOf('<w:sectPr'));
  if (/^<w:sectPr[\s\S]*<\/w:sectPr>\s*$/.test(tail) && !/<\/w:p>/.test(tail))
    record.sections.push(orientationOf(tail));
  return { ...record, xml };
}

export function docLayout(doc: DescribedDocument): LayoutRecord {
  const record: LayoutRecord = {
    sections: doc.sections.map((s) => s.orientation),
    paragraphs: [],
    tables: [],
    keptGroups: [],
  };
  let section = 0;
  doc.body.forEach((b, i) => {
    while (section + 1 < doc.sections.length && doc.sections[section + 1]!.startBlock <= i) section++;
    if (b.type === 'TABLE' && b.rows.length === 1 && b.rows[0]!.cells.length === 1) {
      const cell = b.rows[0]!.cells[0]!;
      const paragraphs = cell.blocks.filter((x): x is DescribedParagraph => x.type !== 'TABLE');
      const sides = ['TOP', 'BOTTOM', 'LEFT', 'RIGHT'];
      record.keptGroups.push({
        texts: paragraphs.map((x) => x.text).filter((t) => t !== ''),
        section,
        beforeParagraph: record.paragraphs.length,
        rowKeptWhole: b.rows[0]!.attributes.PREVENT_OVERFLOW === true,
        borderless: b.attributes.BORDER_WIDTH === 0 || sides.every((d) => cell.attributes[`BORDER_${d}_WIDTH`] === 0),
        // Docs pads a cell 5 pt on every side unless told otherwise.
        noPadding: sides.every((d) => cell.attributes[`PADDING_${d}`] === 0),
        widthPt: b.columnWidths[0] ?? null,
        keepNextInside: paragraphs.some((x) => x.attributes.KEEP_WITH_NEXT === true),
      });
      return;
    }
    if (b.type === 'TABLE') {
      record.tables.push({
        headerRepeated: b.attributes.PINNED_HEADER_ROWS === 1,
        rowsKeptWhole: b.rows.every((r) => r.attributes.PREVENT_OVERFLOW === true),
        rowKept: b.rows.map((r) => r.attributes.PREVENT_OVERFLOW === true),
        columnWidthsPt: b.columnWidths.map((w) => w ?? 0),
        cellTexts: b.rows.flatMap((r) =>
          r.cells.flatMap((c) =>
            c.blocks.filter((x): x is DescribedParagraph => x.type !== 'TABLE').map((x) => x.text),
          ),
        ),
      });
      return;
    }
    if (b.text === '') return;
    record.paragraphs.push({
      text: b.text,
      section,
      keepNext: b.attributes.KEEP_WITH_NEXT === true,
      keepLines: b.attributes.KEEP_LINES_TOGETHER === true,
    });
  });
  return record;
}

/**
 * Why an XML text is not well-formed XML 1.0, or null: characters XML forbids, and tags that do not nest.
 * (No XML parser is a dependency; this checks what a parser would refuse in the files we write.)
 */
export function xmlProblem(xml: string): string | null {
  const bad = xml.match(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
  );
  if (bad) return `forbidden character U+${bad[0].charCodeAt(0).toString(16).toUpperCase()} at ${bad.index}`;
  const stack: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^<>]*?(\/?)>|<[?!][^<>]*>/g)) {
    const [, close, name, self] = m;
    if (!name || self) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) return `</${name}> does not close the open element at ${m.index}`;
  }
  return stack.length === 0 ? null : `unclosed <${stack[stack.length - 1]}>`;
}
