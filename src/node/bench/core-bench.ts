import { analyze } from '../../core/analysis';
import { INDICATOR_NOS, STANDARD_INDICATORS, type IndicatorNo } from '../../core/framework';
import { parseScores } from '../../core/scores';
import { toThaiDigits } from '../../core/thai';

export interface CoreBenchResult {
  readonly pastes: number;
  readonly msTotal: number;
  readonly msPerPaste: number;
}

/** Small deterministic PRNG (mulberry32) so every run parses the same pastes. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One paste in one of the real shapes: sentence rows (wrapped), name-only lines, header table; maybe Thai digits. */
function makePaste(rand: () => number): string {
  const year = 2563 + Math.floor(rand() * 7);
  const scores = INDICATOR_NOS.map(() => (4000 + Math.floor(rand() * 6000)) / 100);
  const name = (no: IndicatorNo) => STANDARD_INDICATORS[no - 1]?.nameTh ?? '';
  const shape = Math.floor(rand() * 3);
  let text: string;
  if (shape === 0) {
    // Sentence style, with the next indicator number at the end of the row as in seed 001.
    const rows = INDICATOR_NOS.map(
      (no, i) => `${name(no)}\tมีผลคะแนน เท่ากับ ${scores[i]?.toFixed(2)} คะแนน\tตัวชี้วัดที่ ${no + 1}`,
    );
    text = `ผลการประเมิน ITAS ปี ${year}\nตัวชี้วัดที่ 1 ${rows.join('\n').replace(/\tตัวชี้วัดที่ 11$/, '')}`;
  } else if (shape === 1) {
    const order = [...INDICATOR_NOS].sort(() => rand() - 0.5);
    text = `ปี ${year}\n` + order.map((no) => `${name(no)} ${scores[no - 1]?.toFixed(2)}`).join('\n') + `\nITA 85.00`;
  } else {
    const header = INDICATOR_NOS.map((no) => `ตัวชี้วัดที่ ${no}`).join('\t') + '\tITA';
    text = `ปี\t${header}\n${year}\t${scores.map((s) => s.toFixed(2)).join('\t')}\t80.00`;
  }
  return rand() < 0.5 ? toThaiDigits(text) : text;
}

/** Parses and analyses `count` varied pastes (default 10,000) and reports the time per paste. */
export function runCoreBench(count = 10_000): CoreBenchResult {
  const rand = rng(20240601);
  const pastes = Array.from({ length: count }, () => makePaste(rand));
  const start = performance.now();
  let understood = 0;
  for (const text of pastes) {
    const parsed = parseScores(text);
    for (const set of parsed.years) if (analyze(set).overall.score !== null) understood++;
  }
  const msTotal = performance.now() - start;
  // A benchmark over pastes the parser misreads would measure the wrong thing.
  if (understood !== count) throw new Error(`benchmark: ${count - understood} of ${count} pastes not fully read`);
  return { pastes: count, msTotal, msPerPaste: msTotal / count };
}

/** Narrative text as last year's reports hold it: indicator words, years, counts, targets and item codes. */
const NARRATIVE =
  'จากผลการประเมิน ITA ประจำปี พ.ศ. 2567 องค์การบริหารส่วนตำบลได้คะแนนรวม 85.40 คะแนน ' +
  'ตัวชี้วัดที่ 3 การใช้อำนาจ มีผลคะแนน เท่ากับ 93.92 คะแนน เพิ่มขึ้น 2.15 คะแนน ' +
  'ค่าเป้าหมายที่กำหนดเกณฑ์ไว้คือ 85 คะแนน ข้อ 1,234 ราย ระหว่าง ม.ค.-มี.ค. 67 O14 <p>ประชุม</p> ';

export interface ParseSizeResult {
  readonly label: string;
  readonly chars: number;
  /** Median CPU milliseconds of parseScores over the runs. */
  readonly ms: number;
}

/** Median CPU time (user + system) of `run`, in ms: wall-clock time on a shared machine measures the neighbours. */
function medianCpuMs(run: () => void, times: number): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    ms.push((used.user + used.system) / 1000);
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)] as number;
}

/** Pastes of real shapes and narrative text up to `chars` characters, lines intact. */
function documentOf(chars: number, rand: () => number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const part = rand() < 0.5 ? makePaste(rand) : NARRATIVE;
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join('\n').slice(0, chars);
}

/**
 * Parse time by paste size (issue 9 §4: linear in the paste's length): 1 KB, 100 KB and 1 MB documents, one line
 * of 200,000 characters (the same text with its line breaks removed), 200,000 "<" and 100,000 numbers on a line.
 */
export function runParseSizeBench(): ParseSizeResult[] {
  const rand = rng(20261129);
  const oneLine = documentOf(200_000, rand).replace(/\n/g, ' ');
  const cases: [string, string][] = [
    ['1 KB document', documentOf(1_000, rand)],
    ['100 KB document', documentOf(100_000, rand)],
    ['1 MB document', documentOf(1_000_000, rand)],
    ['one line of 200,000 characters', oneLine],
    ['200,000 "<" on one line', '<'.repeat(200_000)],
    ['100,000 tab-separated numbers on one line', '95.40\t'.repeat(33_334).slice(0, 200_000)],
  ];
  return cases.map(([label, text]) => ({
    label,
    chars: text.length,
    ms: medianCpuMs(() => parseScores(text), text.length > 500_000 ? 3 : 5),
  }));
}
