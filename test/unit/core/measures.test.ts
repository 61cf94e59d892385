import { analyze } from '../../../src/core/analysis';
import { INDICATOR_NOS, type IndicatorNo } from '../../../src/core/framework';
import {
  STANDARD_MEASURES,
  INDICATOR_GUIDELINES,
  measuresForIndicator,
  suggestMeasures,
  suggestionsForIndicator,
  guidelineText,
} from '../../../src/core/measures';
import type { ScoreSet } from '../../../src/core/scores';

function set(scores: number[]): ScoreSet {
  const indicators: Partial<Record<IndicatorNo, number>> = {};
  scores.forEach((s, i) => (indicators[(i + 1) as IndicatorNo] = s));
  return { year: 2566, indicators, indicatorLines: {}, tools: {}, overall: null };
}

describe('measure catalogue', () => {
  it('has M1–M10 and at least one measure for every indicator 1–10', () => {
    expect(STANDARD_MEASURES.map((m) => m.id)).toEqual(['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8', 'M9', 'M10']);
    for (const no of INDICATOR_NOS) expect(measuresForIndicator(no).length).toBeGreaterThan(0);
  });
  it('M5 (ป้องกันการรับสินบน) has steps about bribery, not council training', () => {
    const m5 = STANDARD_MEASURES.find((m) => m.id === 'M5');
    expect(m5?.steps.join(' ')).toMatch(/สินบน/);
    expect(m5?.steps.join(' ')).not.toMatch(/สภาท้องถิ่น|สมาชิกสภา/);
  });
  it('every measure has approach, steps and owners', () => {
    for (const m of STANDARD_MEASURES) {
      expect(m.steps.length).toBeGreaterThan(1);
      expect(m.approach.length).toBeGreaterThan(0);
      expect(m.owners.length).toBeGreaterThan(0);
    }
  });
  it('guideline texts 1–8 are the seed texts word for word', () => {
    expect(INDICATOR_GUIDELINES.filter((g) => g.source === 'seed').map((g) => g.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(guidelineText(4)).toBe('๑. สร้างแนวปฏิบัติเกี่ยวกับการใช้ทรัพย์สินของทางราชการ ๒. มีขั้นตอนการขออนุญาตการขอยืมที่ถูกต้อง');
    expect(guidelineText(7, 'องค์การบริหารส่วนตำบลห้วยแก้ว')).toContain('เช่นเว็บไซต์ องค์การบริหารส่วนตำบลห้วยแก้ว และ facebook');
  });
});

describe('suggestMeasures', () => {
  const a = analyze(set([97.25, 86.57, 93.92, 86.58, 93.46, 87.89, 85.14, 83.2, 82.5, 51.25]), { year: 2566 });
  it('gives rows for the below-target indicators, lowest first', () => {
    const rows = suggestMeasures(a, { digits: 'thai', orgName: 'องค์การบริหารส่วนตำบลตะโก' });
    expect(rows.map((r) => r.indicator)).toEqual([10, 9, 8]);
    expect(rows[0]).toMatchObject({
      suggestionId: '10-M10',
      tool: 'OIT',
      issue: 'ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (คะแนน ๕๑.๒๕)',
      period: 'ตลอดปีงบประมาณ',
      monitoring: 'รายงานผลการดำเนินงานตามมาตรการ รอบ ๖ เดือน และรอบ ๑๒ เดือน',
    });
    expect(rows[2]?.measure).toBe('มาตรการเผยแพร่ข้อมูลข่าวสารและการลดขั้นตอนการให้บริการประชาชน');
  });
  it('fills the organisation into M2 and writes Arabic digits when asked', () => {
    const rows = suggestionsForIndicator(8, a, { perIndicator: 2, digits: 'arabic', orgName: 'อบต.ตะโก' });
    expect(rows.map((r) => r.measureId)).toEqual(['M1', 'M2']);
    expect(rows[1]?.measure).toBe('มาตรการเปิดโอกาสให้ประชาชนมีส่วนร่วมและเผยแพร่การทำงานของอบต.ตะโก');
    expect(rows[0]?.monitoring).toBe('รายงานผลการดำเนินงานตามมาตรการ รอบ 6 เดือน และรอบ 12 เดือน');
  });
  it('suggests for the lowest indicator when every indicator meets the target', () => {
    const all = analyze(set([90, 90, 90, 90, 90, 90, 90, 90, 90, 88]), { year: 2566 });
    expect(suggestMeasures(all).map((r) => r.indicator)).toEqual([10]);
  });
  it.each(INDICATOR_NOS)('indicator %i gets a concrete measure row', (no) => {
    const rows = suggestionsForIndicator(no, null);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]?.steps.length).toBeGreaterThan(1);
    expect(rows[0]?.guideline.length).toBeGreaterThan(20);
  });
});

describe('suggested item codes', () => {
  it('carry only an item of the suggested indicator (E14 is indicator 8, never indicator 7)', () => {
    const forSeven = suggestionsForIndicator(7, null, { frameworkYear: 2566, perIndicator: 3 });
    expect(forSeven.length).toBeGreaterThan(0);
    expect(forSeven.map((s) => s.item)).not.toContain('E14');
    const forEight = suggestionsForIndicator(8, null, { frameworkYear: 2566, perIndicator: 3 });
    expect(forEight.map((s) => s.item)).toContain('E14');
  });
});
