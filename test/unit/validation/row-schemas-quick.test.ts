// The usual row passes its checks without running zod (row-schemas.ts); on any row, what is reported must be
// exactly what zod alone reports: the same failing fields with the same finding codes, and nothing for a
// row zod accepts.
import fc from 'fast-check';
import {
  AnalysisRowSchema,
  MeasureRowSchema,
  OitRowSchema,
  ProgressRowSchema,
  ResultRowSchema,
  schemaIssues,
} from '../../../src/core/validation';
import { MESSAGES } from '../../../src/core/validation/messages';

type Schema = typeof MeasureRowSchema;

/** schemaIssues as it was: zod's issues, each failing field once. */
function zodOnly(schema: Schema, row: unknown): [string, string][] {
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

// Cell values around every edge the rules draw: blank and padded text, links with and without a scheme or
// with a space, indicator numbers in and out of range, fractions, NaN, null, missing, other types.
const cell = fc.oneof(
  fc.constantFrom('', ' ', '  \n', 'สำนักปลัด', ' M1 ', 'x', '\u00A0'),
  fc.constantFrom(
    'https://a.go.th/x',
    'http://a',
    'HTTPS://A.GO.TH',
    'www.a.go.th',
    'https://a b',
    ' https://a.go.th ',
  ),
  fc.constantFrom(0, 1, 5, 10, 11, 1.5, -1, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constantFrom(null, undefined, true, [], {}),
  fc.string({ maxLength: 6 }),
);
const row = (keys: string[]) =>
  fc.record(Object.fromEntries(keys.map((k) => [k, cell])), { requiredKeys: [] }) as fc.Arbitrary<
    Record<string, unknown>
  >;

const SCHEMAS: [string, Schema, string[]][] = [
  ['measures', MeasureRowSchema, ['id', 'measure', 'issue', 'owners', 'period', 'indicator', 'tool']],
  ['results', ResultRowSchema, ['measureId', 'round', 'status', 'evidenceUrl', 'summary']],
  ['indicator progress', ProgressRowSchema, ['indicator', 'owners', 'guideline']],
  ['OIT', OitRowSchema, ['code', 'name', 'owners', 'evidenceUrl']],
  ['analysis', AnalysisRowSchema, ['indicator', 'score']],
];

test.each(SCHEMAS)('%s rows: the quick pass reports what zod alone reports', (_name, schema, keys) => {
  fc.assert(
    fc.property(row(keys), (r) => {
      expect(schemaIssues(schema, r)).toEqual(zodOnly(schema, r));
    }),
    { numRuns: 2000 },
  );
});

test('rows that are not objects are reported as zod reports them', () => {
  for (const value of [null, undefined, 'M1', 3, [], [{ id: 'M1' }]]) {
    for (const [, schema] of SCHEMAS) expect(schemaIssues(schema, value)).toEqual(zodOnly(schema, value));
  }
});
