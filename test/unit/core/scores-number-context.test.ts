import { parseScores, type ParseResult } from '../../../src/core/scores';

// Which numbers can be scores depends on where they sit: item codes, row numbers, targets, changes and
// numbers in narrative text are not, even right next to an indicator word.

const indicators = (r: ParseResult) => Object.assign({}, ...r.years.map((y) => y.indicators));

describe('item codes are never scores (§g.6, §g.7)', () => {
  it.each([
    ['Thai zero padding', '๐๓๕\tการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตในการปฏิบัติหน้าที่\tสำนักปลัด'],
    ['ASCII zero and a Thai digit', '0๑\tโครงสร้าง การปฏิบัติหน้าที่\t- แสดงแผนผัง'],
    ['Latin O', 'O๑๗\tรายงานผลการสำรวจความพึงพอใจ คุณภาพการดำเนินงาน\t๙๕.๔๐'],
    ['Cyrillic О', 'О14\tคู่มือการปฏิบัติหน้าที่\t100'],
    ['full-width Ｏ', 'Ｏ14\tคู่มือการปฏิบัติหน้าที่\t100'],
    ['an E-code', 'E๖ การเผยแพร่ข้อมูลของหน่วยงาน ประสิทธิภาพการสื่อสาร 88.50'],
    ['after a ลำดับ number', '๑\t๐๓๑\tประกาศเจตนารมณ์ No Gift Policy จากการปฏิบัติหน้าที่\t90.00'],
  ])('a checklist row opening with %s gives no score, even right after an indicator label', (_label, row) => {
    const r = parseScores(`ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\n${row}`);
    expect(indicators(r)).toEqual({});
    expect(r.findings.map((f) => f.code)).toEqual(['no-indicators']);
  });

  it('a checklist row split by its markup into several lines stays one ignored row', () => {
    const r = parseScores('๐๓๘\tรายงานผล\t<ul><li>ตัวชี้วัดที่ 10 การป้องกันการทุจริต มีผลคะแนน เท่ากับ 51.25 คะแนน</li></ul>');
    expect(indicators(r)).toEqual({});
  });

  it('a zero-padded number after an indicator name is a cross-reference, not a score', () => {
    expect(indicators(parseScores('การปฏิบัติหน้าที่ ๐๓๔\nการใช้อำนาจ 035\nการเปิดเผยข้อมูล O 14'))).toEqual({});
  });

  it('checklist rows between wrapped score rows do not break the wrap', () => {
    const r = parseScores(
      'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\tมีผลคะแนน เท่ากับ 97.25 คะแนน\tตัวชี้วัดที่ 2\n' +
        '๐๒๓\tนโยบายการบริหารทรัพยากรบุคคล การใช้อำนาจ\t93.00\n' +
        'การใช้งบประมาณ\tมีผลคะแนน เท่ากับ 86.57 คะแนน',
    );
    expect(r.ok).toBe(true);
    expect(indicators(r)).toEqual({ 1: 97.25, 2: 86.57 });
  });
});

describe('row and heading numbers', () => {
  it('a ลำดับ number opening a row is not the score of the indicator named on the line before', () => {
    const r = parseScores('ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ\n๓\tมาตรการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ');
    expect(indicators(r)).toEqual({});
  });

  it.each(['3.2 การใช้อำนาจ', '10.1 การดำเนินการเพื่อป้องกันการทุจริต', '9 การเปิดเผยข้อมูล ตามแผน'])(
    'the heading "%s" gives no score',
    (heading) => {
      expect(indicators(parseScores(`ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\n${heading}`))).toEqual({});
    },
  );
});

describe('score before the name', () => {
  it('reads "95.40 การปฏิบัติหน้าที่" with Arabic or Thai digits, spaces or tabs, with or without the number', () => {
    const r = parseScores('95.40 การปฏิบัติหน้าที่\n๘๖.๕๗\tการใช้งบประมาณ\n93.92 ตัวชี้วัดที่ 3 การใช้อำนาจ\n');
    expect(r.ok).toBe(true);
    expect(indicators(r)).toEqual({ 1: 95.4, 2: 86.57, 3: 93.92 });
  });

  it('still asks when the number and the name disagree', () => {
    const r = parseScores('87.89 ตัวชี้วัดที่ 2 คุณภาพการดำเนินงาน');
    expect(r.findings.map((f) => f.code)).toContain('number-name-mismatch');
    expect(indicators(r)).toEqual({});
  });

  it('a leading score after a label left open on the previous line belongs to that label', () => {
    const r = parseScores('ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\n97.25\tตัวชี้วัดที่ 2 การใช้งบประมาณ\n86.57 คะแนน');
    expect(indicators(r)).toEqual({ 1: 97.25, 2: 86.57 });
  });
});

describe('narrative text', () => {
  const prose = 'ตัวชี้วัดการปฏิบัติหน้าที่ ซึ่งเป็นตัวชี้วัดที่ประเมินการรับรู้ของบุคลากรภายในหน่วยงานต่อการปฏิบัติงานของบุคลากรอื่นในหน่วยงาน';

  it('a number far from the indicator word in a long sentence is not a score', () => {
    expect(indicators(parseScores(`${prose} มีผู้ตอบแบบวัดทั้งหมด 35.5 ของบุคลากร`))).toEqual({});
  });

  it('a number in a score phrase of a long sentence is read', () => {
    expect(indicators(parseScores(`${prose} ได้คะแนนเท่ากับ 97.25 ซึ่งสูงที่สุด`))).toEqual({ 1: 97.25 });
    expect(indicators(parseScores(`${prose} โดยรวม 97.25 คะแนน`))).toEqual({ 1: 97.25 });
  });

  it('a score written right after the name on a long flattened line is read', () => {
    const r = parseScores(
      'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ 97.25 ตัวชี้วัดที่ 2 การใช้งบประมาณ 86.57 ตัวชี้วัดที่ 3 การใช้อำนาจ 93.92 ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ 86.58',
    );
    expect(indicators(r)).toEqual({ 1: 97.25, 2: 86.57, 3: 93.92, 4: 86.58 });
  });

  it('an indicator word in the middle of a paragraph does not wait for a number on the next line', () => {
    expect(indicators(parseScores(`${prose} และเป็นไปตามแผน\n97.25`))).toEqual({});
  });

  it('a target or a change between years is not a score', () => {
    const r = parseScores('การใช้อำนาจ ต่ำกว่าค่าเป้าหมาย 85 คะแนน\nการปฏิบัติหน้าที่ เพิ่มขึ้น 2.15 คะแนน');
    expect(indicators(r)).toEqual({});
  });

  it('a sentence naming three indicators is not a table header for the numbers below it', () => {
    const r = parseScores(
      'จุดอ่อนคือ การใช้อำนาจ การปฏิบัติหน้าที่ และการเปิดเผยข้อมูล ซึ่งหน่วยงานต้องปรับปรุงให้ดียิ่งขึ้นในปีต่อไปตามข้อเสนอแนะของผู้ประเมิน\n90.00 85.00 80.00',
    );
    expect(indicators(r)).toEqual({});
  });
});

describe('years', () => {
  it('a year named again returns to its score set instead of opening a second set for the same year', () => {
    const r = parseScores(
      'ITAS ปี 2565\nITAS ปี 2566\nการใช้อำนาจ 90\nรอบ 6 เดือน (ตุลาคม พ.ศ. 2565 – มีนาคม พ.ศ. 2566)\nการปฏิบัติหน้าที่ 91',
    );
    expect(r.years).toHaveLength(1);
    expect(r.years[0]).toMatchObject({ year: 2566, indicators: { 1: 91, 3: 90 } });
    expect(r.findings.map((f) => f.code)).not.toContain('multiple-years');
  });
});
