// Page layout as an officer would check it before signing, asserted the same way on the .docx (its XML)
// and on the Google Doc (the fakes' record of the DocumentApp calls and Docs API requests).
import { createFakeEnvironment, describeDocument } from '../../../src/fakes';
import { buildReportDocument, DEFAULT_PAGE, type ReportDocument } from '../../../src/core/report';
import {
  blank,
  body,
  heading,
  keptGroup,
  listItem,
  numberedList,
  pageBreak,
  signature,
  title,
} from '../../../src/core/report/blocks';
import type { ExportInput } from '../../../src/core/rpc/contract';
import { withDigits } from '../../../src/core/thai';
import type { WorkbookData } from '../../../src/core/workbook/types';
import type { DocsApi } from '../../../src/gas/docs/docs-api';
import { renderGoogleDoc } from '../../../src/gas/docs/render';
import { renderDocx } from '../../../src/node/docx';
import { docLayout, docxLayout, xmlProblem, type LayoutRecord } from './layout-record';
import { ALL_REPORTS, NOW, seedWorkbook } from './seed-workbook';

function build(workbook: WorkbookData = seedWorkbook(), input: ExportInput = ALL_REPORTS): ReportDocument {
  const built = buildReportDocument(workbook, input, NOW);
  if (!built.ok) throw new Error(built.error.message_en);
  return built.document;
}

function docsOf(env: ReturnType<typeof createFakeEnvironment>): DocsApi {
  return {
    get: (id) => env.Docs.Documents.get(id) as ReturnType<DocsApi['get']>,
    batchUpdate: (requests, id) => env.Docs.Documents.batchUpdate({ requests }, id),
  };
}

function googleDoc(model: ReportDocument): LayoutRecord {
  const env = createFakeEnvironment();
  renderGoogleDoc(env.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp, model, { docs: docsOf(env) });
  return docLayout(describeDocument(env.documents[0]!));
}

async function both(model: ReportDocument): Promise<[string, LayoutRecord][]> {
  return [
    ['.docx', await docxLayout(await renderDocx(model))],
    ['Google Doc', googleDoc(model)],
  ];
}

const sectionOf = (r: LayoutRecord, startsWith: string) => {
  const p = r.paragraphs.find((x) => x.text.startsWith(startsWith));
  if (!p) throw new Error(`no paragraph "${startsWith}"`);
  return r.sections[p.section];
};

const LINE_BREAK = /[\n\r\v\u2028\u2029]/;

describe('page layout of the exported bundle, the same in the .docx and the Google Doc', () => {
  let records: [string, LayoutRecord][] = [];
  beforeAll(async () => {
    records = await both(build());
  });

  it('gives each part its orientation by content: memo, cover and narrative portrait, wide tables landscape', () => {
    const [docx, doc] = [records[0]![1], records[1]![1]];
    expect(doc.sections).toEqual(docx.sections);
    for (const [, r] of records) {
      expect(sectionOf(r, 'บันทึกข้อความ')).toBe('portrait');
      expect(sectionOf(r, 'รายงานการวิเคราะห์ผลการประเมิน')).toBe('portrait');
      expect(sectionOf(r, '๕. ข้อเสนอแนะในการจัดทำมาตรการ')).toBe('landscape');
      expect(sectionOf(r, 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม')).toBe('landscape');
      expect(r.sections.filter((s) => s === 'landscape').length).toBeGreaterThanOrEqual(3);
    }
  });

  it('never puts a line break inside a paragraph, in the text or in table cells', () => {
    for (const [, r] of records) {
      expect(r.paragraphs.filter((p) => LINE_BREAK.test(p.text))).toEqual([]);
      expect(r.tables.flatMap((t) => t.cellTexts).filter((t) => LINE_BREAK.test(t))).toEqual([]);
      // the multi-line cells became paragraphs of their own
      expect(r.tables.flatMap((t) => t.cellTexts)).toContain('-รอบ ๖ เดือน');
    }
  });

  it('keeps every signature block on one page and headings with what follows', () => {
    for (const [, r] of records) {
      const group = r.keptGroups.find((g) => g.texts.includes('(สุกิจ มูลศรี)'));
      expect(group?.texts.slice(0, 3)).toEqual(['จึงเรียนมาเพื่อโปรดทราบและพิจารณา', 'สิบเอก', '(สุกิจ มูลศรี)']);
      expect(r.paragraphs.find((p) => p.text.startsWith('๕. ข้อเสนอแนะ'))?.keepNext).toBe(true);
    }
  });

  it('prints every signature, with what leads into it, as one borderless one-cell table whose row cannot split', () => {
    const [docx, doc] = [records[0]![1], records[1]![1]];
    // LibreOffice splits a chain of keep-with-next paragraphs once the file is a few pages long; it never
    // splits a row marked so. The same groups, in the same places, in both renderers.
    const place = (r: LayoutRecord) => r.keptGroups.map((g) => [g.texts, g.section, g.beforeParagraph]);
    expect(place(doc)).toEqual(place(docx));
    const usableWidthPt = ((21 - 3 - 2) / 2.54) * 72;
    const steps = seedWorkbook().settings!.chain.length;
    for (const [, r] of records) {
      // the memo's closing and its comment steps
      expect(r.keptGroups.length).toBe(1 + steps);
      for (const g of r.keptGroups) {
        expect(g).toMatchObject({ rowKeptWhole: true, borderless: true, noPadding: true, keepNextInside: false });
        expect(g.widthPt).toBeCloseTo(usableWidthPt, 0);
      }
      // no signature line is left outside a group
      const names = r.keptGroups.flatMap((g) => g.texts.filter((t) => /^\(.*\)$/.test(t)));
      expect(names.length).toBe(1 + steps);
      expect(r.paragraphs.filter((p) => names.includes(p.text))).toEqual([]);
    }
  });

  it("keeps the analysis report's preparer and approver each with their label, when the report is signed", async () => {
    const workbook = seedWorkbook();
    workbook.settings!.signReport = true;
    for (const [, r] of await both(build(workbook, { ...ALL_REPORTS, memo: false }))) {
      expect(r.keptGroups.map((g) => g.texts.slice(0, 2))).toEqual([
        ['ผู้จัดทำรายงาน', 'สิบเอก'],
        ['ผู้อนุมัติ', '(นายอนุรักษ์ โปร่งใส)'],
      ]);
      expect(r.keptGroups.every((g) => g.rowKeptWhole && g.borderless && g.noPadding)).toBe(true);
    }
  });

  it('keeps each comment of the memo chain — heading, comment lines, signature — in one kept group', () => {
    for (const [, r] of records) {
      const step = r.keptGroups.find((g) => g.texts[0] === 'ความเห็นของปลัดองค์การบริหารส่วนตำบลตะโก');
      expect(step?.texts).toEqual([
        'ความเห็นของปลัดองค์การบริหารส่วนตำบลตะโก',
        'เห็นควรเผยแพร่บนเว็บไซต์ของหน่วยงาน',
        'ว่าที่ ร.ต.',
        '(ปริญญา จันทร์หอม)',
        'ปลัดองค์การบริหารส่วนตำบลตะโก',
      ]);
      // the blank line before it is not in it: a page never starts with that blank line
      expect(r.keptGroups.every((g) => g.texts[0] !== '')).toBe(true);
    }
  });

  it('repeats every table header row on each page; rows split only where the model lets them, on both sides', () => {
    const [docx, doc] = [records[0]![1], records[1]![1]];
    const flags = (r: LayoutRecord) => r.tables.map((t) => [t.headerRepeated, t.rowsKeptWhole]);
    expect(flags(doc)).toEqual(flags(docx));
    for (const [, r] of records) {
      expect(r.tables.length).toBeGreaterThan(5);
      expect(r.tables.every((t) => t.headerRepeated)).toBe(true);
      expect(r.tables.filter((t) => t.rowsKeptWhole).length).toBeGreaterThan(5);
    }
  });
});

describe('lists and kept-together closings', () => {
  const t = (s: string) => withDigits(s, 'thai');
  const model: ReportDocument = {
    title: 'รายการ',
    page: DEFAULT_PAGE,
    sections: [
      {
        id: 'analysis',
        name: 'รายการ',
        orientation: 'portrait',
        blocks: [
          title('ข้อเสนอแนะ'),
          listItem('๑.', 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) มีข้อเสนอแนะ ดังนี้'),
          ...numberedList(['สร้างการรับรู้\nอย่างต่อเนื่อง', 'เปิดโอกาสให้บุคลากรมีส่วนร่วม'], {
            numbering: 'paren',
            t,
            level: 1,
          }),
          listItem('๒.', 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)'),
          heading('สรุป'),
          keptGroup([
            body('จึงเรียนมาเพื่อโปรดทราบ'),
            blank(),
            signature({ name: 'สมศรี ใจดี', rank: 'นาง', positionLines: ['หัวหน้าสำนักปลัด'] }, t),
          ]),
          // a signature outside any group is kept as a group of its own
          signature({ name: 'สมชาย ใจดี', positionLines: ['ปลัด'] }, t),
        ],
      },
    ],
  };

  it('prints every item as its own paragraph with its own number, levels as the seeds write them', async () => {
    for (const [, r] of await both(model)) {
      const texts = r.paragraphs.map((p) => p.text);
      expect(texts.filter((x) => /^(๑\.|\(๑\)|\(๒\)|๒\.)\t/.test(x))).toEqual([
        '๑.\tแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) มีข้อเสนอแนะ ดังนี้',
        '(๑)\tสร้างการรับรู้',
        '(๒)\tเปิดโอกาสให้บุคลากรมีส่วนร่วม',
        '๒.\tแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)',
      ]);
      // the item's second typed line is a paragraph of its own, kept with the item
      expect(texts).toContain('อย่างต่อเนื่อง');
      expect(r.paragraphs.find((p) => p.text === '(๑)\tสร้างการรับรู้')?.keepNext).toBe(true);
    }
  });

  it('keeps the closing with its signature, honorific inside the parentheses', async () => {
    for (const [, r] of await both(model)) {
      expect(r.keptGroups.map((g) => g.texts)).toEqual([
        ['จึงเรียนมาเพื่อโปรดทราบ', '(นางสมศรี ใจดี)', 'หัวหน้าสำนักปลัด'],
        ['(สมชาย ใจดี)', 'ปลัด'],
      ]);
      expect(r.keptGroups.every((g) => g.rowKeptWhole && g.borderless && g.noPadding)).toBe(true);
      expect(r.paragraphs.map((p) => p.text)).not.toContain('จึงเรียนมาเพื่อโปรดทราบ');
    }
  });
});

describe('kept groups after a page break and next to each other', () => {
  const t = (s: string) => withDigits(s, 'thai');
  const group = (name: string) => keptGroup([body('ความเห็น'), signature({ name, positionLines: ['ปลัด'] }, t)]);
  const model: ReportDocument = {
    title: 'กลุ่ม',
    page: DEFAULT_PAGE,
    sections: [
      {
        id: 'memo',
        name: 'กลุ่ม',
        orientation: 'portrait',
        blocks: [body('ก่อน'), pageBreak(), group('สมชาย ใจดี'), group('สมศรี ใจงาม')],
      },
    ],
  };

  it('starts the new page with the group and keeps the two groups apart, on both sides', async () => {
    for (const [, r] of await both(model)) {
      expect(r.keptGroups.map((g) => g.texts[1])).toEqual(['(สมชาย ใจดี)', '(สมศรี ใจงาม)']);
    }
    // Word joins two tables with nothing between them: an empty paragraph separates them.
    const { xml } = await docxLayout(await renderDocx(model));
    expect(xml).toMatch(/<\/w:tbl><w:p>(<w:pPr\/>)?<\/w:p><w:tbl>|<\/w:tbl><w:p\/><w:tbl>/);
    // Docs refuses a page break on a paragraph in a table: the break goes on a paragraph before the group.
    const env = createFakeEnvironment();
    renderGoogleDoc(env.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp, model, { docs: docsOf(env) });
    const blocks = describeDocument(env.documents[0]!).body;
    const first = blocks.findIndex((b) => b.type === 'TABLE');
    expect(blocks[first - 1]).toMatchObject({ type: 'PARAGRAPH', attributes: { PAGE_BREAK_BEFORE: true } });
    expect(blocks[first + 1]?.type).toBe('PARAGRAPH');
  });
});

describe('.docx digits and characters', () => {
  it('numbers the pages in the export digits: Thai digits when Thai, Arabic otherwise', async () => {
    const thai = await docxLayout(await renderDocx(build()));
    expect(thai.xml.match(/<w:pgNumType (?:w:start="1" )?w:fmt="thaiNumbers"\/>/g)?.length).toBe(thai.sections.length);
    const arabic = await docxLayout(await renderDocx(build(seedWorkbook(), { ...ALL_REPORTS, digits: 'arabic' })));
    expect(arabic.xml).not.toContain('thaiNumbers');
    expect(arabic.xml.match(/<w:pgNumType (?:w:start="1" )?w:fmt="decimal"\/>/g)?.length).toBe(arabic.sections.length);
  });

  it('drops characters XML forbids (U+FFFE, U+FFFF, lone surrogates, controls) so the file parses', async () => {
    const workbook = seedWorkbook();
    const first = workbook.measures[0]!;
    workbook.measures[0] = { ...first, measure: `มาตรการ\uFFFE ทดสอบ\uFFFF\u0001\uD800 ครบ`, owners: 'กอง\u000Bคลัง' };
    const model = build(workbook);
    const docx = await docxLayout(await renderDocx(model));
    expect(xmlProblem(docx.xml)).toBeNull();
    expect(docx.xml).toContain('มาตรการ ทดสอบ ครบ');
    const doc = googleDoc(model);
    const cells = doc.tables.flatMap((t) => t.cellTexts);
    expect(cells).toContain('มาตรการ ทดสอบ ครบ');
    // eslint-disable-next-line no-control-regex
    expect(cells.join('')).not.toMatch(/[\uFFFE\uFFFF\u0001\uD800]/);
  });

  it('the XML check itself refuses a forbidden character', () => {
    expect(xmlProblem('<a>x\uFFFEy</a>')).toMatch(/U\+FFFE/);
    expect(xmlProblem('<a><b></a></b>')).not.toBeNull();
    expect(xmlProblem('<a><b/>t</a>')).toBeNull();
  });
});
