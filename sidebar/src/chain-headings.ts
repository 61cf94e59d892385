// The comment-chain headings follow the agency name while it is typed: a heading that is still the default
// for the name (and type) before the keystroke becomes the default for the new one; a heading the user
// wrote stays. The same rule the server applies on save (nameChainHeadings), so the form shows what is saved.
import { defaultChainHeadings } from '../../src/core/tabs/settings-tab';
import { nameChainHeadings } from '../../src/core/workbook/default-settings';

export interface Agency {
  agencyName: string;
  agencyType: string;
}

/** The headings after the agency changed from `before` to `after`, in the same order. */
export function followAgency(headings: readonly string[], before: Agency, after: Agency): string[] {
  const previous = defaultChainHeadings(before.agencyName, before.agencyType);
  const generic = defaultChainHeadings('', before.agencyType);
  // Back to the generic heading of the same role, then named for the new agency by the shared rule.
  const unnamed = headings.map((heading) => {
    const role = previous.indexOf(heading.trim());
    return { heading: (role >= 0 ? generic[role] : undefined) ?? heading, signer: { name: '', positionLines: [] } };
  });
  return nameChainHeadings(unnamed, after.agencyName, after.agencyType).map((step) => step.heading);
}
