import { indicatorNameKeys, type IndicatorNo } from '../framework';

/** Edit distance with an early exit once every path exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

// Built on first use, not when the bundle loads.
let keys: ReturnType<typeof indicatorNameKeys> | undefined;

/**
 * The indicator whose name is within a small edit distance of `key` (a space-free match key), when exactly
 * one indicator is closest. Catches typos like "การใช้ทรัพสินของราชการ"; returns null for unrelated text.
 */
export function fuzzyIndicator(key: string): IndicatorNo | null {
  if (key.length < 5 || key.length > 40) return null;
  const max = Math.max(1, Math.floor(key.length * 0.2));
  let best = max + 1;
  let hits = new Set<IndicatorNo>();
  for (const k of (keys ??= indicatorNameKeys())) {
    const d = editDistance(key, k.key, max);
    if (d < best) {
      best = d;
      hits = new Set([k.no]);
    } else if (d === best) hits.add(k.no);
  }
  return best <= max && hits.size === 1 ? ([...hits][0] as IndicatorNo) : null;
}
