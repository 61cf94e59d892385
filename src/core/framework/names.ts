import { matchKey } from '../thai';
import { STANDARD_INDICATORS, STANDARD_TOOLS } from './shared';
import type { IndicatorDef, IndicatorNo, ToolCode } from './types';

/** All accepted spellings of an indicator name with their match keys (canonical first). */
export function indicatorNameKeys(indicators: readonly IndicatorDef[] = STANDARD_INDICATORS): {
  key: string;
  no: IndicatorNo;
  canonical: boolean;
}[] {
  return indicators.flatMap((d) => [
    { key: matchKey(d.nameTh), no: d.no, canonical: true },
    ...d.variantsTh.map((v) => ({ key: matchKey(v), no: d.no, canonical: false })),
  ]);
}

/**
 * The indicator whose canonical name or known variant equals `text` after normalisation
 * (spaces, ZWSP, สระอำ, optional "ทาง" ignored). Null when none matches exactly.
 */
export function findIndicatorByName(
  text: string,
  indicators: readonly IndicatorDef[] = STANDARD_INDICATORS,
): IndicatorDef | null {
  const key = matchKey(text).replace(/^ตัวชี้วัด(ที่)?/, '');
  const hit = indicatorNameKeys(indicators).find((k) => k.key === key);
  return hit ? (indicators.find((d) => d.no === hit.no) ?? null) : null;
}

/** The tool whose code ("IIT"), Thai name or variant equals `text` after normalisation. */
export function findToolByName(text: string): ToolCode | null {
  const key = matchKey(text);
  for (const tool of Object.values(STANDARD_TOOLS)) {
    if (key === tool.code.toLowerCase()) return tool.code;
    if ([tool.nameTh, ...tool.variantsTh].some((n) => matchKey(n) === key)) return tool.code;
  }
  return null;
}
