// Finds each specified column by its header text: space-insensitive, with known variants, wherever the
// user moved it, and tolerating a slight rename (reference §g.17). Columns the spec does not know are the
// user's own and are reported as extra, never touched.
import { editDistance } from '../scores/fuzzy';
import { matchKey } from '../thai';
import type { ColumnSpec } from '../tabs/spec';
import { cellText } from './cells';

export interface HeaderMatch {
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** Field key -> 1-based sheet column. */
  columns: Record<string, number>;
  /** Specified columns not found (to be appended at the end by scaffold). */
  missing: ColumnSpec[];
  /** 1-based columns with a header the spec does not know. */
  extra: number[];
  /** The grid holds nothing at all. */
  empty: boolean;
  /** The grid holds data but too few of the specified headers: a user's own tab with the same name. */
  foreign: boolean;
  /** Last used column of the header row (0 when none). */
  lastHeaderColumn: number;
}

/** How many header rows from the top are searched (a title row above the header is tolerated). */
const HEADER_SEARCH_ROWS = 5;

/** Comparison key of a header: normalised, no spaces, no required-marker or colon. */
export function headerKey(text: string): string {
  return matchKey(text).replace(/[*:：]/g, '');
}

function specKeys(spec: ColumnSpec): string[] {
  return [spec.header, ...(spec.variants ?? [])].map(headerKey);
}

/** Distance of a header cell from a spec (lower is better); null when they do not match. */
function fuzzyDistance(cell: string, spec: ColumnSpec): number | null {
  let best: number | null = null;
  for (const key of specKeys(spec)) {
    let d: number | null = null;
    const allowed = Math.floor(key.length / 6);
    // Bounded: a long data cell is never a renamed header and costs no full comparison.
    const lev = editDistance(cell, key, allowed);
    if (lev <= allowed) d = lev;
    else if (key.length >= 5 && (cell.includes(key) || key.includes(cell)) && cell.length >= 4) {
      d = 100 + Math.abs(cell.length - key.length);
    }
    if (d !== null && (best === null || d < best)) best = d;
  }
  return best;
}

function matchRow(specs: readonly ColumnSpec[], row: readonly unknown[]): Map<string, number> {
  const keys = row.map((v) => headerKey(cellText(v)));
  const taken = new Set<number>();
  const found = new Map<string, number>();
  // 1) exact header or variant
  for (const spec of specs) {
    const wanted = specKeys(spec);
    const idx = keys.findIndex((k, i) => k !== '' && !taken.has(i) && wanted.includes(k));
    if (idx >= 0) {
      found.set(spec.key, idx);
      taken.add(idx);
    }
  }
  // 2) slight renames, closest pairs first
  const pairs: { spec: ColumnSpec; idx: number; d: number }[] = [];
  for (const spec of specs) {
    if (found.has(spec.key)) continue;
    keys.forEach((k, idx) => {
      if (k === '' || taken.has(idx)) return;
      const d = fuzzyDistance(k, spec);
      if (d !== null) pairs.push({ spec, idx, d });
    });
  }
  pairs.sort((a, b) => a.d - b.d || a.idx - b.idx);
  for (const p of pairs) {
    if (found.has(p.spec.key) || taken.has(p.idx)) continue;
    found.set(p.spec.key, p.idx);
    taken.add(p.idx);
  }
  return found;
}

/** Fewest matched headers for a tab of n columns to count as ours. */
function minimumMatches(n: number): number {
  return Math.max(1, Math.min(3, Math.ceil(n / 3)));
}

/** Matches a tab's grid (its data range from A1) against the column specs. */
export function matchHeaders(specs: readonly ColumnSpec[], values: readonly (readonly unknown[])[]): HeaderMatch {
  const empty = values.every((row) => row.every((v) => cellText(v) === ''));
  if (empty) {
    return {
      headerRow: 1,
      columns: {},
      missing: [...specs],
      extra: [],
      empty: true,
      foreign: false,
      lastHeaderColumn: 0,
    };
  }
  let bestRow = 0;
  let best = new Map<string, number>();
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, values.length); r++) {
    const m = matchRow(specs, values[r] ?? []);
    if (m.size > best.size) {
      best = m;
      bestRow = r;
    }
  }
  const headerCells = values[bestRow] ?? [];
  let lastHeaderColumn = 0;
  headerCells.forEach((v, i) => {
    if (cellText(v) !== '') lastHeaderColumn = i + 1;
  });
  const columns: Record<string, number> = {};
  for (const [key, idx] of best) columns[key] = idx + 1;
  const used = new Set(best.values());
  const extra: number[] = [];
  headerCells.forEach((v, i) => {
    if (cellText(v) !== '' && !used.has(i)) extra.push(i + 1);
  });
  return {
    headerRow: bestRow + 1,
    columns,
    missing: specs.filter((s) => !best.has(s.key)),
    extra,
    empty: false,
    foreign: best.size < minimumMatches(specs.length),
    lastHeaderColumn,
  };
}
