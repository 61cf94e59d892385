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

/** Style of one paragraph at [start, start + text + newline). */
function paragraphRequests(p: DocParagraph, start: number, page: PageSetup): DocsRequest[] {
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
          keepWithNext: p.keepWithNext,
          keepLinesTogether: p.keepTogether,
          pageBreakBefore: p.pageBreakBefore,
        },
        fields:
          'alignment,indentStart,indentFirstLine,spaceAbove,spaceBelow,keepWithNext,keepLinesTogether,pageBreakBefore',
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
function paragraphsRequests(paragraphs: DocParagraph[], index: number, page: PageSetup): DocsRequest[] {
  const text = paragraphs.map((p) => p.text).join('\n');
  const out: DocsRequest[] = text === '' ? [] : [{ insertText: { location: { index }, text } }];
  let at = index;
  for (const p of paragraphs) {
    out.push(...paragraphRequests(p, at, page));
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
      const wantTable = unit.kind === 'table';
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

function sectionStyle(index: number, landscape: boolean): DocsRequest {
  return {
    updateSectionStyle: {
      range: { startIndex: index, endIndex: index + 1 },
      sectionStyle: { flipPageOrientation: landscape },
      fields: 'flipPageOrientation',
    },
  };
}
