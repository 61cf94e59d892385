// zod schemas of the typed rows: required cells and cell formats. Cross-row and cross-tab rules live in
// cross-rules.ts. Issue messages are finding codes (messages.ts).
import * as z from 'zod/mini';
import { lazySchema } from '../rpc/lazy-schema';
import { MESSAGES } from './messages';

// Each schema is built on its first validation, not when the bundle loads (lazy-schema.ts). Cells are
// judged trimmed, in one check each (a trim-then-measure pair of checks costs twice on every row).
const required = () => z.string().check(z.refine((v) => v.trim() !== '', { error: 'required' }));
const optionalUrl = () =>
  z.string().check(
    z.refine(
      (v) => {
        const url = v.trim();
        return url === '' || /^https?:\/\/\S+$/i.test(url);
      },
      { error: 'url-invalid' },
    ),
  );
const indicatorNo = () =>
  z
    .number({ error: 'indicator-range' })
    .check(
      z.int({ error: 'indicator-range' }),
      z.minimum(1, { error: 'indicator-range' }),
      z.maximum(10, { error: 'indicator-range' }),
    );

/**
 * A measure names itself (มาตรการ/กิจกรรม, family R) or its issue (ประเด็นที่ต้องปรับปรุงแก้ไข, family P:
 * [002]/[004] have no measure-name column); one of the two is required.
 */
export const MeasureRowSchema = lazySchema(() =>
  z
    .object({
      id: required(),
      measure: z.string(),
      issue: z.optional(z.string()),
      owners: required(),
      period: required(),
      indicator: z.nullable(indicatorNo()),
    })
    .check(
      z.refine((r) => r.measure.trim() !== '' || (r.issue ?? '').trim() !== '', {
        error: 'required',
        path: ['measure'],
      }),
    ),
);

export const ResultRowSchema = lazySchema(() =>
  z.object({
    measureId: required(),
    round: required(),
    status: required(),
    evidenceUrl: optionalUrl(),
  }),
);

export const ProgressRowSchema = lazySchema(() =>
  z.object({
    indicator: indicatorNo(),
    owners: required(),
  }),
);

export const OitRowSchema = lazySchema(() =>
  z.object({
    code: required(),
    name: required(),
    owners: required(),
    evidenceUrl: optionalUrl(),
  }),
);

export const AnalysisRowSchema = lazySchema(() =>
  z.object({
    indicator: indicatorNo(),
  }),
);

/** Each failing field once, with its finding code: [field, code] (an unexpected issue reads as invalid-value). */
export function schemaIssues(schema: z.ZodMiniType, row: unknown): [string, string][] {
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
