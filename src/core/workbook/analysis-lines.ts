// Parsed scores and their analysis -> the records of the คะแนน ITA and วิเคราะห์ผล tabs.
import type { Analysis } from '../analysis';
import { levelFor, resolveFramework, STANDARD_TOOLS, TOOL_CODES } from '../framework';
import { INDICATOR_GUIDELINES, guidelineText } from '../measures';
import type { ScoreSet } from '../scores';
import type { KeyedLine } from './write-rows';

export const SOURCE_PASTED = 'จากข้อความที่วาง';
export const SOURCE_COMPUTED = 'คำนวณโดยระบบ';

export const CATEGORY_STRENGTH = 'จุดแข็ง';
export const CATEGORY_URGENT = 'จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน';
export const CATEGORY_DEVELOP = 'ประเด็นที่ต้องพัฒนา';

/** Indicator, tool and overall records of one year. */
export function scoreLines(set: ScoreSet, analysis: Analysis, year: number): KeyedLine[] {
  const lines: KeyedLine[] = [];
  for (const ind of analysis.indicators) {
    lines.push({
      key: `${year}|indicator|${ind.no}`,
      cells: {
        year,
        kind: 'ตัวชี้วัด',
        tool: ind.tool,
        indicator: ind.no,
        name: ind.name,
        score: ind.score,
        stated: set.indicators[ind.no] ?? null,
        source: SOURCE_PASTED,
      },
    });
  }
  for (const tool of TOOL_CODES) {
    const t = analysis.tools[tool];
    lines.push({
      key: `${year}|tool|${tool}`,
      cells: {
        year,
        kind: 'เครื่องมือ',
        tool,
        indicator: '',
        name: STANDARD_TOOLS[tool].nameTh,
        score: t.score,
        stated: t.stated,
        source: SOURCE_COMPUTED,
      },
    });
  }
  lines.push({
    key: `${year}|overall`,
    cells: {
      year,
      kind: 'ภาพรวม',
      tool: '',
      indicator: '',
      name: 'ITA',
      score: analysis.overall.score,
      stated: analysis.overall.stated,
      source: SOURCE_COMPUTED,
    },
  });
  return lines;
}

/** The class of an indicator in the analysis (reference §d.1). */
export function categoryOf(analysis: Analysis, no: number): string {
  if (analysis.urgent.some((n) => n === no)) return CATEGORY_URGENT;
  if (analysis.strengths.some((n) => n === no)) return CATEGORY_STRENGTH;
  const lowest = Object.values(analysis.lowestByTool).some((list) => list.some((n) => n === no));
  if (analysis.belowTarget.some((n) => n === no) || lowest) return CATEGORY_DEVELOP;
  return '';
}

/** One วิเคราะห์ผล record per indicator; the two text columns carry defaults for empty cells only. */
export function analysisLines(analysis: Analysis, orgName: string): KeyedLine[] {
  const framework = resolveFramework(analysis.frameworkYear).framework;
  return analysis.indicators.map((ind) => {
    const trend = analysis.trend?.indicators.find((t) => t.no === ind.no)?.change ?? null;
    const level = levelFor(framework.levels, ind.score)?.level.nameTh ?? '';
    return {
      key: String(ind.no),
      cells: {
        indicator: ind.no,
        name: ind.name,
        tool: ind.tool,
        score: ind.score,
        level,
        gap: ind.gap,
        trend,
        category: categoryOf(analysis, ind.no),
        assessmentIssue: INDICATOR_GUIDELINES.find((g) => g.no === ind.no)?.assessesTh ?? '',
        developIssue: guidelineText(ind.no, orgName),
      },
    };
  });
}
