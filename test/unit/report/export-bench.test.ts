import { runExportBench } from '../../../src/node/bench/export-bench';

describe('export benchmark (full bundle: 100 measures, 100 results, 43 OIT rows)', () => {
  it('stays within 300 DocumentApp calls with the Docs API styling the tables', () => {
    const r = runExportBench();
    expect(r.measures).toBe(100);
    expect(r.oitRows).toBe(43);
    expect(r.documentAppCalls).toBeLessThanOrEqual(300);
    expect(r.docsApiCalls).toBe(2);
    // The fallback styles cell by cell: more calls, but still bounded by tables and styled cells, not all cells.
    expect(r.documentAppCallsWithoutDocsApi).toBeLessThan(1000);
  });
});
