// Texts naming the OIT items of the reports (O42/O43 up to 2566, O25/O26 in 2569): the codes come from the
// framework data through SidebarState.items, never from a year rule of the sidebar's own.
import { t, type Text } from './i18n';
import type { MessageKey } from './messages';
import { sidebarState } from './state';

/** " (O25)", or nothing while the code is not known (the state is loading, or the year has no such item). */
function suffix(code: string | null | undefined): string {
  return code ? ` (${code})` : '';
}

/** A message with {analysisItem} / {resultsItem} filled from the current state; bind() keeps it current. */
export function itemText(key: MessageKey): Text {
  return () => {
    const items = sidebarState()?.items;
    return t(key).replace('{analysisItem}', suffix(items?.analysis)).replace('{resultsItem}', suffix(items?.results));
  };
}
