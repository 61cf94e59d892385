import {
  INDICATOR_NOS,
  TOOL_CODES,
  latestFrameworkYear,
  levelFor,
  resolveFramework,
  type IndicatorNo,
  type ToolCode,
} from '../framework';
import { round2 } from '../thai';
import type { ScoreSet } from '../scores/types';
import { extremes, overallScore, presentIndicators, sortByScore, toolMeans } from './compute';
import { buildNarrative } from './narrative';
import type {
  Analysis,
  AnalysisWarning,
  AnalyzeOptions,
  IndicatorResult,
  LevelInfo,
  ToolResult,
  TrendResult,
} from './types';

const DEFAULT_TOLERANCE = 0.02;
// Stated scores carry 2 decimals; this absorbs binary noise in the comparison.
const EPSILON = 1e-9;

/**
 * Analyses one year's scores: tool means, overall ITA, level, pass/fail, gaps, weak and strong indicators,
 * trend, mismatch warnings and the Thai narrative. Never throws; incomplete input gives nulls and warnings.
 */
export function analyze(set: ScoreSet, options: AnalyzeOptions = {}): Analysis {
  const warnings: AnalysisWarning[] = [];
  const year = options.year ?? set.year ?? null;
  const { framework, exact } = resolveFramework(year ?? latestFrameworkYear);
  if (year !== null && !exact) {
    warnings.push({
      code: 'no-framework-for-year',
      message_th: `ยังไม่มีข้อมูลกรอบการประเมินของปี ${year} ใช้ข้อมูลของปี ${framework.year} แทน`,
      message_en: `There is no framework data for ${year}; the ${framework.year} data is used instead.`,
    });
  }
  const target = options.target ?? framework.passMark;
  const strengthThreshold = options.strengthThreshold ?? target;
  const tolerance = options.mismatchTolerance ?? DEFAULT_TOLERANCE;

  const present = presentIndicators(set);
  const missing = INDICATOR_NOS.filter((n) => set.indicators[n] === undefined);
  for (const no of missing) {
    const d = framework.indicators[no - 1];
    warnings.push({
      code: 'missing-indicator',
      message_th: `ไม่พบคะแนนตัวชี้วัดที่ ${no} ${d?.nameTh ?? ''} จึงคำนวณคะแนน ${d?.tool ?? ''} และคะแนนรวมไม่ได้`,
      message_en: `No score for indicator ${no} (${d?.nameEn ?? ''}); the ${d?.tool ?? ''} and overall scores cannot be computed.`,
    });
  }

  const indicators: IndicatorResult[] = present.map((no) => {
    const d = framework.indicators[no - 1];
    const score = set.indicators[no] as number;
    return {
      no,
      name: d?.nameTh ?? '',
      nameEn: d?.nameEn ?? '',
      tool: d?.tool ?? 'IIT',
      score,
      gap: round2(score - target),
      belowTarget: score < target,
    };
  });

  const means = toolMeans(framework, set.indicators);
  const tools = {} as Record<ToolCode, ToolResult>;
  for (const tool of TOOL_CODES) {
    const m = means[tool];
    const stated = set.tools[tool];
    const score = m === null ? null : round2(m);
    tools[tool] = { score, exact: m, stated: stated?.value ?? null, statedUnit: stated?.unit ?? null };
    if (stated && score !== null && Math.abs(stated.value - score) > tolerance + EPSILON) {
      const shown =
        stated.unit === 'points' ? `${stated.raw} คะแนนถ่วงน้ำหนัก (= ${round2(stated.value)})` : `${stated.raw}`;
      const shownEn =
        stated.unit === 'points' ? `${stated.raw} weighted points (= ${round2(stated.value)})` : `${stated.raw}`;
      warnings.push({
        code: 'tool-mismatch',
        message_th: `คะแนน ${tool} ที่ระบุไว้ ${shown} ไม่ตรงกับค่าเฉลี่ยของตัวชี้วัด ${score.toFixed(2)} (บรรทัดที่ ${stated.line}) ควรใช้ค่าที่คำนวณจากตัวชี้วัด`,
        message_en: `The stated ${tool} score ${shownEn} differs from the mean of its indicators, ${score.toFixed(2)} (line ${stated.line}); use the recomputed value.`,
      });
    }
  }

  const computed = overallScore(framework, set.indicators);
  const statedOverall = set.overall?.value ?? null;
  if (computed && set.overall && Math.abs(set.overall.value - computed.score) > tolerance + EPSILON) {
    warnings.push({
      code: 'overall-mismatch',
      message_th: `คะแนนรวม ITA ที่ระบุไว้ ${set.overall.value} ไม่ตรงกับค่าที่คำนวณได้ ${computed.score.toFixed(2)} (0.3×IIT + 0.3×EIT + 0.4×OIT) (บรรทัดที่ ${set.overall.line})`,
      message_en: `The stated overall ITA ${set.overall.value} differs from the recomputed ${computed.score.toFixed(2)} (0.3×IIT + 0.3×EIT + 0.4×OIT) (line ${set.overall.line}).`,
    });
  }

  const levelScore = computed?.score ?? statedOverall;
  let level: LevelInfo | null = null;
  if (levelScore !== null) {
    if (!computed) {
      warnings.push({
        code: 'level-from-stated-overall',
        message_th: 'คะแนนตัวชี้วัดไม่ครบ ระดับผลการประเมินจึงคิดจากคะแนนรวมที่ระบุไว้',
        message_en: 'The indicator scores are incomplete, so the result level uses the stated overall score.',
      });
    }
    const r = levelFor(framework.levels, levelScore, computed ? means : {});
    if (r) {
      level = {
        code: r.level.code,
        nameTh: r.level.nameTh,
        nameEn: r.level.nameEn,
        passed: r.level.passed,
        scheme: framework.levels.kind,
        verified: framework.levels.verified,
      };
      if (!r.toolConditionsChecked) {
        warnings.push({
          code: 'level-tool-conditions-unchecked',
          message_th: 'ไม่ทราบคะแนนรายเครื่องมือครบ จึงตรวจเงื่อนไขระดับ ผ่านดี/ผ่านดีเยี่ยม ไม่ได้',
          message_en: 'Tool scores are incomplete, so the conditions of the ผ่านดี/ผ่านดีเยี่ยม levels could not be checked.',
        });
      }
      if (framework.levels.verified !== 'confirmed') {
        warnings.push({
          code: 'level-unverified',
          message_th: `เกณฑ์ระดับผลการประเมินของปี ${framework.year} ยังไม่ได้ยืนยันจากแหล่งทางการ`,
          message_en: `The result-level rules for ${framework.year} are not confirmed by an official source.`,
        });
      }
    }
  }

  const lowestByTool = {} as Record<ToolCode, IndicatorNo[]>;
  // "น้อยที่สุดในกลุ่มเครื่องมือ" only when every indicator of the tool is known, as for the urgent one below.
  for (const tool of TOOL_CODES) {
    const own = framework.tools[tool].indicators;
    lowestByTool[tool] = own.every((no) => set.indicators[no] !== undefined) ? extremes(set, own, 'min') : [];
  }

  const analysisCore = {
    year,
    frameworkYear: framework.year,
    target,
    strengthThreshold,
    indicators,
    tools,
    overall: {
      score: computed?.score ?? null,
      exact: computed?.exact ?? null,
      stated: statedOverall,
      level,
      passed: levelScore === null ? null : levelScore >= target,
    },
    belowTarget: sortByScore(
      set,
      present.filter((n) => (set.indicators[n] as number) < target),
      'asc',
    ),
    // Urgent = the lowest of the ten indicators (reference §h.7, the [001] heading "ตัวชี้วัดที่ได้คะแนนน้อยที่สุด"):
    // with some missing it is not known, and the lowest of those pasted must not stand in for it.
    urgent: missing.length === 0 ? extremes(set, present, 'min') : [],
    highest: extremes(set, present, 'max'),
    lowestByTool,
    strengths: sortByScore(
      set,
      present.filter((n) => (set.indicators[n] as number) >= strengthThreshold),
      'desc',
    ),
    missing,
    trend: options.previous ? trend(set, options.previous, framework, warnings) : null,
    warnings,
  };
  return { ...analysisCore, narrative: buildNarrative(analysisCore, framework, set, options) };
}

function trend(
  set: ScoreSet,
  previous: ScoreSet,
  framework: ReturnType<typeof resolveFramework>['framework'],
  warnings: AnalysisWarning[],
): TrendResult {
  const prevOverall = overallScore(framework, previous.indicators)?.score ?? previous.overall?.value ?? null;
  const curOverall = overallScore(framework, set.indicators)?.score ?? set.overall?.value ?? null;
  const both = INDICATOR_NOS.filter((n) => set.indicators[n] !== undefined && previous.indicators[n] !== undefined);
  if (presentIndicators(previous).length < INDICATOR_NOS.length) {
    warnings.push({
      code: 'previous-incomplete',
      message_th: `คะแนนปีก่อน${previous.year ? ` (${previous.year})` : ''} ไม่ครบทุกตัวชี้วัด การเปรียบเทียบจึงทำได้บางส่วน`,
      message_en: `The previous year's scores${previous.year ? ` (${previous.year})` : ''} are incomplete; the comparison is partial.`,
    });
  }
  return {
    previousYear: previous.year,
    previousOverall: prevOverall,
    overallChange: prevOverall !== null && curOverall !== null ? round2(curOverall - prevOverall) : null,
    indicators: both.map((no) => {
      const p = previous.indicators[no] as number;
      const c = set.indicators[no] as number;
      return { no, previous: p, current: c, change: round2(c - p) };
    }),
  };
}
