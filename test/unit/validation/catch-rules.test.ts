// The §g catch rules added for misspellings (g.1), broken numbering (g.9), placeholders and the memo's
// ที่ number (g.13) and cut-off text (g.14): each finds its purpose-built row, as a warning whose message
// says how to fix it, and leaves correct text alone.
import { validateWorkbook } from '../../../src/core/validation';
import { findBrokenNumbering } from '../../../src/core/validation/numbering';
import { findMisspellings } from '../../../src/core/validation/spelling';
import { findTruncatedText, refNoMissingNumber } from '../../../src/core/validation/text-rules';
import { MEASURES_TAB, OIT_TAB, RESULTS_TAB, SETTINGS_TAB, type TableTabSpec } from '../../../src/core/tabs';
import { workbookFromGrids, type WorkbookGrids } from '../../../src/core/workbook';
import { cleanGrids } from './fixture';

type Grids = Record<string, unknown[][]>;

function findingsAfter(change: (g: Grids) => void) {
  const g = cleanGrids() as Grids;
  change(g);
  return validateWorkbook(workbookFromGrids(g as WorkbookGrids));
}

function setCell(g: Grids, id: string, spec: TableTabSpec, row: number, key: string, value: unknown) {
  (g[id]?.[row - 1] as unknown[])[spec.columns.findIndex((c) => c.key === key)] = value;
}

describe('g.1 misspellings from the dictionary of known slips', () => {
  test.each([
    ['ตัวชี้วันที่ ๘', 'ตัวชี้วัดที่'],
    ['เว็บไซต์องค์กรบริหารส่วนตำบลห้วยแก้ว', 'องค์การบริหารส่วนตำบล'],
    ['ต้องค้การบริหารส่วนตำบล', 'องค์การบริหาร'],
    ['นายกองดีการบริหารส่วนตำบล', 'นายกองค์การบริหาร'],
    ['เว็บไซต์ อบรม.คำโคกสูง', 'อบต.'],
    ['obot.คำโคกสูง', 'อบต.'],
    ['การทุจริตและประพตติมิชอบ', 'ประพฤติมิชอบ'],
    ['จัดทำช่องทางกรร้องเรียนการทุจริต', 'การร้องเรียน'],
    ['ปัญหาคาการทุจริต', 'ปัญหาการทุจริต'],
    ['เช่น (e-sevice)', 'e-service'],
    ['ศูนย์บริการแบบเบ็ดเสร็จ (ONE STOPSERVICE)', 'ONE STOP SERVICE'],
    ['ผังขั้นตอนและชั้นการให้บริการต่างๆ', 'ขั้นตอนการให้บริการ'],
    ['ในปีที่มาผ่านมา', 'ที่ผ่านมา'],
    ['ข้อมูลครบคลุมทุกด้าน', 'ครอบคลุม'],
    ['จัดกาประชาสัมพันธ์', 'การประชาสัมพันธ์'],
    ['ผู้บริหากำกับติดตาม', 'ผู้บริหารกำกับ'],
    ['สืบเอก สมชาย ใจดี', 'สิบเอก'],
    ['ท่านพึงพอใจอย่างน้อยเพียงใด', 'มากน้อยเพียงใด'],
  ])('"%s" -> %s', (text, fix) => {
    expect(findMisspellings(text).map((m) => m.fix)).toEqual([fix]);
  });

  test.each([
    'องค์กรปกครองส่วนท้องถิ่น',
    'องค์การบริหารส่วนตำบลห้วยแก้ว',
    'สืบเอกสารย้อนหลัง',
    'ภาพลักษณ์องค์กรสื่อสารกับประชาชน',
    'จัดอบรม. ครั้งที่สอง',
    'ขออบต.ช่วยเหลือ',
    '(e-service) ONE STOP SERVICE',
  ])('correct text "%s" is not flagged', (text) => {
    expect(findMisspellings(text)).toEqual([]);
  });

  test('a misspelled cell gets a warning whose message gives the fix', () => {
    const f = findingsAfter((g) =>
      setCell(g, 'measures', MEASURES_TAB, 2, 'approach', '- เปิดช่องทางกรร้องเรียนขององค์กรปกครองส่วนท้องถิ่น'),
    );
    expect(f.map((x) => `${x.tab}!${x.row} ${x.code} ${x.severity}`)).toEqual([
      `${MEASURES_TAB.name}!2 misspelling warning`,
    ]);
    expect(f[0]?.message_th).toBe('พบคำที่สะกดผิด "กรร้องเรียน" ควรแก้เป็น "การร้องเรียน"');
    expect(f[0]?.message_en).toContain('should read "การร้องเรียน"');
  });
});

describe('g.9 broken numbering in a cell', () => {
  test('restart and gap are found, with the numbering the list should have', () => {
    expect(findBrokenNumbering('๑.การเปิดโอกาส\n๒. การพัฒนาระบบ\n๑.แต่งตั้งเจ้าหน้าที่')).toEqual([
      { found: [1, 2, 1], expected: [1, 2, 3] },
    ]);
    expect(findBrokenNumbering('๑. จัดทำคำสั่ง ๓. เผยแพร่ข้อมูล')).toEqual([{ found: [1, 3], expected: [1, 2] }]);
    expect(findBrokenNumbering('(1) งบประมาณ (2) สรุปผล (4) ข้อเสนอแนะ')).toHaveLength(1);
  });

  test.each([
    '๑. จัดทำรายงาน (๑) งบประมาณ (๒) สรุปผล\n๒. เผยแพร่รายงาน',
    'ตามข้อ ๒. และข้อ ๕.',
    '๑. ข้อแรก\n๑.๑ ข้อย่อย\n๑.๒ ข้อย่อย\n๒. ข้อสอง',
    'ได้คะแนน 85.25 และ 90.10 คะแนน',
    '๑ .เจ้าหน้าที่\n๒. ประชาชน',
  ])('well-numbered or unnumbered text is not flagged: %s', (text) => {
    expect(findBrokenNumbering(text)).toEqual([]);
  });

  test('the finding says what the numbers should be (sidebar messages use Arabic digits)', () => {
    const f = findingsAfter((g) =>
      setCell(g, 'results', RESULTS_TAB, 3, 'summary', '๑. คำสั่งแต่งตั้ง\n๒. เผยแพร่ข้อมูล\n๑. ประชุมชี้แจง'),
    );
    expect(f.map((x) => `${x.tab}!${x.row} ${x.code} ${x.severity}`)).toEqual([
      `${RESULTS_TAB.name}!3 broken-numbering warning`,
    ]);
    expect(f[0]?.message_th).toBe('ลำดับเลขข้อในช่องไม่ต่อเนื่อง (1, 2, 1) ควรเป็น 1, 2, 3');
    expect(f[0]?.message_en).toContain('(1, 2, 1); they should be 1, 2, 3');
  });
});

describe('g.13 placeholders and the memo number without its running number', () => {
  test('dots left to fill and a trailing "/" in ที่ are warned, with the fix', () => {
    const f = findingsAfter((g) => {
      setCell(g, 'results', RESULTS_TAB, 2, 'date', 'เมื่อวันที่ .... เดือน…..');
      const rows = g.settings as unknown[][];
      const ref = rows.find((r) => r[0] === 'บันทึกข้อความ: ที่') as unknown[];
      ref[1] = 'พย ๗๖๒๐๑/';
    });
    const codes = f.map((x) => `${x.tab} ${x.code} ${x.severity}`);
    expect(codes).toEqual([
      `${SETTINGS_TAB.name} ref-no-missing-number warning`,
      `${RESULTS_TAB.name} placeholder warning`,
      `${RESULTS_TAB.name} placeholder warning`,
    ]);
    expect(f[0]?.message_th).toContain('"พย 76201/" ยังไม่มีเลขลำดับ');
    expect(f[0]?.message_th).toContain('"พย 76201/123"');
    expect(f[1]?.message_th).toContain('พิมพ์ข้อความจริงแทนจุด');
    expect(refNoMissingNumber('ชม ๘๐๘๐๑/๑๒๓')).toBe(false);
  });

  test('memo fields are not checked for an export without the memo', () => {
    const g = cleanGrids() as Grids;
    ((g.settings as unknown[][]).find((r) => r[0] === 'บันทึกข้อความ: ที่') as unknown[])[1] = 'พย ๗๖๒๐๑/';
    const data = workbookFromGrids(g as WorkbookGrids);
    expect(validateWorkbook(data, { memo: false })).toEqual([]);
    expect(validateWorkbook(data, { memo: true }).map((f) => f.code)).toEqual(['ref-no-missing-number']);
  });
});

describe('g.14 cut-off text', () => {
  test('a cell or list item ending in ใน / ของ / และ / ที่ is found', () => {
    expect(findTruncatedText('แผนการจัดซื้อจัดจ้างที่มีข้อมูลครอบคลุมใน').map((t) => t.word)).toEqual(['ใน']);
    expect(
      findTruncatedText('๑. จัดทำรายงานผลการบริหารทรัพยากรบุคคลรอบปีของ\n๒. เผยแพร่บนเว็บไซต์').map((t) => t.word),
    ).toEqual(['ของ']);
    expect(findTruncatedText('- จัดอบรมเจ้าหน้าที่และ').map((t) => t.word)).toEqual(['และ']);
    expect(findTruncatedText('ประกาศผลในวันที่').map((t) => t.word)).toEqual(['ที่']);
  });

  test.each([
    'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่',
    'มาตรการควบคุมภายใน',
    'ใช้ทรัพย์สินราชการเสมือนเจ้าของ',
    'เผยแพร่ข้อมูลในพื้นที่',
    // a line break inside one item (the next line is not a new item) is not an ending
    '๑. จัดทำแผนและ\nเผยแพร่บนเว็บไซต์\n๒. รายงานผล',
  ])('whole text is not flagged: %s', (text) => {
    expect(findTruncatedText(text)).toEqual([]);
  });

  test('the finding quotes the ending and asks to finish the sentence', () => {
    const f = findingsAfter((g) =>
      setCell(g, 'oit', OIT_TAB, 22, 'requirement', '- สรุปผลการจัดซื้อจัดจ้าง ที่มีข้อมูลครอบคลุมใน'),
    );
    expect(f.map((x) => `${x.tab}!${x.row} ${x.code} ${x.severity}`)).toEqual([
      `${OIT_TAB.name}!22 truncated-text warning`,
    ]);
    expect(f[0]?.message_th).toContain('จบด้วยคำว่า "ใน" อาจถูกตัดขาด');
    expect(f[0]?.message_en).toContain('finish the sentence');
  });
});
