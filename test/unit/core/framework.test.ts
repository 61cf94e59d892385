import {
  FRAMEWORK_YEARS,
  latestFrameworkYear,
  getFramework,
  resolveFramework,
  normalizeOitCode,
  normalizeEitCode,
  levelFor,
  findIndicatorByName,
  findToolByName,
  oitItem,
  type Framework,
} from '../../../src/core/framework';

function fw(year: number): Framework {
  const f = getFramework(year);
  if (!f) throw new Error(`no framework ${year}`);
  return f;
}

describe('framework registry', () => {
  it('has data for 2565–2569 and 2569 is the latest', () => {
    expect(FRAMEWORK_YEARS).toEqual([2565, 2566, 2567, 2568, 2569]);
    expect(latestFrameworkYear).toBe(2569);
    expect(getFramework(2560)).toBeUndefined();
  });
  it('falls back to the nearest earlier year for years without data', () => {
    expect(resolveFramework(2570)).toMatchObject({ exact: false, framework: { year: 2569 } });
    expect(resolveFramework(2564)).toMatchObject({ exact: false, framework: { year: 2565 } });
  });
  it.each(FRAMEWORK_YEARS)('year %i: ten indicators, weights 30/30/40 summing to 1, pass mark 85', (year) => {
    const f = fw(year);
    expect(f.indicators.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(f.tools.IIT.weight + f.tools.EIT.weight + f.tools.OIT.weight).toBeCloseTo(1, 10);
    expect(f.passMark).toBe(85);
    for (const ind of f.indicators) expect(f.tools[ind.tool].indicators).toContain(ind.no);
  });
});

describe('OIT catalogues', () => {
  it('2566 has O1–O43 with sub-indicators 9.1–10.2 and O42/O43 under 10.2', () => {
    const f = fw(2566);
    expect(f.oitItems.map((i) => i.code)).toEqual(Array.from({ length: 43 }, (_, i) => `O${i + 1}`));
    expect(f.oitItems.every((i) => i.subIndicator !== null && i.nameTh !== null)).toBe(true);
    expect(oitItem(f, 'O42')).toMatchObject({
      subIndicator: '10.2',
      subGroup: 'มาตรการส่งเสริมความโปร่งใสและป้องกันการทุจริตภายในหน่วยงาน',
      // O42 is the analysis of the assessed year, not a results report on the previous fiscal year.
      periodRule: 'analysed-year',
      indicator: 10,
    });
    expect(oitItem(f, 'O36')?.nameTh).toBe('แผนปฏิบัติการป้องกันการทุจริต');
    expect(oitItem(f, 'O28')?.subGroup).toBe('การจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ');
  });
  it('measure items per year: O42/O43 in 2566, O25/O26 in 2569 (results on the previous FY), unknown in 2567', () => {
    expect(fw(2566).measureItems.analysis.code).toBe('O42');
    expect(fw(2566).measureItems.results).toMatchObject({ code: 'O43', periodRule: 'current-fy' });
    expect(fw(2569).measureItems.analysis).toMatchObject({ code: 'O25', verified: 'unverified' });
    expect(fw(2569).measureItems.results).toMatchObject({ code: 'O26', periodRule: 'previous-fy' });
    expect(fw(2567).measureItems.analysis).toMatchObject({ code: null, verified: 'unknown' });
  });
  it('2568/2569 have 26 items with unknown names left null and flagged unknown', () => {
    const f = fw(2569);
    expect(f.oitItems).toHaveLength(26);
    expect(oitItem(f, 'O2')).toMatchObject({ nameTh: null, verified: 'unknown' });
    expect(oitItem(f, 'O25')).toMatchObject({ verified: 'unverified' });
    expect(fw(2567).oitVerified).toBe('unknown');
  });
  it('EIT items E1–E15 map five per indicator 6/7/8; E4 wording unknown', () => {
    const e = fw(2565).eitItems;
    expect(e.filter((i) => i.indicator === 6)).toHaveLength(5);
    expect(e.filter((i) => i.indicator === 7)).toHaveLength(5);
    expect(e.find((i) => i.code === 'E4')).toMatchObject({ textTh: null, verified: 'unknown' });
  });
});

describe('item code normalisation', () => {
  it.each([
    ['O42', 'O42'],
    ['0๑', 'O1'],
    ['๐๘', 'O8'],
    ['O๑๔', 'O14'],
    ['๐๑๐', 'O10'],
    ['๐๔๓', 'O43'],
    ['\u041E42', 'O42'],
    ['\uFF2F43', 'O43'],
    ['o 7', 'O7'],
    ['O042', 'O42'],
  ])('%s → %s', (raw, code) => expect(normalizeOitCode(raw)).toBe(code));
  it.each(['42', 'O', 'O0', 'Q&A', 'E-Service'])('%s is not an OIT code', (raw) =>
    expect(normalizeOitCode(raw)).toBeNull(),
  );
  it('accepts E-codes but not E-Service', () => {
    expect(normalizeEitCode('E๖')).toBe('E6');
    expect(normalizeEitCode('e 12')).toBe('E12');
    expect(normalizeEitCode('E-Service')).toBeNull();
    expect(normalizeEitCode('E–SERVICE')).toBeNull();
  });
});

describe('result levels', () => {
  it('uses AA–F up to 2566', () => {
    const s = fw(2566).levels;
    expect(levelFor(s, 95)?.level.code).toBe('AA');
    expect(levelFor(s, 94.99)?.level.code).toBe('A');
    expect(levelFor(s, 84.99)?.level.code).toBe('B');
    expect(levelFor(s, 79.84)?.level.code).toBe('B');
    expect(levelFor(s, 50)?.level.code).toBe('E');
    expect(levelFor(s, 49.99)?.level.code).toBe('F');
  });
  it('uses the five levels with tool conditions from 2567', () => {
    const s = fw(2567).levels;
    expect(levelFor(s, 96, { IIT: 96, EIT: 95, OIT: 97 })?.level.nameTh).toBe('ผ่านดีเยี่ยม');
    expect(levelFor(s, 96, { IIT: 96, EIT: 94, OIT: 97 })?.level.nameTh).toBe('ผ่านดี');
    expect(levelFor(s, 88, { IIT: 96, EIT: 84, OIT: 90 })?.level.nameTh).toBe('ผ่าน');
    expect(levelFor(s, 84.99, { IIT: 96, EIT: 84, OIT: 90 })?.level.nameTh).toBe('ต้องปรับปรุง');
    expect(levelFor(s, 70)?.level.nameTh).toBe('ต้องปรับปรุง');
    expect(levelFor(s, 69.99)?.level.nameTh).toBe('ต้องปรับปรุงโดยด่วน');
  });
  it('does not claim a tool-conditioned level when tool scores are missing', () => {
    const r = levelFor(fw(2568).levels, 97);
    expect(r?.level.nameTh).toBe('ผ่าน');
    expect(r?.toolConditionsChecked).toBe(false);
  });
});

describe('name lookup', () => {
  it('finds indicators by canonical name, variant and spacing', () => {
    expect(findIndicatorByName('การใช้ทรัพย์สินของทางราชการ')?.no).toBe(4);
    expect(findIndicatorByName('การใช้ ทรัพย์สินราชการ')?.no).toBe(4);
    expect(findIndicatorByName('การปรับปรุงการทำงาน')?.no).toBe(8);
    expect(findIndicatorByName('ตัวชี้วัดการใช้จ่ายเงิน')?.no).toBe(2);
    expect(findIndicatorByName('การจัดซื้อจัดจ้าง')).toBeNull();
  });
  it('finds tools by code and Thai name', () => {
    expect(findToolByName('EIT')).toBe('EIT');
    expect(findToolByName('แบบสำรวจความคิดเห็นผู้มีส่วนได้เสียภายใน')).toBe('IIT');
    expect(findToolByName('แบบตรวจการเปิดเผยข้อมูลสาธารณะ')).toBe('OIT');
  });
});
