import {
  buildReportDocument,
  paragraphText,
  type Block,
  type ReportDocument,
  type Table,
} from '../../../src/core/report';
import type { ExportInput } from '../../../src/core/rpc/contract';
import { ALL_REPORTS, NOW, seedWorkbook } from './seed-workbook';

function build(input: Partial<ExportInput> = {}, wb = seedWorkbook()): ReportDocument {
  const built = buildReportDocument(wb, { ...ALL_REPORTS, ...input }, NOW);
  if (!built.ok) throw new Error(built.error.message_en);
  return built.document;
}

function blocksOf(doc: ReportDocument, id: string): Block[] {
  const s = doc.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s.blocks;
}

/** Every text of a block list: paragraphs, table headers and cells, signatures, chart labels. */
function texts(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(paragraphText(b));
    if (b.kind === 'table') {
      out.push(...b.columns.map((c) => c.header));
      for (const r of b.rows) for (const c of r.cells) out.push(...c.lines);
    }
    if (b.kind === 'signature') out.push(...(b.rank ? [b.rank] : []), b.name, ...b.positionLines);
    if (b.kind === 'keptGroup') out.push(...texts(b.blocks));
    if (b.kind === 'chart') out.push(b.title, ...b.bars.map((x) => `${x.label} ${x.display}`));
  }
  return out;
}
const allText = (doc: ReportDocument) => doc.sections.flatMap((s) => texts(s.blocks)).join('\n');
const tables = (blocks: Block[]) => blocks.filter((b): b is Table => b.kind === 'table');

describe('analysis report (D1) from the seed workbook', () => {
  const doc = build({ reports: ['analysis'], memo: false, cover: false });
  const text = texts(blocksOf(doc, 'analysis')).join('\n');

  it('prints the overall computed from the indicators (79.84, as published in [001]) with its level', () => {
    expect(text).toContain('มีค่าคะแนนเท่ากับ ๗๙.๘๔ คะแนน อยู่ในระดับ B');
    expect(text).toContain('เท่ากับ ๗๙.๘๔ คะแนน ต่ำกว่าค่าเป้าหมายที่กำหนดเกณฑ์ไว้คือ ๘๕ คะแนน');
  });

  it('ranks the indicators: highest 1, second 3, lowest 10', () => {
    expect(text).toContain('ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนนเท่ากับ ๙๗.๒๕ ซึ่งเป็นคะแนนที่สูงที่สุด');
    expect(text).toContain('รองลงมาคือ ตัวชี้วัดที่ ๓ การใช้อำนาจ ได้คะแนนเท่ากับ ๙๓.๙๒');
    expect(text).toContain('คือ ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ได้คะแนนเท่ากับ ๕๑.๒๕');
  });

  it('gives each tool its score and names its weakest indicator (IIT: 2 at 86.57, not 4 at 86.58)', () => {
    expect(text).toContain('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) มีค่าคะแนนเท่ากับ ๙๑.๕๖ คะแนน');
    expect(text).toContain('โดยประกอบด้วย ๕ ตัวชี้วัด');
    expect(text).toContain('จากลำดับคะแนน พบว่าตัวชี้วัดที่ ๒ การใช้งบประมาณ มีค่าคะแนนน้อยที่สุดในกลุ่มเครื่องมือ');
    expect(text).toContain('ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน มีผลคะแนน เท่ากับ ๘๓.๒๐ คะแนน');
  });

  it('has the exact headings of [001] part B, numbered 1–5', () => {
    for (const h of [
      '๑. หลักการและเหตุผล',
      '๓. การวิเคราะห์ข้อมูล',
      '๔. ประเด็นที่ต้องพัฒนาให้ดีขึ้น (ทั้ง ๓ เครื่องมือ)',
      '๕. ข้อเสนอแนะในการจัดทำมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานให้ดีขึ้น',
    ]) {
      expect(text).toContain(h);
    }
    expect(text).toContain('(ข้อมูลจากระบบ ITAS ปี พ.ศ.\u00A0๒๕๖๖)');
  });

  it('lists strengths at or above the target and the urgent weakness set by the user', () => {
    const blocks = blocksOf(doc, 'analysis').map((b) => (b.kind === 'paragraph' ? paragraphText(b) : ''));
    const from = blocks.findIndex((t) => t.startsWith('๓.๑ ประเด็นจุดแข็ง'));
    const to = blocks.findIndex((t) => t.startsWith('๓.๒'));
    const strengths = blocks.slice(from + 1, to);
    expect(strengths).toHaveLength(7); // 1,3,5,6,4,2,7 ≥ 85; 8, 9, 10 are below
    expect(strengths.join()).not.toContain('ตัวชี้วัดที่ ๘');
    expect(blocks[to + 1]).toBe('ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (๕๑.๒๕ คะแนน)');
  });

  it('has a scores table with 3 tools, 10 indicators, the overall and the level, and the chart of 10 bars', () => {
    const t = tables(blocksOf(doc, 'analysis'))[0] as Table;
    expect(t.rows).toHaveLength(3 + 10 + 2);
    expect(t.rows[t.rows.length - 2]?.cells[1]?.lines).toEqual(['๗๙.๘๔']);
    const chart = blocksOf(doc, 'analysis').find((b) => b.kind === 'chart');
    expect(chart && chart.kind === 'chart' && chart.bars.length).toBe(10);
  });

  it('puts the user’s development issues in the per-tool §4 tables and the measures in the §5 table', () => {
    const ts = tables(blocksOf(doc, 'analysis'));
    const [iit, eit, oit, measures] = ts.slice(1);
    expect(iit?.rows[0]?.cells[0]?.lines).toEqual(['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ']);
    expect(eit?.rows[0]?.cells[2]?.lines).toHaveLength(2);
    expect(oit?.rows[0]?.cells[0]?.lines).toEqual(['ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต']);
    expect(measures?.columns.map((c) => c.header)).toEqual([
      'มาตรการ',
      'แนวทางการปฏิบัติ',
      'ขั้นตอน/วิธีการปฏิบัติ',
      'ผู้รับผิดชอบ',
      'การกำกับติดตาม',
    ]);
    expect(measures?.rows).toHaveLength(6);
  });
});

describe('every report', () => {
  const doc = build();
  const text = allText(doc);

  it('names only the configured agency and only the years of the settings', () => {
    const agencies = [...text.matchAll(/องค์การบริหารส่วนตำบล(\S+?)(?=\s|$|\)|,)/g)].map((m) => m[1]);
    expect(new Set(agencies)).toEqual(new Set(['ตะโก']));
    const years = new Set(
      [...text.replace(/https?:\/\/\S+/g, '').matchAll(/[๒2][๕5][๔-๙4-9][๐-๙0-9]/g)].map((m) => m[0]),
    );
    // Y−1, Y, the national strategy (2561–2580) and the information act (2540) quoted in a measure.
    expect(years).toEqual(new Set(['๒๕๖๖', '๒๕๖๗', '๒๕๖๑', '๒๕๘๐', '๒๕๔๐']));
  });

  it('writes every number in Thai digits, item codes too ("O๔๓" as [000] writes them), but leaves URLs as typed', () => {
    expect(text).toContain('https://www.tako.go.th/ita2567/o1');
    expect(text).toContain('https://www.tako.go.th/news/2567/115');
    const withoutUrls = text.replace(/https?:\/\/\S+/g, '');
    expect(withoutUrls).not.toMatch(/[0-9]/);
    expect(text).toContain('O๔๓');
  });

  it('can write Arabic digits instead', () => {
    const arabic = allText(build({ digits: 'arabic' }));
    expect(arabic).toContain('มีค่าคะแนนเท่ากับ 79.84 คะแนน');
    // One rule: the memo's ที่ follows the digits too ("นม 81001/123").
    expect(arabic).toContain('นม 81001/123');
    expect(arabic).not.toMatch(/[๐-๙]/);
  });

  it('orders memo, cover, then the reports, each a section', () => {
    expect(doc.sections.map((s) => s.id)).toEqual([
      'memo',
      'cover',
      'analysis',
      'measures',
      'results',
      'progress',
      'oit',
    ]);
    expect(doc.title).toBe('ITA ปีงบประมาณ 2567 – องค์การบริหารส่วนตำบลตะโก – รายงาน 5 ฉบับ – 2567-03-24 10:30:00');
  });

  it('prints wide reports landscape when asked, never the memo', () => {
    const wide = build({ landscape: true });
    expect(Object.fromEntries(wide.sections.map((s) => [s.id, s.orientation]))).toEqual({
      memo: 'portrait',
      cover: 'portrait',
      analysis: 'portrait',
      measures: 'landscape',
      results: 'landscape',
      progress: 'landscape',
      oit: 'landscape',
    });
  });

  it('refuses without settings, with a message in both languages', () => {
    const wb = seedWorkbook();
    wb.settings = null;
    const built = buildReportDocument(wb, ALL_REPORTS, NOW);
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.error.message_th).toContain('ตั้งค่า');
  });
});

describe('results report', () => {
  it('family R (annual): the seven columns of [003] and each measure’s 12-month result', () => {
    const blocks = blocksOf(build({ reports: ['results'] }), 'results');
    const text = texts(blocks).join('\n');
    // The title as [000] writes it: no "(O43)".
    expect(text).toContain('รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\nขององค์การบริหารส่วนตำบลตะโก');
    expect(text).toContain('ประจำปีงบประมาณ พ.ศ.\u00A0๒๕๖๗');
    expect(text).not.toMatch(/\(O[0-9๐-๙]+\)/);
    const t = tables(blocks)[0] as Table;
    expect(t.columns.map((c) => c.header)).toEqual([
      'ลำดับ',
      'มาตรการ/กิจกรรม',
      'วิธีดำเนินการ',
      'ระยะเวลาในการดำเนินการ',
      'ผู้รับผิดชอบ',
      'สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม',
      'ผลลัพธ์หรือความสำเร็จในการดำเนินการ',
    ]);
    expect(t.rows).toHaveLength(6);
    expect(t.rows[0]?.cells[5]?.lines).toEqual([
      'ดำเนินการแล้วเมื่อวันที่ ๑๐ มกราคม ๒๕๖๗',
      'ส่งบุคลากร ๑๒ คนเข้ารับการอบรม',
      'หลักฐาน: https://www.tako.go.th/news/2567/115',
    ]);
    expect(t.rows[0]?.cells[6]?.lines).toContain('ข้อเสนอแนะ: เห็นสมควรทำหนังสือแจ้งเวียนทุกเดือน');
  });

  it('family P (plan, 6 months): one table per tool with the five columns of [002] and the 6-month result', () => {
    const blocks = blocksOf(build({ reports: ['results'], layout: 'plan', round: '6' }), 'results');
    const text = texts(blocks).join('\n');
    expect(text).toContain('(เดือนตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗)');
    expect(text).toContain('เครื่องมือการประเมิน IIT');
    expect(text).toContain('เครื่องมือการประเมิน EIT');
    expect(text).toContain('เครื่องมือการประเมิน OIT');
    const ts = tables(blocks);
    expect(ts).toHaveLength(3);
    expect(ts[0]?.columns.map((c) => c.header)).toEqual([
      'ประเด็นที่ต้องปรับปรุงแก้ไข/ ประเด็นที่ต้องพัฒนา',
      'ผู้รับผิดชอบ',
      'ขั้นตอนหรือวิธีการ/มาตรการ',
      'การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ',
      'การดำเนินการ',
    ]);
    // Rows in indicator order; a row whose issue is the indicator itself needs no sub-group row.
    expect(ts[0]?.rows.map((r) => r.cells[0]?.lines[0])).toEqual([
      'ตัวชี้วัดที่ ๒ การใช้งบประมาณ',
      'ตัวชี้วัดที่ ๓ การใช้อำนาจ',
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต',
    ]);
    expect(ts[0]?.rows[3]?.cells[4]?.lines).toEqual(['อยู่ระหว่างดำเนินการ', 'ส่งบุคลากร ๓ คนเข้ารับการอบรม']);
    // An EIT question sits under its indicator's sub-group row, as in [002]/[004].
    expect(ts[1]?.rows[0]?.group).toBe(true);
    expect(ts[1]?.rows[0]?.cells[0]?.lines).toEqual(['ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร']);
    expect(ts[1]?.rows[1]?.cells[0]?.lines).toEqual(['E๖ การเผยแพร่ข้อมูลของหน่วยงาน']);
  });
});

describe('indicator progress (D5) and OIT checklist (D6)', () => {
  const doc = build({ reports: ['progress', 'oit'] });

  it('puts indicators 1–5 under IIT and 6–8 under EIT', () => {
    const blocks = blocksOf(doc, 'progress');
    const text = texts(blocks);
    expect(text).toContain('ประเด็นการประเมิน IIT');
    expect(text).toContain('ประเด็นการประเมิน EIT');
    const [iit, eit] = tables(blocks);
    expect(iit?.rows.map((r) => r.cells[0]?.lines[0])).toEqual(
      [1, 2, 3, 4, 5].map((n) => expect.stringContaining(`ตัวชี้วัดที่ ${'๐๑๒๓๔๕๖๗๘๙'[n]}`)),
    );
    expect(eit?.rows).toHaveLength(3);
    expect(iit?.columns[1]?.header).toBe('แนวทางการยกระดับการประเมิน');
  });

  it('groups the OIT items under sub-indicator and sub-group rows, codes in the digits as [000] prints them (O๑)', () => {
    const t = tables(blocksOf(doc, 'oit'))[0] as Table;
    const groups = t.rows.filter((r) => r.group).map((r) => r.cells[0]?.lines[0]);
    expect(groups).toEqual([
      'ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน',
      'ตัวชี้วัดย่อยที่ ๙.๒ การบริหารงาน/การดำเนินงาน',
      'ตัวชี้วัดย่อยที่ ๙.๔ การบริหารและพัฒนาทรัพยากรบุคคล',
      'การบริหารทรัพยากร',
      'ตัวชี้วัดย่อยที่ ๙.๕ การส่งเสริมความโปร่งใส',
      'การจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
      'การเปิดโอกาสให้เกิดการมีส่วนร่วม',
      expect.stringMatching(/^ตัวชี้วัดย่อยที่ ๑๐\.๒ /),
      'มาตรการส่งเสริมความโปร่งใสและป้องกันการทุจริตภายในหน่วยงาน',
    ]);
    const items = t.rows.filter((r) => !r.group);
    expect(items.map((r) => r.cells[0]?.lines[0])).toEqual([
      'O๑',
      'O๒',
      'O๘',
      'O๑๑',
      'O๒๓',
      'O๒๗',
      'O๓๐',
      'O๔๒',
      'O๔๓',
    ]);
    expect(t.columns.map((c) => c.header)).toEqual([
      'ข้อ',
      'ข้อมูล',
      'องค์ประกอบด้านข้อมูล',
      'ผู้รับผิดชอบ',
      'ความก้าวหน้าผลการดำเนินงาน',
    ]);
  });
});

describe('บันทึกข้อความ (D7) and cover', () => {
  const doc = build();
  const memo = texts(blocksOf(doc, 'memo'));

  it('has the fields of [004] in order, filled from the settings', () => {
    const at = (prefix: string) => memo.findIndex((t) => t.startsWith(prefix));
    expect(memo[0]).toBe('บันทึกข้อความ');
    expect(at('ส่วนราชการ')).toBeLessThan(at('ที่'));
    // ที่ and วันที่ share one line, as in the official memo layout.
    expect(at('ที่')).toBeLessThan(at('เรื่อง'));
    expect(memo[at('ที่')]).toMatch(/^ที่ {2}นม ๘๑๐๐๑\/๑๒๓\s+วันที่ {2}๒๔ มีนาคม ๒๕๖๗$/);
    expect(at('เรื่อง')).toBeLessThan(at('เรียน'));
    expect(memo).toContain('เรียน  นายกองค์การบริหารส่วนตำบลตะโก');
    // Complete sentences: "ตามที่ … นั้น", "บัดนี้ …", "จึงเรียนมาเพื่อโปรดทราบและพิจารณา".
    expect(memo.some((t) => t.startsWith('ตามที่ ') && t.endsWith(' นั้น'))).toBe(true);
    expect(memo.some((t) => t.startsWith('บัดนี้ '))).toBe(true);
    expect(memo).toContain('จึงเรียนมาเพื่อโปรดทราบและพิจารณา');
  });

  it('signs with the name in parentheses and the position lines, then the comment chain', () => {
    expect(memo).toContain('(สุกิจ มูลศรี)');
    expect(memo).toContain('สิบเอก');
    expect(memo).toContain('ความเห็นของปลัดองค์การบริหารส่วนตำบลตะโก');
    expect(memo).toContain('เห็นควรเผยแพร่บนเว็บไซต์ของหน่วยงาน');
    expect(memo.indexOf('(ปริญญา จันทร์หอม)')).toBeGreaterThan(memo.indexOf('ความเห็นของปลัดองค์การบริหารส่วนตำบลตะโก'));
  });

  it('names what it forwards: the results report, or the analysis and measures, in the subject', () => {
    const subjectOf = (reports: ExportInput['reports']) =>
      texts(blocksOf(build({ reports }), 'memo')).find((t) => t.startsWith('เรื่อง')) ?? '';
    expect(subjectOf(['results', 'oit'])).toContain('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส');
    const analysis = subjectOf(['analysis', 'measures']);
    expect(analysis).toContain('รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส');
    expect(analysis).toContain('พ.ศ.\u00A0๒๕๖๖');
    expect(analysis).not.toContain('รายงานผลการดำเนินการ');
    expect(subjectOf(['progress'])).toContain('รายงานความก้าวหน้า');
  });

  it('cover names the round and the agency', () => {
    const cover = texts(blocksOf(doc, 'cover'));
    // The bundle opens with the analysis, so the cover says so and lists all five reports.
    expect(cover).toContain('รายงานการวิเคราะห์ผลการประเมิน');
    expect(cover).not.toContain('รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรม');
    expect(cover).toContain('ประกอบด้วย');
    expect(cover).toContain('๓. รายงานผลการดำเนินการตามมาตรการ รอบ ๑๒ เดือน');
    const results = texts(blocksOf(build({ reports: ['results', 'oit'], layout: 'plan', round: '6' }), 'cover'));
    expect(results).toContain('รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรม');
    expect(results).toContain('ประจำปีงบประมาณ พ.ศ.\u00A0๒๕๖๗ รอบ ๖ เดือน');
    expect(cover).toContain('องค์การบริหารส่วนตำบลตะโก');
    expect(cover).toContain('อำเภอห้วยแถลง จังหวัดนครราชสีมา');
  });
});
