// zod schemas of the typed rows: required cells and cell formats. Cross-row and cross-tab rules live in
// cross-rules.ts. Issue messages are finding codes (messages.ts).
import * as z from 'zod';
import { MESSAGES } from './messages';

const required = z.string().trim().min(1, { message: 'required' });
const optionalUrl = z
  .string()
  .trim()
  .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), { message: 'url-invalid' });
const indicatorNo = z
  .number({ message: 'indicator-range' })
  .int({ message: 'indicator-range' })
  .min(1, { message: 'indicator-range' })
  .max(10, { message: 'indicator-range' });

export const MeasureRowSchema = z.object({
  id: required,
  measure: required,
  owners: required,
  period: required,
  indicator: indicatorNo.nullable(),
});

export const ResultRowSchema = z.object({
  measureId: required,
  round: required,
  status: required,
  evidenceUrl: optionalUrl,
});

export const ProgressRowSchema = z.object({
  indicator: indicatorNo,
  owners: required,
});

export const OitRowSchema = z.object({
  code: required,
  name: required,
  owners: required,
  evidenceUrl: optionalUrl,
});

export const AnalysisRowSchema = z.object({
  indicator: indicatorNo,
});

/** Each failing field once, with its finding code: [field, code] (an unexpected issue reads as invalid-value). */
export function schemaIssues(schema: z.ZodType, row: unknown): [string, string][] {
  const parsed = schema.safeParse(row);
  if (parsed.success) return [];
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (seen.has(field)) continue;
    seen.add(field);
    out.push([field, issue.message in MESSAGES ? issue.message : 'invalid-value']);
  }
  return out;
}
