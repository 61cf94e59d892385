import type { ParseFinding, ParseFindingCode, Severity } from './types';

/** Builds a finding; every user-visible message comes in Thai and English. */
export function finding(
  code: ParseFindingCode,
  severity: Severity,
  line: number | null,
  message_th: string,
  message_en: string,
): ParseFinding {
  const where = line === null ? { th: '', en: '' } : { th: `บรรทัดที่ ${line}: `, en: `Line ${line}: ` };
  return { code, severity, line, message_th: where.th + message_th, message_en: where.en + message_en };
}
