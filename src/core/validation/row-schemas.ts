// zod schemas of the typed rows: required cells and cell formats. Cross-row and cross-tab rules live in
// cross-rules.ts. Issue messages are finding codes (messages.ts).
import * as z from 'zod/mini';
import { lazySchema } from '../rpc/lazy-schema';
import { MESSAGES } from './messages';

// Each row schema is written once, as the kind of each of its cells (ROW_CELLS below). From it come the zod
// schema, built on its first validation rather than when the bundle loads (lazy-schema.ts), which says what
// is wrong with a row, and a direct test of the same rules that lets the usual row — nothing wrong —
// through without running zod: on a first call zod's parse of every row was a third of the validation.

type CellKind = 'required' | 'text' | 'optional-text' | 'url' | 'indicator' | 'indicator-or-empty';

/** A required cell is judged trimmed. */
const filled = (v: string) => v.trim() !== '';
/** An evidence link: empty, or http(s) with no space (judged trimmed). */
function linkOrEmpty(v: string): boolean {
  const url = v.trim();
  return url === '' || /^https?:\/\/\S+$/i.test(url);
}
const isIndicatorNo = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 10;

const indicatorNo = () =>
  z
    .number({ error: 'indicator-range' })
    .check(
      z.int({ error: 'indicator-range' }),
      z.minimum(1, { error: 'indicator-range' }),
      z.maximum(10, { error: 'indicator-range' }),
    );

/** The zod schema of each kind of cell (one check per cell: a trim-then-measure pair costs twice). */
const CELL_SCHEMA: Record<CellKind, () => z.ZodMiniType> = {
  required: () => z.string().check(z.refine(filled, { error: 'required' })),
  text: () => z.string(),
  'optional-text': () => z.optional(z.string()),
  url: () => z.string().check(z.refine(linkOrEmpty, { error: 'url-invalid' })),
  indicator: indicatorNo,
  'indicator-or-empty': () => z.nullable(indicatorNo()),
};

/** What the schema of each kind of cell accepts, tested directly (never more than the schema accepts). */
const CELL_PASSES: Record<CellKind, (v: unknown) => boolean> = {
  required: (v) => typeof v === 'string' && filled(v),
  text: (v) => typeof v === 'string',
  'optional-text': (v) => v === undefined || typeof v === 'string',
  url: (v) => typeof v === 'string' && linkOrEmpty(v),
  indicator: isIndicatorNo,
  'indicator-or-empty': (v) => v === null || isIndicatorNo(v),
};

const MEASURE_CELLS: Record<string, CellKind> = {
  id: 'required',
  measure: 'text',
  issue: 'optional-text',
  owners: 'required',
  period: 'required',
  indicator: 'indicator-or-empty',
};
const RESULT_CELLS: Record<string, CellKind> = {
  measureId: 'required',
  round: 'required',
  status: 'required',
  evidenceUrl: 'url',
};
const PROGRESS_CELLS: Record<string, CellKind> = { indicator: 'indicator', owners: 'required' };
const OIT_CELLS: Record<string, CellKind> = {
  code: 'required',
  name: 'required',
  owners: 'required',
  evidenceUrl: 'url',
};
const ANALYSIS_CELLS: Record<string, CellKind> = { indicator: 'indicator' };

function objectOf(cells: Record<string, CellKind>) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [key, kind] of Object.entries(cells)) shape[key] = CELL_SCHEMA[kind]();
  return z.object(shape);
}

/** A measure names itself or its issue: one of the two is required. */
const namesMeasureOrIssue = (r: { measure?: unknown; issue?: unknown }) =>
  (typeof r.measure === 'string' && filled(r.measure)) || (typeof r.issue === 'string' && filled(r.issue));

/**
 * A measure names itself (มาตรการ/กิจกรรม, family R) or its issue (ประเด็นที่ต้องปรับปรุงแก้ไข, family P:
 * [002]/[004] have no measure-name column); one of the two is required.
 */
export const MeasureRowSchema = lazySchema(() =>
  objectOf(MEASURE_CELLS).check(z.refine(namesMeasureOrIssue, { error: 'required', path: ['measure'] })),
);
export const ResultRowSchema = lazySchema(() => objectOf(RESULT_CELLS));
export const ProgressRowSchema = lazySchema(() => objectOf(PROGRESS_CELLS));
export const OitRowSchema = lazySchema(() => objectOf(OIT_CELLS));
export const AnalysisRowSchema = lazySchema(() => objectOf(ANALYSIS_CELLS));

function cellsPass(cells: Record<string, CellKind>, row: unknown): row is Record<string, unknown> {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
  const r = row as Record<string, unknown>;
  for (const key in cells) if (!CELL_PASSES[cells[key] as CellKind](r[key])) return false;
  return true;
}

/** Each row schema's direct test: true only for a row its schema accepts. */
const ROW_PASSES = new Map<unknown, (row: unknown) => boolean>([
  [MeasureRowSchema, (row) => cellsPass(MEASURE_CELLS, row) && namesMeasureOrIssue(row)],
  [ResultRowSchema, (row) => cellsPass(RESULT_CELLS, row)],
  [ProgressRowSchema, (row) => cellsPass(PROGRESS_CELLS, row)],
  [OitRowSchema, (row) => cellsPass(OIT_CELLS, row)],
  [AnalysisRowSchema, (row) => cellsPass(ANALYSIS_CELLS, row)],
]);

/** Each failing field once, with its finding code: [field, code] (an unexpected issue reads as invalid-value). */
export function schemaIssues(schema: z.ZodMiniType, row: unknown): [string, string][] {
  if (ROW_PASSES.get(schema)?.(row)) return [];
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
