// The one Docs API batch that turns the DocumentApp skeleton (one empty placeholder paragraph per run of
// paragraphs, the tables with their first lines, the chart images) into the finished document: the text of
// every paragraph, its paragraph and text style, keep flags, table styling, section breaks with their
// orientation. Requests are built from the END of the document back to its start, so every index read from
// Documents.get is still valid when its request runs (an insertion only moves what comes after it).
import type { docs_v1 } from '@googleapis/docs';
import type { Align, PageSetup } from '../../core/report';
import type { DocsStructuralElement } from './docs-api';
import type { DocParagraph, DocSection, DocUnit } from './doc-units';
import { tableRequests } from './table-requests';

export type DocsRequest = docs_v1.Schema$Request;

export const DOCS_ALIGN: Record<Align, string> = {
  left: 'START',
  center: 'CENTER',
  right: 'END',
  justify: 'JUSTIFIED',
};

const dim = (magnitude: number): docs_v1.Schema$Dimension => ({ magnitude, unit: 'PT' });

/**
 * Style of one paragraph at [start, start + text + newline). In a table cell (a kept group) the keep flags
 * and page break are left out: Docs refuses pageBreakBefore there, and the row keeps the lines together.
 */
function paragraphRequests(p: DocParagraph, start: number, page: PageSetup, inCell = false): DocsRequest[] {
  const end = start + p.text.length + 1;
  const out: DocsRequest[] = [
    {
      updateParagraphStyle: {
        range: { startIndex: start, endIndex: end },
        paragraphStyle: {
          alignment: DOCS_ALIGN[p.align],
          indentStart: dim(p.indentStartPt),
          indentFirstLine: dim(p.indentFirstLinePt),
          spaceAbove: dim(p.spaceBeforePt),
          spaceBelow: dim(p.spaceAfterPt),
          ...(inCell
            ? {}
            : { keepWithNext: p.keepWithNext, keepLinesTogether: p.keepTogether, pageBreakBefore: p.pageBreakBefore }),
        },
        fields:
          'alignment,indentStart,indentFirstLine,spaceAbove,spaceBelow' +
          (inCell ? '' : ',keepWithNext,keepLinesTogether,pageBreakBefore'),
      },
    },
    {
      updateTextStyle: {
        range: { startIndex: start, endIndex: end },
        textStyle: { weightedFontFamily: { fontFamily: page.fontFamily }, fontSize: dim(p.sizePt), bold: false },
        fields: 'weightedFontFamily,fontSize,bold',
      },
    },
  ];
  for (const [from, to] of p.bold) {
    out.push({
      updateTextStyle: {
        range: { startIndex: start + from, endIndex: start + to },
        textStyle: { bold: true },
        fields: 'bold',
      },
    });
  }
  return out;
}

/** Inserts a run of paragraphs into its placeholder at `index` and styles each. */
function paragraphsRequests(paragraphs: DocParagraph[], index: number, page: PageSetup, inCell = false): DocsRequest[] {
  const text = paragraphs.map((p) => p.text).join('\n');
  const out: DocsRequest[] = text === '' ? [] : [{ insertText: { location: { index }, text } }];
  let at = index;
  for (const p of paragraphs) {
    out.push(...paragraphRequests(p, at, page, inCell));
    at += p.text.length + 1;
  }
  return out;
}

/** A placed unit: where its skeleton element starts in Documents.get. */
interface Placed {
  unit: DocUnit;
  element: DocsStructuralElement;
  /** First unit of a page section after the first: a section break goes before it. */
  sectionStart?: DocSection;
}

/**
 * Matches the skeleton's elements (in Documents.get order) to the units: a paragraph run to the next
 * paragraph, a table to the next table, a chart to the next paragraph. Extra empty paragraphs Docs keeps
 * after a table are skipped over by the table match.
 */
export function placeUnits(sections: DocSection[], content: DocsStructuralElement[]): Placed[] {
  const elements = content.filter((e) => e.startIndex !== undefined && (e.paragraph || e.table));
  const placed: Placed[] = [];
  let k = 0;
  sections.forEach((s, si) => {
    s.units.forEach((unit, ui) => {
      const wantTable = unit.kind === 'table' || unit.kind === 'kept';
      while (k < elements.length && !!elements[k]!.table !== wantTable) k++;
      const element = elements[k++];
      if (!element) throw new Error(`Docs layout: no element for unit ${unit.kind} of section ${s.sectionId}`);
      placed.push({ unit, element, ...(si > 0 && ui === 0 ? { sectionStart: s } : {}) });
    });
  });
  return placed;
}

/** Every request of the batch, last unit first. */
export function documentRequests(
  sections: DocSection[],
  content: DocsStructuralElement[],
  page: PageSetup,
): DocsRequest[] {
  const placed = placeUnits(sections, content);
  const out: DocsRequest[] = [];
  for (let i = placed.length - 1; i >= 0; i--) {
    const { unit, element, sectionStart } = placed[i]!;
    const index = element.startIndex as number;
    if (unit.kind === 'paragraphs') out.push(...paragraphsRequests(unit.paragraphs, index, page));
    else if (unit.kind === 'table') out.push(...tableRequests(element, unit, page));
    else if (unit.kind === 'kept') out.push(...keptGroupRequests(element, unit, page));
    else {
      out.push({
        updateParagraphStyle: {
          range: { startIndex: index, endIndex: element.endIndex as number },
          paragraphStyle: { alignment: 'CENTER', keepLinesTogether: true },
          fields: 'alignment,keepLinesTogether',
        },
      });
    }
    if (sectionStart) {
      // A newline goes in before the break, so the new section's first paragraph starts two further on.
      out.push(
        { insertSectionBreak: { location: { index }, sectionType: 'NEXT_PAGE' } },
        sectionStyle(index + 2, sectionStart.orientation === 'landscape'),
      );
    }
  }
  const first = sections[0];
  if (first) out.push(sectionStyle(1, first.orientation === 'landscape'));
  return out;
}

const NO_BORDER: docs_v1.Schema$TableCellBorder = {
  color: { color: { rgbColor: { red: 1, green: 1, blue: 1 } } },
  width: dim(0),
  dashStyle: 'SOLID',
};

/**
 * A kept group: its paragraphs written into the one empty cell, the cell without borders or padding (the
 * text sits where the paragraphs would), the column the full text width, the row kept on one page.
 */
function keptGroupRequests(
  element: DocsStructuralElement,
  unit: Extract<DocUnit, { kind: 'kept' }>,
  page: PageSetup,
): DocsRequest[] {
  const tableStartLocation = { index: element.startIndex as number };
  const cellStart = element.table?.tableRows?.[0]?.tableCells?.[0]?.content?.[0]?.startIndex;
  if (cellStart === undefined || cellStart === null) throw new Error('Docs layout: a kept group has no cell');
  return [
    ...paragraphsRequests(unit.paragraphs, cellStart, page, true),
    {
      updateTableCellStyle: {
        tableRange: {
          tableCellLocation: { tableStartLocation, rowIndex: 0, columnIndex: 0 },
          rowSpan: 1,
          columnSpan: 1,
        },
        tableCellStyle: {
          borderTop: NO_BORDER,
          borderBottom: NO_BORDER,
          borderLeft: NO_BORDER,
          borderRight: NO_BORDER,
          paddingTop: dim(0),
          paddingBottom: dim(0),
          paddingLeft: dim(0),
          paddingRight: dim(0),
        },
        fields: 'borderTop,borderBottom,borderLeft,borderRight,paddingTop,paddingBottom,paddingLeft,paddingRight',
      },
    },
    {
      updateTableRowStyle: {
        tableStartLocation,
        rowIndices: [0],
        tableRowStyle: { preventOverflow: true },
        fields: 'preventOverflow',
      },
    },
    {
      updateTableColumnProperties: {
        tableStartLocation,
        columnIndices: [0],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: dim(unit.widthPt) },
        fields: 'widthType,width',
      },
    },
  ];
}

function sectionStyle(index: number, landscape: boolean): DocsRequest {
  return {
    updateSectionStyle: {
      range: { startIndex: index, endIndex: index + 1 },
      sectionStyle: { flipPageOrientation: landscape },
      fields: 'flipPageOrientation',
    },
  };
}
