import { INDICATOR_NOS, STANDARD_INDICATORS, TOOL_CODES } from '../framework';
import { formatInteger, formatScore, type Digits } from '../thai';
import type { ScoreSet } from './types';

export interface FormatScoresOptions {
  readonly digits?: Digits;
  /** Include stated tool and overall scores (default true). */
  readonly includeStated?: boolean;
}

/**
 * Writes score sets back as paste text that parseScores reads to the same scores:
 * "ปี 2566", then "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่<TAB>95.40" rows, then "IIT<TAB>ร้อยละ 90.12" and "ITA<TAB>84.37".
 */
export function formatScores(sets: ScoreSet | readonly ScoreSet[], options: FormatScoresOptions = {}): string {
  const digits = options.digits ?? 'arabic';
  const list: readonly ScoreSet[] = Array.isArray(sets) ? sets : [sets as ScoreSet];
  const blocks = list.map((set) => {
    const lines: string[] = [];
    if (set.year !== null) lines.push(`ปี ${formatInteger(set.year, digits)}`);
    for (const no of INDICATOR_NOS) {
      const score = set.indicators[no];
      if (score === undefined) continue;
      const name = STANDARD_INDICATORS[no - 1]?.nameTh ?? '';
      lines.push(`ตัวชี้วัดที่ ${formatInteger(no, digits)} ${name}\t${formatScore(score, digits)}`);
    }
    if (options.includeStated !== false) {
      for (const tool of TOOL_CODES) {
        const t = set.tools[tool];
        if (t) lines.push(`${tool}\tร้อยละ ${formatScore(t.value, digits)}`);
      }
      if (set.overall) lines.push(`ITA\t${formatScore(set.overall.value, digits)}`);
    }
    return lines.join('\n');
  });
  return blocks.join('\n\n') + '\n';
}
