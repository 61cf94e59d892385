// Can an O-code be checked against the framework year's OIT list (reference §c)? Only a complete list
// (every item named, the count known) can say "this item does not exist". The 2567 list is unknown and the
// 2568/2569 lists are partial: there a code missing from the list is "cannot check", a warning at most,
// never an error that blocks the export.
import type { Framework } from '../framework';
import type { TabId } from '../tabs';
import type { ValidationContext } from './context';

export type OitCatalogue = 'complete' | 'partial' | 'none';

/** How much of the year's OIT list the add-on knows. */
export function oitCatalogueOf(framework: Framework): OitCatalogue {
  const items = framework.oitItems;
  if (items.length === 0) return 'none';
  const complete =
    framework.oitVerified !== 'unknown' &&
    framework.oitItemCount === items.length &&
    items.every((i) => i.nameTh !== null);
  return complete ? 'complete' : 'partial';
}

/**
 * Reports an O-code (already normalised to "O<n>" when it is one) that the framework year's list does not
 * hold. `userCodes` are codes the user listed in the OIT tab: without a complete list they are the year's
 * list (the reference: the 2567 list comes from the user). Returns false when a finding was added.
 */
export function reportOitCode(
  ctx: ValidationContext,
  tab: TabId,
  row: number,
  field: string,
  code: string,
  shown: string,
  userCodes: ReadonlySet<string>,
): boolean {
  const { framework } = ctx;
  if (framework.oitItems.some((i) => i.code === code)) return true;
  const catalogue = oitCatalogueOf(framework);
  const year = framework.year;
  if (!/^O[0-9]+$/.test(code)) {
    ctx.add(tab, row, field, 'item-code-unknown', 'error', { value: shown });
    return false;
  }
  if (catalogue === 'complete') {
    ctx.add(tab, row, field, 'oit-code-unknown', 'error', { value: shown, year });
    return false;
  }
  if (userCodes.has(code)) return true;
  if (catalogue === 'none') {
    ctx.add(tab, row, field, 'oit-code-unchecked', 'warning', { value: shown, year });
  } else {
    ctx.add(tab, row, field, 'oit-code-unchecked-partial', 'warning', {
      value: shown,
      year,
      count: framework.oitItems.length,
    });
  }
  return false;
}

/** Normalised O-codes of the OIT tab's rows. */
export function userOitCodes(ctx: ValidationContext): Set<string> {
  return new Set(ctx.data.oit.map((r) => r.code).filter((c) => /^O[0-9]+$/.test(c)));
}
