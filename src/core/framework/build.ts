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
