// How report tables fit the page at today's defaults (FY 2570, ITA 2569, the catalogue's long measures), the
// same in the .docx (its XML) and the Google Doc (the fakes' record): a tall measure row may split over a
// page break instead of leaving half a page empty, the chart's bars never wrap, and "พ.ศ. ๒๕๗๐" never
// breaks between the era and the year. And the .docx numbers each document of the bundle on its own.
import JSZip from 'jszip';
import { createFakeEnvironment, describeDocument } from '../../../src/fakes';
import {
  buildReportDocument,
  chartAsTable,
  columnWidthsCm,
  DEFAULT_PAGE,
  pageSections,
  type ReportDocument,
} from '../../../src/core/report';
import type { DocsApi } from '../../../src/gas/docs/docs-api';
import { renderGoogleDoc } from '../../../src/gas/docs/render';
import { renderDocx } from '../../../src/node/docx';
import { docLayout, docxLayout, type LayoutRecord } from './layout-record';
import { NOW, seedFixtures } from './seed-workbook';

function todayModel(): ReportDocument {
  const f = seedFixtures().find((x) => x.id === 'today-2570-bundle');
  if (!f) throw new Error('no today fixture');
  const built = buildReportDocument(f.workbook, f.input, NOW);
  if (!built.ok) throw new Error(built.error.message_en);
  return built.document;
}

function googleDoc(model: ReportDocument, withDocs = true): LayoutRecord {
  const env = createFakeEnvironment();
  const docs: DocsApi = {
    get: (id) => env.Docs.Documents.get(id) as ReturnType<DocsApi['get']>,
    batchUpdate: (requests, id) => env.Docs.Documents.batchUpdate({ requests }, id),
  };
  renderGoogleDoc(env.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp, model, {
    docs: withDocs ? docs : null,
  });
  return docLayout(describeDocument(env.documents[0]!));
}

const CM_PER_PT = 2.54 / 72;
/** "█" as LibreOffice and Docs print it (DejaVu Sans fallback, measured): 0.77 em. */
const BAR_EM = 0.769;
const BAR_PT = 9;
/** Word's default cell margins, left + right (108 twips each). */
const CELL_MARGINS_PT = 10.8;

const isMeasuresTable = (t: LayoutRecord['tables'][number]) =>
  t.cellTexts.includes('ระยะเวลา') && t.cellTexts.includes('ขั้นตอน/วิธีการปฏิบัติ');
const isScoreTable = (t: LayoutRecord['tables'][number]) => t.cellTexts.includes('เทียบเป้าหมาย');
const longestBar = (texts: string[]) => Math.max(0, ...texts.map((x) => (/^█+$/.test(x) ? x.length : 0)));

describe('report tables fit the page (today: FY 2570, ITA 2569, catalogue measures)', () => {
  let docx: LayoutRecord & { xml: string };
  let doc: LayoutRecord;
  beforeAll(async () => {
    const model = todayModel();
    docx = await docxLayout(await renderDocx(model));
    doc = googleDoc(model);
  });

  it('lets a measure row taller than a third of the page split, keeps short rows whole, the same in both', () => {
    for (const r of [docx, doc]) {
      const measures = r.tables.filter(isMeasuresTable);
      expect(measures).toHaveLength(1);
      const rows = measures[0]!.rowKept;
      expect(rows[0]).toBe(true); // the header row
      // The catalogue's measures are 10–17 cm tall in a 16.5 cm landscape page: they flow over the break.
      expect(rows.slice(1).filter((kept) => !kept).length).toBeGreaterThanOrEqual(4);
      // The score table's one-line rows still never split.
      const scores = r.tables.find(isScoreTable);
      expect(scores?.rowKept.every(Boolean)).toBe(true);
    }
    expect(doc.tables.map((t) => t.rowKept)).toEqual(docx.tables.map((t) => t.rowKept));
  });

  it('gives the room to the column with the most text: the steps, not one-line columns beside them', () => {
    for (const r of [docx, doc]) {
      const t = r.tables.find(isMeasuresTable)!;
      // มาตรการ | แนวทางการปฏิบัติ | ขั้นตอน/วิธีการปฏิบัติ | ผู้รับผิดชอบ | ระยะเวลา | การกำกับติดตาม
      const [, , steps, owners, period] = t.columnWidthsPt;
      expect(Math.max(...t.columnWidthsPt)).toBe(steps);
      expect(steps!).toBeGreaterThan(owners! + period!);
    }
  });

  it('sizes the bar column of the chart table to its longest bar, so no bar wraps', async () => {
    const chartTables = docx.tables.filter((t) => t.cellTexts.some((x) => /^█+$/.test(x)));
    expect(chartTables).toHaveLength(1);
    const t = chartTables[0]!;
    const bars = longestBar(t.cellTexts);
    expect(bars).toBeGreaterThanOrEqual(19);
    expect(t.columnWidthsPt[2]).toBeGreaterThanOrEqual(bars * BAR_EM * BAR_PT + CELL_MARGINS_PT);
    // The Google Doc draws the same table when it cannot make a chart image.
    const fallback = googleDoc(todayModel(), false).tables.find((x) => x.cellTexts.some((c) => /^█+$/.test(c)));
    expect(fallback?.columnWidthsPt[2]).toBeGreaterThanOrEqual(bars * BAR_EM * BAR_PT + CELL_MARGINS_PT);
  });

  it('gives a full bar of 100 points room on a portrait page beside the longest indicator names', () => {
    const names = [
      'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่',
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      'ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน',
      'ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต',
    ];
    const table = chartAsTable({
      kind: 'chart',
      title: 'คะแนน',
      bars: names.map((label, i) => ({ label, short: String(i), value: 100 - i * 10, display: '๑๐๐.๐๐' })),
      target: 85,
      targetLabel: 'ค่าเป้าหมาย ๘๕',
    });
    const widthPt = columnWidthsCm(table, DEFAULT_PAGE, 'portrait')[2]! / CM_PER_PT;
    expect(widthPt).toBeGreaterThanOrEqual(20 * BAR_EM * BAR_PT + CELL_MARGINS_PT);
  });

  it('joins "พ.ศ." to its year with a no-break space in titles, preface, cover and tables, on both sides', () => {
    const fy = 'พ.ศ.\u00A0๒๕๗๐';
    const docxTexts = [...docx.paragraphs.map((p) => p.text), ...docx.tables.flatMap((t) => t.cellTexts)];
    const docTexts = [...doc.paragraphs.map((p) => p.text), ...doc.tables.flatMap((t) => t.cellTexts)];
    for (const texts of [docxTexts, docTexts]) {
      expect(texts).toContain(`ขององค์การบริหารส่วนตำบลตะโก ประจำปีงบประมาณ ${fy}`);
      expect(texts.filter((x) => x.includes(fy)).length).toBeGreaterThan(5);
      expect(texts.filter((x) => /พ\.ศ\. [\u0E50-\u0E590-9]/u.test(x))).toEqual([]);
    }
    expect(docx.xml).toContain(`ประจำปีงบประมาณ ${fy}`);
  });
});

describe('page numbers of the .docx bundle', () => {
  it('numbers the memo and each report from 1 on its own and prints no number on the cover', async () => {
    const model = todayModel();
    const zip = await JSZip.loadAsync(await renderDocx(model));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
    const footerOf = async (sectPr: string) => {
      const id = sectPr.match(/<w:footerReference w:type="default" r:id="(\w+)"/)?.[1];
      const target = rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1];
      return (await zip.file(`word/${target}`)?.async('string')) ?? '';
    };
    const sectPrs = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    const parts = pageSections(model);
    expect(sectPrs).toHaveLength(parts.length);
    expect(parts.map((p) => p.sectionId)).toEqual(expect.arrayContaining(['memo', 'cover', 'measures']));
    for (const [i, part] of parts.entries()) {
      const sectPr = sectPrs[i]!;
      // A report's first page is page 1; its later parts (landscape tables) go on counting.
      expect(/<w:pgNumType w:start="1"/.test(sectPr)).toBe(part.part === 0);
      expect(/PAGE/.test(await footerOf(sectPr))).toBe(part.sectionId !== 'cover');
    }
  });
});
