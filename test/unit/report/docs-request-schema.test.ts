// Every Docs API request the export sends type-checks against the official Docs v1 request schema
// (docs_v1.Schema$Request from @googleapis/docs): the builders are typed with it (tsc checks them), and
// this test checks the batch actually sent: one request kind per entry, and every field mask names only
// fields of the style it updates.
import type { docs_v1 } from '@googleapis/docs';
import { createFakeEnvironment } from '../../../src/fakes';
import { buildReportDocument } from '../../../src/core/report';
import { renderGoogleDoc } from '../../../src/gas/docs/render';
import type { DocsApi } from '../../../src/gas/docs/docs-api';
import { ALL_REPORTS, NOW, seedWorkbook } from './seed-workbook';

/** The request kinds the renderer may send: each must be a key of the official Schema$Request. */
const KINDS = [
  'insertText',
  'insertSectionBreak',
  'updateSectionStyle',
  'updateParagraphStyle',
  'updateTextStyle',
  'pinTableHeaderRows',
  'updateTableCellStyle',
  'updateTableRowStyle',
  'updateTableColumnProperties',
  'mergeTableCells',
] as const satisfies readonly (keyof docs_v1.Schema$Request)[];

/** Field masks: which official style object each request's `fields` refers to. */
type Mask = { style: string; keys: readonly string[] };
const PARAGRAPH_KEYS = [
  'alignment',
  'indentStart',
  'indentFirstLine',
  'spaceAbove',
  'spaceBelow',
  'keepWithNext',
  'keepLinesTogether',
  'pageBreakBefore',
] as const satisfies readonly (keyof docs_v1.Schema$ParagraphStyle)[];
const TEXT_KEYS = [
  'weightedFontFamily',
  'fontSize',
  'bold',
  'foregroundColor',
] as const satisfies readonly (keyof docs_v1.Schema$TextStyle)[];
const SECTION_KEYS = ['flipPageOrientation'] as const satisfies readonly (keyof docs_v1.Schema$SectionStyle)[];
const ROW_KEYS = ['preventOverflow'] as const satisfies readonly (keyof docs_v1.Schema$TableRowStyle)[];
const CELL_KEYS = [
  'backgroundColor',
  'borderTop',
  'borderBottom',
  'borderLeft',
  'borderRight',
  'paddingTop',
  'paddingBottom',
  'paddingLeft',
  'paddingRight',
] as const satisfies readonly (keyof docs_v1.Schema$TableCellStyle)[];
const COLUMN_KEYS = ['widthType', 'width'] as const satisfies readonly (keyof docs_v1.Schema$TableColumnProperties)[];
const MASKS: Partial<Record<(typeof KINDS)[number], Mask>> = {
  updateParagraphStyle: { style: 'paragraphStyle', keys: PARAGRAPH_KEYS },
  updateTextStyle: { style: 'textStyle', keys: TEXT_KEYS },
  updateSectionStyle: { style: 'sectionStyle', keys: SECTION_KEYS },
  updateTableRowStyle: { style: 'tableRowStyle', keys: ROW_KEYS },
  updateTableCellStyle: { style: 'tableCellStyle', keys: CELL_KEYS },
  updateTableColumnProperties: { style: 'tableColumnProperties', keys: COLUMN_KEYS },
};

function sentRequests(): docs_v1.Schema$Request[] {
  const env = createFakeEnvironment();
  const sent: docs_v1.Schema$Request[] = [];
  const docs: DocsApi = {
    get: (id) => env.Docs.Documents.get(id) as ReturnType<DocsApi['get']>,
    batchUpdate: (requests, id) => {
      sent.push(...(requests as docs_v1.Schema$Request[]));
      return env.Docs.Documents.batchUpdate({ requests }, id);
    },
  };
  const built = buildReportDocument(seedWorkbook(), { ...ALL_REPORTS, landscape: false }, NOW);
  if (!built.ok) throw new Error(built.error.message_en);
  renderGoogleDoc(env.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp, built.document, { docs });
  return sent;
}

describe('Docs API requests against the official Docs v1 schema', () => {
  const requests = sentRequests();

  it('sends only request kinds of docs_v1.Schema$Request, one per entry', () => {
    expect(requests.length).toBeGreaterThan(100);
    for (const r of requests) {
      const keys = Object.keys(r);
      expect(keys).toHaveLength(1);
      expect(KINDS).toContain(keys[0]);
    }
    const kinds = new Set(requests.map((r) => Object.keys(r)[0]));
    for (const k of ['insertSectionBreak', 'updateSectionStyle', 'pinTableHeaderRows', 'updateTableRowStyle']) {
      expect(kinds).toContain(k);
    }
  });

  it('names in every field mask only fields of the official style object, and sets each of them', () => {
    for (const r of requests) {
      const [kind, body] = Object.entries(r)[0] as [keyof typeof MASKS, Record<string, unknown>];
      const mask = MASKS[kind];
      if (!mask) continue;
      const fields = String(body.fields).split(',');
      const style = body[mask.style] as Record<string, unknown>;
      for (const f of fields) {
        expect(mask.keys).toContain(f);
        expect(style).toHaveProperty(f);
      }
    }
  });
});
