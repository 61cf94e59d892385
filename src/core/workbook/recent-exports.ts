// The one ordering rule for "recent exports": the log tab holds one row per export, oldest first (rows are
// appended), so the newest are its last rows. The server sends this list; the sidebar shows it as given.
import type { ExportLogEntry } from '../rpc/contract';

/** How many recent exports the sidebar lists, on opening and after an export alike. */
export const RECENT_EXPORTS = 5;

/** The last `count` exports of a log in sheet order (oldest first), newest first. */
export function recentExports(log: readonly ExportLogEntry[], count: number = RECENT_EXPORTS): ExportLogEntry[] {
  return log
    .slice(-count)
    .reverse()
    .map(({ time, report, link, user }) => ({ time, report, link, user }));
}
