import JSZip from 'jszip';
import { renderReportsDocx } from '../../../src/node/docx';
import { ALL_REPORTS, NOW, seedWorkbook } from './seed-workbook';

async function documentXml(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no document.xml');
  return xml;
}

describe('.docx renderer', () => {
  let xml = '';
  let zipFiles: string[] = [];
  beforeAll(async () => {
    const buf = await renderReportsDocx(seedWorkbook(), { ...ALL_REPORTS, landscape: true }, NOW);
    xml = await documentXml(buf);
    zipFiles = Object.keys((await JSZip.loadAsync(buf)).files);
  });

  it('contains the Thai text of the reports with Thai digits', () => {
    expect(xml).toContain('บันทึกข้อความ');
    expect(xml).toContain('มีค่าคะแนนเท่ากับ ');
    expect(xml).toContain('๗๙.๘๔ คะแนน');
    expect(xml).toContain('ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน');
  });

  it('sets Sarabun for Thai (complex script) text, at 16 pt body and 14 pt tables', () => {
    expect(xml).toContain('w:cs="Sarabun"');
    expect(xml).toContain('<w:szCs w:val="32"/>');
    expect(xml).toContain('<w:szCs w:val="28"/>');
  });

  it('has the tables with bold, shaded header rows repeated on every page', () => {
    const tables = xml.match(/<w:tbl>/g) ?? [];
    // scores, chart, 3 × §4, §5, measures, results, 2 × progress, OIT; and 4 kept groups (the memo's closing
    // and its 3 comment steps, each a one-cell table without a header)
    expect(tables).toHaveLength(11 + 4);
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(11);
    expect(xml).toContain('w:fill="D9D9D9"');
    expect(xml).toContain('สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม');
  });

  it('gives each report its own section, the wide ones landscape, with A4 and the Thai margins', () => {
    const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    // memo, cover, analysis, its §5 measures table (landscape), the practice section after it (portrait),
    // measures, results, progress, OIT
    expect(sections).toHaveLength(9);
    const landscape = sections.filter((s) => s.includes('w:orient="landscape"'));
    expect(landscape).toHaveLength(5);
    for (const s of landscape) expect(s).toMatch(/<w:pgSz w:w="168\d\d" w:h="1190\d"/);
    expect(sections[0]).toMatch(/<w:pgSz w:w="1190\d" w:h="168\d\d"/);
    expect(sections[0]).toContain('w:top="1418"');
    expect(sections[0]).toContain('w:left="1701"');
  });

  it('numbers the pages in the footer', async () => {
    const footers = zipFiles.filter((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(footers.length).toBeGreaterThan(0);
    const buf = await renderReportsDocx(seedWorkbook(), ALL_REPORTS, NOW);
    const zip = await JSZip.loadAsync(buf);
    const footer = await zip.file(footers[0] as string)?.async('string');
    expect(footer).toContain('PAGE');
  });
});
