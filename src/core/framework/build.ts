import type { OitItemDef, PeriodRule, SubIndicatorDef, Verified } from './types';

/** Compact row used to write OIT catalogues as data: [no, name, requirement, period, owners, variants?]. */
export type OitRow = readonly [
  no: number,
  nameTh: string | null,
  requirementTh: string | null,
  periodRule: PeriodRule,
  owners: readonly string[],
  variantsTh?: readonly string[],
];

/** Expands compact rows into OIT items, taking indicator, sub-indicator and sub-group from the structure. */
export function buildOitItems(
  rows: readonly OitRow[],
  subIndicators: readonly SubIndicatorDef[],
  verified: Verified,
): OitItemDef[] {
  return rows.map(([no, nameTh, requirementTh, periodRule, owners, variantsTh]) => {
    const code = `O${no}`;
    const sub = subIndicators.find((s) => s.items.includes(code));
    const group = sub?.subGroups.find((g) => g.items.includes(code));
    return {
      code,
      no,
      nameTh,
      variantsTh: variantsTh ?? [],
      indicator: sub ? sub.indicator : null,
      subIndicator: sub ? sub.code : null,
      subGroup: group ? group.nameTh : null,
      requirementTh,
      periodRule,
      defaultOwners: owners,
      verified: nameTh === null ? 'unknown' : verified,
    };
  });
}

/** ['O1', …, 'On'] for a closed range. */
export function codes(from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`O${n}`);
  return out;
}

/**
 * Year slots in a requirement that carries its own year clause in the NACC's words (ITA 2566): the year of
 * the item's period rule (Y, or Y−1 for reports and analyses of the previous year), and the two-digit years
 * of a first half "(๑ ต.ค. ๖๕ - ๓๑ มี.ค. ๖๖)". A requirement without a slot gets the rule's generic clause.
 */
export const YEAR_SLOT = '{ปี}';
export const SHORT_YEAR_SLOT = '{ปีย่อ}';
export const SHORT_PREVIOUS_YEAR_SLOT = '{ปีก่อนย่อ}';

/** Whether a requirement text states its year itself (through a slot). */
export function hasYearSlot(requirement: string): boolean {
  return [YEAR_SLOT, SHORT_YEAR_SLOT, SHORT_PREVIOUS_YEAR_SLOT].some((s) => requirement.includes(s));
}

/** The year a period rule points at for fiscal year y, or null for rules without a year. */
export function periodYear(rule: PeriodRule, y: number): number | null {
  if (rule === 'none' || rule === 'unknown') return null;
  return rule === 'previous-fy' || rule === 'analysed-year' ? y - 1 : y;
}

/** A requirement with its year slots filled for fiscal year y (Arabic digits; the caller applies the digit rule). */
export function fillYearSlots(requirement: string, rule: PeriodRule, y: number): string {
  const year = periodYear(rule, y) ?? y;
  const short = (n: number) => String(n % 100).padStart(2, '0');
  return requirement
    .split(YEAR_SLOT)
    .join(String(year))
    .split(SHORT_YEAR_SLOT)
    .join(short(year))
    .split(SHORT_PREVIOUS_YEAR_SLOT)
    .join(short(year - 1));
}
