// Rules on one row at a time: required cells and formats (zod), values from the lists, periods, codes,
// links, and the free-text catch rules.
import { normalizeOitCode, normalizeEitCode, STANDARD_INDICATORS } from '../framework';
import { matchKey, normalizeThaiText } from '../thai';
import type { TabId } from '../tabs';
import type { PeriodVerdict, ValidationContext } from './context';
import type { FindingCode } from './messages';
import { checkPeriodInFiscalYear, parsePeriod } from './period';
import {
  AnalysisRowSchema,
  MeasureRowSchema,
  OitRowSchema,
  ProgressRowSchema,
  ResultRowSchema,
  schemaIssues,
} from './row-schemas';
import { findIndicatorPairMismatches } from './indicator-pairs';
import { reportOitCode } from './oit-codes';
import {
  findLetterSpacingNormalized,
  findOtherAgencyNamesNormalized,
  findPlaceholders,
  findRepeatedWordsNormalized,
  findTruncatedTextNormalized,
  findYearProblems,
} from './text-rules';
import { findMisspellingsNormalized } from './spelling';
import { findBrokenNumberingNormalized } from './numbering';
import type * as z from 'zod/mini';

/** Runs a zod row schema and reports each failing field. */
export function checkSchema(
  ctx: ValidationContext,
  tab: TabId,
  row: number,
  schema: z.ZodMiniType,
  value: unknown,
): void {
  for (const [field, code] of schemaIssues(schema, value)) {
    const v = (value as Record<string, unknown>)[field];
    ctx.add(tab, row, field, code as FindingCode, 'error', { value: v === null || v === undefined ? '' : String(v) });
  }
}

const listKey = (s: string) => matchKey(s).replace(/ฯ/g, '');

// The keys of a list, computed once per list (every row of a validation checks against the same lists).
const listKeys = new WeakMap<readonly string[], { set: Set<string>; longestFirst: string[] }>();
function keysOf(list: readonly string[]): { set: Set<string>; longestFirst: string[] } {
  let keys = listKeys.get(list);
  if (!keys) {
    const all = list.map(listKey);
    keys = { set: new Set(all), longestFirst: all.filter(Boolean).sort((a, b) => b.length - a.length) };
    listKeys.set(list, keys);
  }
  return keys;
}

/** A single-value dropdown cell must hold a list value. */
export function checkInList(
  ctx: ValidationContext,
  tab: TabId,
  row: number,
  field: string,
  value: string,
  list: string[],
  listName: string,
): void {
  if (value === '') return;
  let key = ctx.seen.listKeys.get(value);
  if (key === undefined) {
    key = listKey(value);
    ctx.seen.listKeys.set(value, key);
  }
  if (keysOf(list).set.has(key)) return;
  ctx.add(tab, row, field, 'not-in-list', 'error', { value, list: listName });
}

/**
 * Responsible units: several may be joined with "/", ",", "และ"; each known unit (and collective form) is
 * removed from the text, and what is left must be only joiners.
 */
export function checkUnits(ctx: ValidationContext, tab: TabId, row: number, field: string, value: string): void {
  if (value === '') return;
  let unknown = ctx.seen.units.get(value);
  if (unknown === undefined) {
    let rest = listKey(value).replace(/^[0-9๐-๙]+\./, '');
    for (const u of keysOf(ctx.lists.units).longestFirst) rest = rest.split(u).join('|');
    rest = rest.replace(/[|/,、;]|และ|[0-9๐-๙]+\.|[-()]/g, '');
    unknown = rest.length >= 2;
    ctx.seen.units.set(value, unknown);
  }
  if (unknown) ctx.add(tab, row, field, 'unit-not-in-list', 'warning', { value });
}

/** Period cell: readable, not reversed, inside the reported fiscal year. */
export function checkPeriod(ctx: ValidationContext, tab: TabId, row: number, field: string, value: string): void {
  if (ctx.fiscalYear === 0) return;
  let verdict = ctx.seen.periods.get(value);
  if (verdict === undefined) {
    verdict = periodVerdict(value, ctx.fiscalYear);
    ctx.seen.periods.set(value, verdict);
  }
  if (verdict === 'period-unreadable') ctx.add(tab, row, field, verdict, 'warning', { value });
  if (verdict === 'period-reversed') ctx.add(tab, row, field, verdict, 'error', { value });
  if (verdict === 'period-outside-fy') {
    ctx.add(tab, row, field, verdict, 'error', { value, year: ctx.fiscalYear, prev: ctx.fiscalYear - 1 });
  }
}

function periodVerdict(value: string, fiscalYear: number): PeriodVerdict {
  const p = parsePeriod(value, fiscalYear);
  if (p.kind === 'unreadable') return 'period-unreadable';
  if (p.kind !== 'range') return 'ok';
  const where = checkPeriodInFiscalYear(p, fiscalYear);
  if (where === 'reversed') return 'period-reversed';
  if (where === 'outside') return 'period-outside-fy';
  return 'ok';
}

/** Evidence links: http(s) is checked by the schema; here, obvious malformations (§g.16). */
export function checkUrlShape(ctx: ValidationContext, tab: TabId, row: number, field: string, value: string): void {
  if (!/^https?:\/\//i.test(value)) return;
  const tail = /(\.[a-z]{2,4})\/\1(\/|$)/i.test(value) || /\.go\.th\/\.go\.th/i.test(value);
  if (/\s/.test(value.trim()) || tail) ctx.add(tab, row, field, 'url-malformed', 'warning', { value });
}

/** Years that may appear in text: the reported and analysed years (and Y+1 in plans), §g.11. */
export function allowedYears(ctx: ValidationContext, plans: boolean): Set<number> {
  const y = ctx.fiscalYear;
  const s = new Set<number>([y, y - 1]);
  if (ctx.settings?.itaYear) s.add(ctx.settings.itaYear);
  if (plans) s.add(y + 1);
  return s;
}

/** The free-text catch rules on one cell. */
export function checkText(
  ctx: ValidationContext,
  tab: TabId,
  row: number,
  field: string,
  value: string,
  years: Set<number>,
): void {
  if (value === '') return;
  // Normalised once for every rule below that reads normalised text.
  const t = normalizeThaiText(value);
  if (ctx.fiscalYear !== 0) {
    const { stale, malformed } = findYearProblems(value, years);
    for (const y of stale) {
      const list = [...years].sort().join(', ');
      ctx.add(tab, row, field, 'stale-year', 'warning', { value: y, years: list });
    }
    for (const m of malformed) ctx.add(tab, row, field, 'year-digits', 'warning', { value: m });
  }
  if (ctx.settings) {
    for (const name of findOtherAgencyNamesNormalized(t, ctx.settings.agencyName, ctx.settings.agencyType)) {
      ctx.add(tab, row, field, 'other-agency', 'warning', { value: name });
    }
  }
  for (const run of findLetterSpacingNormalized(t))
    ctx.add(tab, row, field, 'letter-spaced', 'warning', { value: run });
  for (const p of findPlaceholders(value)) ctx.add(tab, row, field, 'placeholder', 'warning', { value: p });
  for (const m of findMisspellingsNormalized(t)) {
    ctx.add(tab, row, field, 'misspelling', 'warning', { value: m.found, fix: m.fix });
  }
  for (const n of findBrokenNumberingNormalized(t)) {
    ctx.add(tab, row, field, 'broken-numbering', 'warning', {
      value: n.found.join(', '),
      fix: n.expected.join(', '),
    });
  }
  for (const cut of findTruncatedTextNormalized(t)) {
    ctx.add(tab, row, field, 'truncated-text', 'warning', { value: cut.tail, word: cut.word });
  }
  for (const w of findRepeatedWordsNormalized(t))
    ctx.add(tab, row, field, 'repeated-word', 'warning', { value: `${w}${w}` });
  for (const m of findIndicatorPairMismatches(value)) {
    ctx.add(tab, row, field, 'indicator-name-mismatch', 'warning', { value: m.text, no: m.no, name: m.expectedName });
  }
}

/**
 * Measures' item column: an OIT code of the framework year (or of the user's OIT tab when the year's list
 * is not complete), an EIT code, or a sub-indicator 9.x/10.x.
 */
export function checkItemCode(
  ctx: ValidationContext,
  row: number,
  value: string,
  userCodes: ReadonlySet<string>,
): void {
  if (value === '') return;
  const oit = normalizeOitCode(value);
  if (oit) {
    reportOitCode(ctx, 'measures', row, 'item', oit, value, userCodes);
    return;
  }
  const eit = normalizeEitCode(value);
  if (eit) {
    const n = Number(eit.slice(1));
    if (n > Math.max(15, ctx.framework.eitItems.length))
      ctx.add('measures', row, 'item', 'item-code-unknown', 'error', { value });
    return;
  }
  if (/^(9\.[1-5]|10\.[12])$/.test(value)) return;
  ctx.add('measures', row, 'item', 'item-code-unknown', 'error', { value });
}

/** Tool column against the indicator's tool. */
export function checkToolIndicator(
  ctx: ValidationContext,
  tab: TabId,
  row: number,
  tool: string,
  indicator: number | null,
): void {
  if (!tool || indicator === null) return;
  const def = STANDARD_INDICATORS.find((d) => d.no === indicator);
  if (def && (tool === 'IIT' || tool === 'EIT' || tool === 'OIT') && def.tool !== tool) {
    ctx.add(tab, row, 'tool', 'tool-indicator-mismatch', 'warning', { no: indicator, expected: def.tool, value: tool });
  }
}

export { MeasureRowSchema, ResultRowSchema, ProgressRowSchema, OitRowSchema, AnalysisRowSchema };
