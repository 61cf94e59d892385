import { analyze, type Analysis } from '../../core/analysis';
import { INDICATOR_NOS, STANDARD_INDICATORS, TOOL_CODES, type IndicatorNo, type ToolCode } from '../../core/framework';
import type { ParseFinding, ScoreSet } from '../../core/scores';

/** The JSON contract of `ita-report analyze --format json` (issue 3). */
export interface AnalyzeJson {
  year: number | null;
  frameworkYear: number;
  target: number;
  indicators: { no: IndicatorNo; name: string; tool: ToolCode; score: number }[];
  tools: Record<ToolCode, { score: number | null; stated: number | null }>;
  overall: { score: number | null; stated: number | null; level: string | null };
  belowTarget: IndicatorNo[];
  urgent: IndicatorNo[];
  lowestByTool: Record<ToolCode, IndicatorNo[]>;
  strengths: IndicatorNo[];
  previous: null | {
    year: number | null;
    indicators: { no: IndicatorNo; name: string; tool: ToolCode; score: number }[];
    overall: { score: number | null; stated: number | null; level: string | null };
  };
  warnings: { code: string; message_th: string; message_en: string }[];
}

function indicatorRows(set: ScoreSet) {
  return INDICATOR_NOS.filter((n) => set.indicators[n] !== undefined).map((no) => {
    const d = STANDARD_INDICATORS[no - 1];
    return { no, name: d?.nameTh ?? '', tool: d?.tool ?? ('IIT' as ToolCode), score: set.indicators[no] as number };
  });
}

function round(v: number | null): number | null {
  return v === null ? null : Math.round(v * 100) / 100;
}

/** Builds the JSON object from an analysis; parser findings that are not errors become warnings. */
export function toAnalyzeJson(
  set: ScoreSet,
  analysis: Analysis,
  previous: ScoreSet | null,
  parserNotes: readonly ParseFinding[],
): AnalyzeJson {
  const tools = {} as AnalyzeJson['tools'];
  for (const t of TOOL_CODES) tools[t] = { score: analysis.tools[t].score, stated: round(analysis.tools[t].stated) };
  let prev: AnalyzeJson['previous'] = null;
  if (previous) {
    const pa = analyze(previous, { year: previous.year ?? undefined, target: analysis.target });
    prev = {
      year: previous.year,
      indicators: indicatorRows(previous),
      overall: { score: pa.overall.score, stated: pa.overall.stated, level: pa.overall.level?.nameTh ?? null },
    };
  }
  return {
    year: analysis.year,
    frameworkYear: analysis.frameworkYear,
    target: analysis.target,
    indicators: indicatorRows(set),
    tools,
    overall: {
      score: analysis.overall.score,
      stated: analysis.overall.stated,
      level: analysis.overall.level?.nameTh ?? null,
    },
    belowTarget: [...analysis.belowTarget],
    urgent: [...analysis.urgent],
    lowestByTool: {
      IIT: [...analysis.lowestByTool.IIT],
      EIT: [...analysis.lowestByTool.EIT],
      OIT: [...analysis.lowestByTool.OIT],
    },
    strengths: [...analysis.strengths],
    previous: prev,
    warnings: [
      ...parserNotes.map((f) => ({ code: f.code, message_th: f.message_th, message_en: f.message_en })),
      ...analysis.warnings.map((w) => ({ code: w.code, message_th: w.message_th, message_en: w.message_en })),
    ],
  };
}

/** A readable Thai summary for `--format text`. */
export function toAnalyzeText(json: AnalyzeJson, analysis: Analysis): string {
  const f = (v: number | null) => (v === null ? '–' : v.toFixed(2));
  const label = (no: IndicatorNo) => `ตัวชี้วัดที่ ${no} ${STANDARD_INDICATORS[no - 1]?.nameTh ?? ''}`;
  const list = (nos: readonly IndicatorNo[]) => (nos.length ? nos.map(label).join(', ') : 'ไม่มี');
  const out: string[] = [];
  out.push(
    `ผลการวิเคราะห์คะแนน ITA${json.year !== null ? ` ปี ${json.year}` : ''} (เกณฑ์ปี ${json.frameworkYear}, ค่าเป้าหมาย ${json.target} คะแนน)`,
  );
  const pass =
    analysis.overall.passed === null ? '' : analysis.overall.passed ? ' – ผ่านค่าเป้าหมาย' : ' – ต่ำกว่าค่าเป้าหมาย';
  out.push(
    `คะแนนรวม (ITA): ${f(json.overall.score)}${json.overall.stated !== null ? ` (ที่ระบุไว้ ${f(json.overall.stated)})` : ''}` +
      `${json.overall.level ? ` ระดับ ${json.overall.level}` : ''}${pass}`,
  );
  for (const t of TOOL_CODES) {
    const tool = json.tools[t];
    out.push(`  ${t}: ${f(tool.score)}${tool.stated !== null ? ` (ที่ระบุไว้ ${f(tool.stated)})` : ''}`);
  }
  out.push('คะแนนรายตัวชี้วัด:');
  for (const i of analysis.indicators) {
    const gap = i.gap >= 0 ? `+${i.gap.toFixed(2)}` : i.gap.toFixed(2);
    out.push(`  ${label(i.no)} (${i.tool})\t${i.score.toFixed(2)}\t${gap}`);
  }
  out.push(`ต่ำกว่าค่าเป้าหมาย: ${list(json.belowTarget)}`);
  out.push(`จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน: ${list(json.urgent)}`);
  out.push(`จุดแข็ง: ${list(json.strengths)}`);
  for (const t of TOOL_CODES) out.push(`ต่ำสุดใน ${t}: ${list(json.lowestByTool[t])}`);
  if (json.previous) {
    const change = analysis.trend?.overallChange;
    out.push(
      `เทียบกับปี ${json.previous.year ?? 'ก่อนหน้า'}: คะแนนรวม ${f(json.previous.overall.score ?? json.previous.overall.stated)}` +
        (change !== null && change !== undefined ? ` (เปลี่ยนแปลง ${change >= 0 ? '+' : ''}${change.toFixed(2)})` : ''),
    );
  }
  const n = analysis.narrative;
  const sentences = [n.overall, n.ranking, n.strengths, n.urgent, n.target].filter((s): s is string => s !== null);
  if (sentences.length) {
    out.push('', 'ข้อความสำหรับรายงาน:');
    for (const s of sentences) out.push(`  ${s}`);
  }
  if (json.warnings.length) {
    out.push('', 'ข้อสังเกต:');
    for (const w of json.warnings) out.push(`  - ${w.message_th}`);
  }
  return out.join('\n') + '\n';
}
