import { TOOL_CODES, type Framework, type IndicatorNo, type ToolCode } from '../framework';
import { guidelineText } from '../measures/guidelines';
import { formatInteger, formatScore, withDigits, type Digits } from '../thai';
import type { ScoreSet } from '../scores/types';
import type { Analysis, AnalyzeOptions, Narrative } from './types';

type Core = Omit<Analysis, 'narrative'>;

/**
 * Thai sentences for the analysis report (templates of reference §d.1), generated from the numbers only so
 * level words and "ต่ำกว่า/สูงกว่าค่าเป้าหมาย" can never contradict the scores (§g.12).
 */
export function buildNarrative(core: Core, framework: Framework, set: ScoreSet, options: AnalyzeOptions): Narrative {
  const digits: Digits = options.digits ?? 'thai';
  const org = options.orgName && options.orgName.trim() !== '' ? options.orgName.trim() : 'หน่วยงาน';
  const s = (v: number) => formatScore(v, digits);
  const n = (v: number) => formatInteger(v, digits);
  const name = (no: IndicatorNo) => framework.indicators[no - 1]?.nameTh ?? '';
  const label = (no: IndicatorNo) => `ตัวชี้วัดที่ ${n(no)} ${name(no)}`;
  const score = (no: IndicatorNo) => set.indicators[no] as number;
  const list = (nos: readonly IndicatorNo[]) => joinThai(nos.map(label));
  const guideline = (no: IndicatorNo) => withDigits(guidelineText(no, options.orgName), digits);

  const ita = core.overall.score ?? core.overall.stated;
  const levelWord = core.overall.level?.nameTh ?? null;
  const yearText = core.year !== null ? ` ประจำปีงบประมาณ พ.ศ. ${n(core.year)}` : '';

  const overall =
    ita === null
      ? null
      : `ผลการประเมินระดับคุณธรรมและความโปร่งใส (ITA) ของ${org} มีค่าคะแนนเท่ากับ ${s(ita)} คะแนน` +
        (levelWord ? ` อยู่ในระดับ ${levelWord}` : '');

  let ranking: string | null = null;
  if (core.highest.length > 0 && core.urgent.length > 0) {
    const top = core.highest;
    const rest = core.indicators.filter((i) => !top.includes(i.no)).map((i) => i.no);
    const restMax = rest.length ? Math.max(...rest.map(score)) : null;
    const second = restMax === null ? [] : rest.filter((no) => score(no) === restMax);
    const scoreOf = (nos: readonly IndicatorNo[]) => s(score(nos[0] as IndicatorNo));
    ranking =
      `เมื่อพิจารณาพบว่า ${list(top)} ได้คะแนนเท่ากับ ${scoreOf(top)} ซึ่งเป็นคะแนนที่สูงที่สุด` +
      (second.length ? ` รองลงมาคือ ${list(second)} ได้คะแนนเท่ากับ ${scoreOf(second)}` : '') +
      ` และตัวชี้วัดที่ได้คะแนนน้อยที่สุด${core.year !== null ? `ในปี พ.ศ. ${n(core.year)}` : ''} คือ ${list(core.urgent)} ได้คะแนนเท่ากับ ${scoreOf(core.urgent)}`;
  }

  const strengths =
    core.indicators.length === 0
      ? null
      : core.strengths.length > 0
        ? `จุดแข็งของการประเมินคุณธรรมและความโปร่งใสของ${org} (ตัวชี้วัดที่ได้คะแนนตั้งแต่ ${s(core.strengthThreshold)} คะแนนขึ้นไป) คือ ${list(core.strengths)}`
        : `ไม่มีตัวชี้วัดที่ได้คะแนนตั้งแต่ ${s(core.strengthThreshold)} คะแนนขึ้นไป`;

  const urgent =
    core.urgent.length === 0
      ? null
      : `ประเด็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน คือ ${list(core.urgent)} ได้คะแนน ${s(score(core.urgent[0] as IndicatorNo))} คะแนน ซึ่งเป็นคะแนนน้อยที่สุด`;

  let target: string | null = null;
  if (ita !== null) {
    const relation = ita < core.target ? 'ต่ำกว่า' : ita > core.target ? 'สูงกว่า' : 'เท่ากับ';
    target =
      `ผลคะแนนการประเมินคุณธรรมและความโปร่งใส (ITA)${yearText} ของ${org} เท่ากับ ${s(ita)} คะแนน ${relation} ` +
      `ค่าเป้าหมายที่กำหนดเกณฑ์ไว้คือ ${n(core.target)} คะแนน` +
      (levelWord ? ` อยู่ในระดับ ${levelWord}` : '');
  }

  const tools = {} as Record<ToolCode, Narrative['tools'][ToolCode]>;
  const develop: string[] = [];
  TOOL_CODES.forEach((tool, i) => {
    const def = framework.tools[tool];
    const t = core.tools[tool];
    const lowest = core.lowestByTool[tool];
    tools[tool] = {
      score:
        t.score === null
          ? null
          : `ผลคะแนนการประเมินเครื่องมือ ${def.nameTh} (${tool}) มีค่าคะแนนเท่ากับ ${s(t.score)} คะแนน โดยประกอบด้วย ${n(def.indicators.length)} ตัวชี้วัด ดังนี้`,
      indicatorLines: def.indicators
        .filter((no) => set.indicators[no] !== undefined)
        .map((no) => `${label(no)}\tมีผลคะแนน เท่ากับ ${s(score(no))} คะแนน`),
      weakest:
        lowest.length === 0
          ? null
          : `จากลำดับคะแนน พบว่า${list(lowest)} มีค่าคะแนนน้อยที่สุดในกลุ่มเครื่องมือ ซึ่งมีข้อเสนอแนะสำหรับการปรับปรุงในปีต่อไป คือ ${lowest.map(guideline).join(' ')}`,
    };
    if (lowest.length > 0) {
      develop.push(
        `${n(i + 1)}. ${def.nameTh} (${tool}) ${joinThai(lowest.map(name))} มีข้อเสนอแนะ ดังนี้ ${lowest.map(guideline).join(' ')}`,
      );
    }
  });

  return { overall, ranking, strengths, urgent, target, tools, develop };
}

/** "ก", "ก และ ข", "ก, ข และ ค". */
function joinThai(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} และ ${parts[parts.length - 1]}`;
}
