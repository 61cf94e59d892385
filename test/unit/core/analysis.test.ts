import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analysis';
import type { IndicatorNo } from '../../../src/core/framework';
import { parseScores, type ScoreSet } from '../../../src/core/scores';
import { CATEGORY_DEVELOP, categoryOf } from '../../../src/core/workbook/analysis-lines';

function set(scores: number[], extra: Partial<ScoreSet> = {}): ScoreSet {
  const indicators: Partial<Record<IndicatorNo, number>> = {};
  scores.forEach((s, i) => {
    if (!Number.isNaN(s)) indicators[(i + 1) as IndicatorNo] = s;
  });
  return { year: null, indicators, indicatorLines: {}, tools: {}, overall: null, ...extra };
}

const TRAT_2564 = [93.55, 87.72, 91.01, 87.93, 89.52, 90.55, 88.68, 88.58, 72.89, 65.56];
const TRAT_2563 = [92.57, 86.13, 90.08, 85.98, 88.04, 83.67, 82.11, 79.29, 69.94, 52.78];
const CHANTHABURI_2564 = [92.84, 86.27, 89.21, 84.7, 87.51, 90.03, 87.99, 85.97, 75.39, 65.39];
const TAKO_2566 = [97.25, 86.57, 93.92, 86.58, 93.46, 87.89, 85.14, 83.2, 82.5, 51.25];

describe('verification vectors (reference §b.4)', () => {
  it.each([
    ['ตราด 2564', TRAT_2564, 81.45],
    ['ตราด 2563', TRAT_2563, 75.62],
    ['จันทบุรี 2564', CHANTHABURI_2564, 80.99],
  ])('%s reproduces the published ITA', (_name, scores, published) => {
    expect(analyze(set(scores), { year: 2565 }).overall.score).toBe(published);
  });
  it('does not round tool scores before weighting (ตราด 2564 would give 81.46)', () => {
    const a = analyze(set(TRAT_2564), { year: 2565 });
    expect(a.tools.OIT.exact).toBeCloseTo(69.225, 10);
    expect(a.tools.OIT.score).toBe(69.23);
    expect(a.overall.exact).toBeCloseTo(81.4548, 10);
  });
});

describe('analysis of seed 001 (ตะโก, ITA 2566)', () => {
  const a = analyze(
    set(TAKO_2566, {
      year: 2566,
      tools: {
        IIT: { value: 90.63, raw: 90.63, unit: 'percent', line: 3 },
        EIT: { value: 85.34, raw: 85.34, unit: 'percent', line: 13 },
        OIT: { value: 82.5, raw: 82.5, unit: 'percent', line: 21 },
      },
      overall: { value: 79.84, line: 1 },
    }),
    { digits: 'arabic', orgName: 'องค์การบริหารส่วนตำบลตะโก' },
  );
  it('computes tools, overall, level B (AA–F in 2566) and fail', () => {
    expect([a.tools.IIT.score, a.tools.EIT.score, a.tools.OIT.score]).toEqual([91.56, 85.41, 66.88]);
    expect(a.overall.score).toBe(79.84);
    expect(a.overall.level).toMatchObject({ code: 'B', scheme: 'rating', verified: 'confirmed' });
    expect(a.overall.passed).toBe(false);
  });
  it('flags the three wrongly retyped tool scores of the seed, not the correct overall', () => {
    expect(a.warnings.filter((w) => w.code === 'tool-mismatch')).toHaveLength(3);
    expect(a.warnings.some((w) => w.code === 'overall-mismatch')).toBe(false);
    expect(a.warnings.find((w) => w.code === 'tool-mismatch')?.message_th).toContain('90.63');
  });
  it('lists weak and strong indicators in the documented order', () => {
    expect(a.belowTarget).toEqual([10, 9, 8]);
    expect(a.urgent).toEqual([10]);
    expect(a.highest).toEqual([1]);
    expect(a.lowestByTool).toEqual({ IIT: [2], EIT: [8], OIT: [10] });
    expect(a.strengths).toEqual([1, 3, 5, 6, 4, 2, 7]);
    expect(a.indicators.find((i) => i.no === 10)).toMatchObject({ gap: -33.75, belowTarget: true });
  });
  it('writes the narrative from the numbers', () => {
    const n = a.narrative;
    expect(n.overall).toBe(
      'ผลการประเมินระดับคุณธรรมและความโปร่งใส (ITA) ขององค์การบริหารส่วนตำบลตะโก มีค่าคะแนนเท่ากับ 79.84 คะแนน อยู่ในระดับ B',
    );
    expect(n.ranking).toContain('ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้คะแนนเท่ากับ 97.25 ซึ่งเป็นคะแนนที่สูงที่สุด');
    expect(n.ranking).toContain('รองลงมาคือ ตัวชี้วัดที่ 3 การใช้อำนาจ ได้คะแนนเท่ากับ 93.92');
    expect(n.ranking).toContain('คือ ตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้คะแนนเท่ากับ 51.25');
    expect(n.target).toContain('เท่ากับ 79.84 คะแนน ต่ำกว่า ค่าเป้าหมายที่กำหนดเกณฑ์ไว้คือ 85 คะแนน อยู่ในระดับ B');
    expect(n.urgent).toContain('ตัวชี้วัดที่ 10 การป้องกันการทุจริต');
    expect(n.strengths).toContain('ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร');
    expect(n.tools.IIT.score).toContain('(IIT) มีค่าคะแนนเท่ากับ 91.56 คะแนน โดยประกอบด้วย 5 ตัวชี้วัด');
    expect(n.tools.IIT.indicatorLines[0]).toBe('ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\tมีผลคะแนน เท่ากับ 97.25 คะแนน');
    expect(n.tools.EIT.weakest).toContain('ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน มีค่าคะแนนน้อยที่สุดในกลุ่มเครื่องมือ');
    expect(n.develop).toHaveLength(3);
    expect(n.develop[2]).toMatch(/^3\. แบบตรวจการเปิดเผยข้อมูลสาธารณะ \(OIT\) การป้องกันการทุจริต มีข้อเสนอแนะ/);
  });
  it('writes Thai digits when asked', () => {
    const t = analyze(set(TAKO_2566, { year: 2566 }), { digits: 'thai' });
    expect(t.narrative.overall).toContain('๗๙.๘๔ คะแนน');
    expect(t.narrative.tools.IIT.weakest).toContain('๑. สร้างการรับรู้');
  });
});

describe('levels per year', () => {
  const high = [96, 96, 96, 96, 96, 96, 96, 96, 96, 96];
  it('2566: AA', () => expect(analyze(set(high), { year: 2566 }).overall.level?.nameTh).toBe('AA'));
  it('2567: ผ่านดีเยี่ยม when every tool ≥ 95, flagged unverified', () => {
    const a = analyze(set(high), { year: 2567 });
    expect(a.overall.level).toMatchObject({ nameTh: 'ผ่านดีเยี่ยม', verified: 'unverified' });
    expect(a.warnings.map((w) => w.code)).toContain('level-unverified');
  });
  it('2568: ผ่าน when ITA ≥ 85 but one tool is below 85', () => {
    const a = analyze(set([95, 95, 95, 95, 95, 95, 95, 95, 80, 80]), { year: 2568 });
    expect(a.overall.score).toBe(89);
    expect(a.overall.level?.nameTh).toBe('ผ่าน');
  });
  it('2569: ต้องปรับปรุงโดยด่วน below 70', () => {
    expect(analyze(set([60, 60, 60, 60, 60, 60, 60, 60, 60, 60]), { year: 2569 }).overall.level?.nameTh).toBe(
      'ต้องปรับปรุงโดยด่วน',
    );
  });
  it('a year without data uses the nearest earlier framework and warns', () => {
    const a = analyze(set(high), { year: 2571 });
    expect(a.frameworkYear).toBe(2569);
    expect(a.warnings.map((w) => w.code)).toContain('no-framework-for-year');
  });
});

describe('options and incomplete input', () => {
  it('uses a configurable target and strength threshold', () => {
    const a = analyze(set(TAKO_2566), { year: 2566, target: 80, strengthThreshold: 90 });
    expect(a.belowTarget).toEqual([10]);
    expect(a.overall.passed).toBe(false);
    expect(a.strengths).toEqual([1, 3, 5]);
  });
  it('ties: all lowest indicators are urgent, ties ordered by number', () => {
    const a = analyze(set([90, 70, 90, 90, 90, 70, 90, 90, 90, 90]));
    expect(a.urgent).toEqual([2, 6]);
    expect(a.belowTarget).toEqual([2, 6]);
    expect(a.highest).toEqual([1, 3, 4, 5, 7, 8, 9, 10]);
  });
  it('missing indicators: null tool/overall and a warning naming each one', () => {
    const a = analyze(set([90, 90, 90, 90, NaN, 80, 80, 80, 70, 70]), { year: 2566 });
    expect(a.tools.IIT.score).toBeNull();
    expect(a.tools.EIT.score).toBe(80);
    expect(a.overall.score).toBeNull();
    const w = a.warnings.filter((x) => x.code === 'missing-indicator');
    expect(w).toHaveLength(1);
    expect(w[0]?.message_th).toContain('ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต');
  });
  it('a partial paste (8–10 missing) names no urgent indicator: the lowest of the ten is not known', () => {
    const sample = [95.4, 88.12, 93.75, 86.58, 90.1, 89.31, 79.2, NaN, NaN, NaN];
    const a = analyze(set(sample), { year: 2569 });
    expect(a.urgent).toEqual([]);
    expect(a.narrative.urgent).toBeNull();
    // Indicator 7 is still below the target: in the วิเคราะห์ผล tab, an issue to develop, not urgent.
    expect(a.belowTarget).toEqual([7]);
    expect(categoryOf(a, 7)).toBe(CATEGORY_DEVELOP);
    // Nor the weakest of a tool with an indicator missing (EIT: 6–8, OIT: 9–10); IIT (1–5) is complete.
    expect(a.lowestByTool).toEqual({ IIT: [4], EIT: [], OIT: [] });
    expect(a.narrative.tools.EIT.weakest).toBeNull();
    // Once 8–10 are there, the lowest of the ten is urgent, whichever it is.
    expect(analyze(set([...sample.slice(0, 7), 80.5, 70.1, 65.2]), { year: 2569 }).urgent).toEqual([10]);
  });
  it('missing indicators with a stated overall: level from the stated score, with a warning', () => {
    const a = analyze(set([90, NaN], { overall: { value: 88, line: 1 } }), { year: 2566 });
    expect(a.overall.level?.code).toBe('A');
    expect(a.overall.passed).toBe(true);
    expect(a.warnings.map((w) => w.code)).toContain('level-from-stated-overall');
  });
  it('mismatch tolerance is configurable', () => {
    const s = set(TAKO_2566, { overall: { value: 79.87, line: 1 } });
    expect(analyze(s).warnings.map((w) => w.code)).toContain('overall-mismatch');
    expect(analyze(s, { mismatchTolerance: 0.05 }).warnings.map((w) => w.code)).not.toContain('overall-mismatch');
    const close = set(TAKO_2566, { overall: { value: 79.86, line: 1 } });
    expect(analyze(close).warnings.map((w) => w.code)).not.toContain('overall-mismatch');
  });
  it('trend against the previous year', () => {
    const r = parseScores(readFileSync(join(__dirname, '../../fixtures/pastes/two-years-thai.txt'), 'utf8'));
    const [prev, cur] = r.years as ScoreSet[];
    const a = analyze(cur as ScoreSet, { previous: prev });
    expect(a.trend?.previousYear).toBe(2565);
    expect(a.trend?.overallChange).toBe(9.36);
    expect(a.trend?.indicators.find((i) => i.no === 10)).toEqual({
      no: 10,
      previous: 45.55,
      current: 51.25,
      change: 5.7,
    });
  });
});
