// What the reports say (issue 10, content side): one digit rule, the memo's layout, the analysis as a finished
// document (report date, practice section, year over year, optional signatures), family P without a forced
// measure name, titles and covers, the O42 wording. Each test failed on the code before this change.
import {
  buildReportDocument,
  flatBlocks,
  paragraphText,
  type Block,
  type ReportDocument,
  type Table,
} from '../../../src/core/report';
import { parseReportDate } from '../../../src/core/report/report-date';
import type { ExportInput } from '../../../src/core/rpc/contract';
import { prefillRows } from '../../../src/core/tabs/prefill';
import { validateWorkbook } from '../../../src/core/validation';
import { readSettings, settingsLines } from '../../../src/core/workbook/settings-map';
import type { Settings, WorkbookData } from '../../../src/core/workbook/types';
import { ALL_REPORTS, NOW, TAKO_SCORES_2566, seedWorkbook } from './seed-workbook';

function build(input: Partial<ExportInput> = {}, wb: WorkbookData = seedWorkbook()): ReportDocument {
  const built = buildReportDocument(wb, { ...ALL_REPORTS, ...input }, NOW);
  if (!built.ok) throw new Error(built.error.message_en);
  return built.document;
}
const settingsOf = (wb: WorkbookData) => wb.settings as Settings;
/** A section's blocks, kept groups opened up. */
const blocksOf = (doc: ReportDocument, id: string): Block[] =>
  flatBlocks(doc.sections.find((s) => s.id === id)?.blocks ?? []);
/** Paragraph texts with the list number a renderer prints before a list item. */
const paragraphs = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [(b.list ? `${b.list.label} ` : '') + paragraphText(b)] : []));
const tables = (blocks: Block[]) => blocks.filter((b): b is Table => b.kind === 'table');

describe('every enumerated item is its own paragraph', () => {
  it('no paragraph of any report holds a line break', () => {
    for (const layout of ['annual', 'plan'] as const) {
      for (const s of build({ layout }).sections) {
        for (const b of s.blocks) {
          if (b.kind === 'paragraph') for (const r of b.runs) expect(r.text).not.toMatch(/[\r\n]/);
        }
      }
    }
  });

  it('a tool recommendation with a numbered guideline lists the items as "(๑)", "(๒)" under "๒. …", never "๑." again', () => {
    const wb = seedWorkbook();
    // EIT's weakest is indicator 8 (83.20): give it a two-item guideline typed with "๑." / "๒.".
    wb.analysis[7] = {
      ...(wb.analysis[7] as WorkbookData['analysis'][number]),
      developIssue: '๑. ลดขั้นตอน\n๒. ใช้ระบบ IT',
    };
    const p = paragraphs(blocksOf(build({ reports: ['analysis'] }, wb), 'analysis'));
    const at = p.findIndex((t) => t.startsWith('๒. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)'));
    expect(p[at]).toMatch(/มีข้อเสนอแนะ ดังนี้$/);
    expect(p.slice(at + 1, at + 3)).toEqual(['(๑) ลดขั้นตอน', '(๒) ใช้ระบบ IT']);
    expect(p[at + 3]).toMatch(/^๓\. แบบตรวจการเปิดเผยข้อมูลสาธารณะ/);
  });
});

describe('one digit rule', () => {
  it('Arabic digits reach the memo ที่ and the item codes; Thai digits reach codes too; URLs never change', () => {
    const arabic = build({ digits: 'arabic', reports: ['oit'] });
    expect(paragraphs(blocksOf(arabic, 'memo')).join('\n')).toContain('นม 81001/123');
    expect(tables(blocksOf(arabic, 'oit'))[0]?.rows.some((r) => r.cells[0]?.lines[0] === 'O42')).toBe(true);
    const thai = build({ reports: ['oit'] });
    expect(tables(blocksOf(thai, 'oit'))[0]?.rows.some((r) => r.cells[0]?.lines[0] === 'O๔๒')).toBe(true);
    const cells = tables(blocksOf(thai, 'oit'))[0]?.rows.flatMap((r) => r.cells.flatMap((c) => c.lines)) ?? [];
    expect(cells).toContain('https://www.tako.go.th/ita/o42');
  });

  it('the target prints as people write it ("๘๕"), scores with two decimals', () => {
    const doc = build({ reports: ['analysis'] });
    const chart = blocksOf(doc, 'analysis').find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.targetLabel).toBe('ค่าเป้าหมาย ๘๕');
    expect(chart?.kind === 'chart' && chart.target).toBe(85);
    const scores = tables(blocksOf(doc, 'analysis'))[0];
    expect(scores?.rows[0]?.cells.map((c) => c.lines[0])).toEqual([expect.any(String), '๙๑.๕๖', '๘๕', 'สูงกว่า']);
  });
});

describe('memo (D7)', () => {
  it('puts a courtesy title inside the parentheses and keeps a rank on its own line', () => {
    const wb = seedWorkbook();
    settingsOf(wb).preparer = { rank: 'นาง', name: 'สมศรี ใจดี', positionLines: ['หัวหน้าสำนักปลัด'] };
    const sigs = blocksOf(build({}, wb), 'memo').filter((b) => b.kind === 'signature');
    expect(sigs[0]).toEqual({ kind: 'signature', name: '(นางสมศรี ใจดี)', positionLines: ['หัวหน้าสำนักปลัด'] });
    expect(sigs.find((s) => s.kind === 'signature' && s.name === '(ปริญญา จันทร์หอม)')).toMatchObject({
      rank: 'ว่าที่ ร.ต.',
    });
  });
});

describe('signature column', () => {
  it('a long position line breaks before its acting phrase, not inside a word', () => {
    const sigs = blocksOf(build(), 'memo').filter((b) => b.kind === 'signature');
    expect(sigs[0]).toMatchObject({
      rank: 'สิบเอก',
      positionLines: ['นักป้องกันและบรรเทาสาธารณภัยชำนาญการ', 'รักษาการในตำแหน่ง', 'นักจัดการงานทั่วไป'],
    });
  });
});

describe('analysis (D1) as a finished document', () => {
  it('dates the คำนำ and the memo with the report date of the settings, not the export day', () => {
    const wb = seedWorkbook();
    settingsOf(wb).reportDate = '15 มกราคม 2567';
    const doc = build({}, wb);
    expect(paragraphs(blocksOf(doc, 'analysis'))).toContain('มกราคม ๒๕๖๗');
    expect(paragraphs(blocksOf(doc, 'memo')).join('\n')).toContain('วันที่  ๑๕ มกราคม ๒๕๖๗');
  });

  it('reads the report date in the forms people type', () => {
    expect(parseReportDate('๒๔ มี.ค. ๒๕๖๗')).toEqual({ yearBE: 2567, month: 3, day: 24 });
    expect(parseReportDate('2024-03-24')).toEqual({ yearBE: 2567, month: 3, day: 24 });
    expect(parseReportDate('24 มีนาคม พ.ศ. 2567')).toEqual({ yearBE: 2567, month: 3, day: 24 });
    expect(parseReportDate('31 กุมภาพันธ์ 2567')).toBeNull();
    expect(parseReportDate('')).toBeNull();
  });

  it('warns, in validation and not in the document, when the report date cannot be read', () => {
    const wb = seedWorkbook();
    settingsOf(wb).reportDate = 'สิ้นเดือนมีนาคม';
    const finding = validateWorkbook(wb).find((f) => f.code === 'settings-report-date');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message_th).toContain('สิ้นเดือนมีนาคม');
    settingsOf(wb).reportDate = '24 มีนาคม 2567';
    expect(validateWorkbook(wb).some((f) => f.code === 'settings-report-date')).toBe(false);
  });

  it('keeps the report date and the signature option through the ตั้งค่า tab', () => {
    const s = { ...settingsOf(seedWorkbook()), reportDate: '15 มกราคม 2567', signReport: true };
    const grid = [['หัวข้อ', 'ค่า', 'คำอธิบาย'], ...settingsLines(s).map((l) => [l.label, l.value, l.note])];
    const back = readSettings(grid).settings;
    expect(back?.reportDate).toBe('15 มกราคม 2567');
    expect(back?.signReport).toBe(true);
  });

  it('delivers the section the คำนำ promises, naming the urgent weakness and the units', () => {
    const p = paragraphs(blocksOf(build({ reports: ['analysis'] }), 'analysis'));
    const at = p.indexOf('๖. แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ');
    expect(at).toBeGreaterThan(p.findIndex((t) => t.startsWith('๕. ข้อเสนอแนะ')));
    const items = p.slice(at + 2).filter((t) => /^\([๐-๙]+\) /.test(t));
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.join('\n')).toContain('ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต');
    expect(items.join('\n')).toContain('กองคลัง');
  });

  it('compares with the previous year when the คะแนน ITA tab holds it', () => {
    const wb = seedWorkbook();
    wb.scores = wb.scores.filter((r) => r.year !== 2565);
    TAKO_SCORES_2566.forEach((score, i) =>
      wb.scores.push({
        sheetRow: 40 + i,
        year: 2565,
        kind: 'indicator',
        indicator: i + 1,
        score: i === 0 ? 90 : score + 1,
        stated: null,
      }),
    );
    const blocks = blocksOf(build({ reports: ['analysis'] }, wb), 'analysis');
    const p = paragraphs(blocks);
    expect(p).toContain('เปรียบเทียบผลคะแนนปี พ.ศ.\u00A0๒๕๖๕ กับปี พ.ศ.\u00A0๒๕๖๖');
    const sentence = p.find((t) => t.startsWith('เมื่อเปรียบเทียบกับผลการประเมินปี พ.ศ.\u00A0๒๕๖๕')) ?? '';
    expect(sentence).toContain('ตัวชี้วัดที่มีคะแนนเพิ่มขึ้น ได้แก่ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่');
    expect(sentence).toContain('ตัวชี้วัดที่มีคะแนนลดลง ได้แก่ ตัวชี้วัดที่ ๒');
    const yoy = tables(blocks).find((t) => t.columns[1]?.header === 'ปี พ.ศ.\u00A0๒๕๖๕');
    const first = yoy?.rows.find((r) => r.cells[0]?.lines[0]?.includes('ตัวชี้วัดที่ ๑ '));
    expect(first?.cells.map((c) => c.lines[0])).toEqual([expect.any(String), '๙๐.๐๐', '๙๗.๒๕', '+๗.๒๕']);
    // Without that year (the seed has one stray 2565 row), no section.
    expect(paragraphs(blocksOf(build({ reports: ['analysis'] }), 'analysis')).join()).not.toContain('เปรียบเทียบผลคะแนน');
  });

  it('signs for the preparer and the approver only when the settings ask', () => {
    const off = blocksOf(build({ reports: ['analysis'] }), 'analysis');
    expect(off.some((b) => b.kind === 'signature')).toBe(false);
    const wb = seedWorkbook();
    settingsOf(wb).signReport = true;
    const on = blocksOf(build({ reports: ['analysis'] }, wb), 'analysis').filter((b) => b.kind === 'signature');
    expect(on.map((s) => (s.kind === 'signature' ? s.name : ''))).toEqual(['(สุกิจ มูลศรี)', '(นายอนุรักษ์ โปร่งใส)']);
  });
});

describe('family P, titles and the OIT wording', () => {
  it('a plan row needs no measure name: it validates and prints its steps, not a name, in ขั้นตอนหรือวิธีการ', () => {
    const wb = seedWorkbook();
    const m = wb.measures[4] as WorkbookData['measures'][number];
    m.measure = '';
    const required = (row: number) => validateWorkbook(wb).filter((f) => f.row === row && f.code === 'required');
    expect(required(m.sheetRow)).toEqual([]);
    const t = tables(blocksOf(build({ reports: ['results'], layout: 'plan' }, wb), 'results'))[1];
    expect(t?.rows[1]?.cells[2]?.lines[0]).toMatch(/^๑\. เผยแพร่ข้อมูลบนเว็บไซต์หลัก/);
    // With neither a name nor an issue the row still needs one of them.
    const first = wb.measures[0] as WorkbookData['measures'][number];
    first.measure = '';
    expect(required(first.sheetRow)).toHaveLength(1);
  });

  it('no title carries an item code', () => {
    for (const s of build({ digits: 'arabic' }).sections) {
      const titles = s.blocks.flatMap((b) => (b.kind === 'paragraph' && b.style === 'title' ? [paragraphText(b)] : []));
      expect(titles.join('\n')).not.toMatch(/\(O\d+\)/);
    }
  });

  it('an OIT item whose NACC wording is unknown (ITA 2569) is a validation warning, not text in the document', () => {
    const wb = seedWorkbook();
    Object.assign(settingsOf(wb), { fiscalYear: 2570, itaYear: 2569, frameworkYear: 2569 });
    const row = {
      ...(wb.oit[0] as WorkbookData['oit'][number]),
      code: 'O25',
      requirement: '- เป็นรายงานผลของปี พ.ศ. ๒๕๖๙',
    };
    wb.oit = [row];
    const finding = validateWorkbook(wb).find((f) => f.code === 'oit-requirement-unknown');
    expect(finding?.severity).toBe('warning');
    const cells = tables(blocksOf(build({ reports: ['oit'] }, wb), 'oit'))[0]?.rows.flatMap(
      (r) => r.cells[2]?.lines ?? [],
    );
    expect(cells?.filter((l) => l !== '')).toEqual(['- เป็นรายงานผลของปี พ.ศ.\u00A0๒๕๖๙']);
    row.requirement = '- แสดงข้อมูลการนำผลการประเมินไปพัฒนา\n- เป็นรายงานผลของปี พ.ศ. ๒๕๖๙';
    expect(validateWorkbook(wb).some((f) => f.code === 'oit-requirement-unknown')).toBe(false);
  });

  it('O42 is the analysis of Y−1, not a results report; O43 the actions of Y ([000])', () => {
    const rows = prefillRows('oit', { fiscalYear: 2566, frameworkYear: 2566, digits: 'thai' });
    const o42 = rows.find((r) => r.key === 'O42')?.cells.requirement ?? '';
    expect(o42).not.toContain('เป็นรายงานผลของปี');
    expect(o42).toContain('- แสดงการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ');
    expect(o42).toContain('(๑) ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน');
    expect(o42).toContain('พ.ศ. ๒๕๖๕');
    expect(rows.find((r) => r.key === 'O43')?.cells.requirement).toContain('- เป็นการดำเนินการในปี พ.ศ. ๒๕๖๖');
  });
});
