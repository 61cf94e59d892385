/**
 * Counts the Apps Script service calls made by the code under test, keyed `Class.method`
 * (e.g. `Range.setValues`). Benchmarks report these counts; tests assert batching with them.
 */
export class CallCounter {
  readonly counts: Record<string, number> = {};

  /** Records one call; used by the instrumented fake methods. */
  record(name: string): void {
    this.counts[name] = (this.counts[name] ?? 0) + 1;
  }

  /** All calls counted since the last reset. */
  total(): number {
    return Object.values(this.counts).reduce((sum, n) => sum + n, 0);
  }

  /** Calls whose name starts with `prefix`, e.g. `byPrefix('Range.')` or `byPrefix('Body.')`. */
  byPrefix(prefix: string): number {
    return Object.entries(this.counts)
      .filter(([name]) => name.startsWith(prefix))
      .reduce((sum, [, n]) => sum + n, 0);
  }

  /** Count of one method, 0 when never called. */
  get(name: string): number {
    return this.counts[name] ?? 0;
  }

  reset(): void {
    for (const name of Object.keys(this.counts)) delete this.counts[name];
  }
}
