import { createFakeEnvironment, describeDocument, type FakeEnvironment } from '../../../src/fakes';
import type { DescribedParagraph, DescribedTable } from '../../../src/fakes/document/describe';
import { buildReportDocument, type ReportDocument } from '../../../src/core/report';
import { renderGoogleDoc } from '../../../src/gas/docs/render';
import type { DocsApi } from '../../../src/gas/docs/docs-api';
import { ALL_REPORTS, NOW, seedWorkbook } from './seed-workbook';

function model(input = ALL_REPORTS): ReportDocument {
  const built = buildReportDocument(seedWorkbook(), input, NOW);
  if (!built.ok) throw new Error(built.error.message_en);
  return built.document;
}

function docsOf(env: FakeEnvironment): DocsApi {
  return {
    get: (id) => env.Docs.Documents.get(id) as ReturnType<DocsApi['get']>,
    batchUpdate: (requests, id) => env.Docs.Documents.batchUpdate({ requests }, id),
  };
}

function render(env: FakeEnvironment, withDocs: boolean, input = ALL_REPORTS) {
  const app = env.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp;
  const result = renderGoogleDoc(app, model(input), { docs: withDocs ? docsOf(env) : null });
  const doc = env.documents[env.documents.length - 1];
  if (!doc) throw new Error('no document created');
  return { result, described: describeDocument(doc) };
}

const paragraphs = (body: ReturnType<typeof describeDocument>['body']) =>
  body.filter((b): b is DescribedParagraph => b.type !== 'TABLE');
const tablesOf = (body: ReturnType<typeof describeDocument>['body']) =>
  body.filter((b): b is DescribedTable => b.type === 'TABLE');

describe('Google Doc renderer on the fakes', () => {
  it('creates one saved A4 document named after the export, with the Thai margins', () => {
    const env = createFakeEnvironment();
    const { result, described } = render(env, true);
    expect(env.documents).toHaveLength(1);
    expect(described.saved).toBe(true);
    expect(result.name).toBe(model().title);
    expect(described.page.width).toBeCloseTo(595.28, 1);
    expect(described.page.height).toBeCloseTo(841.89, 1);
    expect(described.page.marginLeft).toBeCloseTo(85.04, 1);
    expect(described.page.marginTop).toBeCloseTo(70.87, 1);
  });

  it('writes the paragraphs with Sarabun, sizes, alignment and bold runs', () => {
    const { described } = render(createFakeEnvironment(), true);
    const ps = paragraphs(described.body);
    const title = ps[0];
    expect(title?.text).toBe('บันทึกข้อความ');
    expect(title?.attributes.HORIZONTAL_ALIGNMENT).toBe('CENTER');
    expect(title?.runs[0]?.attributes).toMatchObject({ BOLD: true, FONT_SIZE: 29, FONT_FAMILY: 'Sarabun' });
    const overall = ps.find((p) => p.text.startsWith('ผลการประเมินระดับคุณธรรมและความโปร่งใส (ITA)'));
    expect(overall?.runs.filter((r) => r.attributes.BOLD).map((r) => r.text)).toEqual(['๗๙.๘๔ คะแนน']);
    expect(overall?.attributes.INDENT_FIRST_LINE).toBeCloseTo(70.87, 1);
    // The signature sits in a kept group (a one-cell table), styled as a body paragraph would be.
    const name = tablesOf(described.body)
      .flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => paragraphs(c.blocks))))
      .find((p) => p.text === '(สุกิจ มูลศรี)');
    expect(name?.attributes.HORIZONTAL_ALIGNMENT).toBe('CENTER');
    expect(name?.runs[0]?.attributes).toMatchObject({ FONT_SIZE: 16, FONT_FAMILY: 'Sarabun' });
    // Centred in the right part of the page (moved left so the long position line fits, never wrapped
    // mid-word).
    expect(name?.attributes.INDENT_START).toBeGreaterThanOrEqual(0);
    expect(name?.attributes.INDENT_START).toBeLessThan(170);
  });

  it('appends every table with all its cells at once, and styles them in one Docs API batch after saving', () => {
    const { described } = render(createFakeEnvironment(), true);
    const tables = tablesOf(described.body).filter((t) => t.rows.length > 1);
    expect(tables).toHaveLength(11);
    // and the memo's 4 kept groups: closing and 3 comment steps, one cell each
    expect(tablesOf(described.body).filter((t) => t.rows.length === 1 && t.rows[0]?.cells.length === 1)).toHaveLength(
      4,
    );
    const results = tables.find((t) => t.rows[0]?.cells[5]?.text === 'สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม');
    expect(results?.rows).toHaveLength(7);
    expect(results?.rows[1]?.cells[5]?.text).toContain('ดำเนินการแล้วเมื่อวันที่ ๑๐ มกราคม ๒๕๖๗');
    const cellRun = (results?.rows[1]?.cells[1]?.blocks[0] as DescribedParagraph).runs[0];
    expect(cellRun?.attributes).toMatchObject({ FONT_FAMILY: 'Sarabun', FONT_SIZE: 14 });
    expect(described.apiBatches).toHaveLength(1);
    const batch = described.apiBatches[0] as { requests: Record<string, unknown>[]; afterSave: boolean };
    expect(batch.afterSave).toBe(true);
    const kinds = batch.requests.map((r) => Object.keys(r)[0]);
    expect(kinds.filter((k) => k === 'pinTableHeaderRows')).toHaveLength(11);
    expect(kinds.filter((k) => k === 'mergeTableCells')).toHaveLength(9); // the OIT group rows
    expect(kinds.filter((k) => k === 'updateTableRowStyle')).toHaveLength(11 + 4);
    const shading = batch.requests.find((r) => 'updateTableCellStyle' in r) as {
      updateTableCellStyle: { tableCellStyle: { backgroundColor: { color: { rgbColor: { red: number } } } } };
    };
    expect(shading.updateTableCellStyle.tableCellStyle.backgroundColor.color.rgbColor.red).toBeCloseTo(0xd9 / 255);
  });

  it('without the Docs API styles the tables with DocumentApp: widths, shaded bold header, bold group rows', () => {
    const { described } = render(createFakeEnvironment(), false);
    expect(described.apiBatches).toHaveLength(0);
    const oit = tablesOf(described.body).find((t) => t.rows[0]?.cells[0]?.text === 'ข้อ');
    expect(oit?.columnWidths.every((w) => typeof w === 'number' && w > 20)).toBe(true);
    expect(oit?.rows[0]?.cells.map((c) => c.attributes.BACKGROUND_COLOR)).toEqual(Array(5).fill('#D9D9D9'));
    const header = oit?.rows[0]?.cells[0]?.blocks[0] as DescribedParagraph;
    expect(header.runs[0]?.attributes.BOLD).toBe(true);
    const group = oit?.rows[1]?.cells[0]?.blocks[0] as DescribedParagraph;
    expect(group.text).toBe('ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน');
    expect(group.runs[0]?.attributes.BOLD).toBe(true);
  });

  it('prints wide reports on landscape sections while the memo and cover stay portrait', () => {
    const { described, result } = render(createFakeEnvironment(), true, { ...ALL_REPORTS, landscape: true });
    expect(described.page.width).toBeCloseTo(595.28, 1);
    const orientations = described.sections.map((s) => s.orientation);
    expect(orientations[0]).toBe('portrait'); // the memo
    expect(orientations).toContain('landscape');
    expect(result.notes).toEqual([]);
  });

  it('without the Docs API prints the whole document landscape and says so', () => {
    const { described, result } = render(createFakeEnvironment(), false, { ...ALL_REPORTS, landscape: true });
    expect(described.page.width).toBeCloseTo(841.89, 1);
    expect(described.sections).toHaveLength(1);
    expect(result.notes.map((n) => n.code)).toEqual(['docs-one-orientation']);
  });

  it('grows its service calls with the tables, not the cells', () => {
    const env = createFakeEnvironment();
    render(env, true);
    const calls = env.counter.total();
    expect(env.counter.get('Document.saveAndClose')).toBe(1);
    expect(env.counter.get('Body.appendTable')).toBe(11 + 4); // tables and the memo's kept groups
    expect(env.counter.byPrefix('TableCell.')).toBe(0);
    expect(calls).toBeLessThan(300);
  });
});
