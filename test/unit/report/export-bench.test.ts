import { runExportBench } from '../../../src/node/bench/export-bench';

describe('export benchmark (full bundle: 100 measures, 100 results, 43 OIT rows)', () => {
  it('stays within 120 DocumentApp calls and 3 Docs API calls with the Docs API', () => {
    const r = runExportBench();
    expect(r.measures).toBe(100);
    expect(r.oitRows).toBe(43);
    expect(r.documentAppCalls).toBeLessThanOrEqual(120);
    expect(r.docsApiCalls).toBeLessThanOrEqual(3);
    // Without the Docs API every paragraph (a cell's extra lines too) is its own DocumentApp call.
    expect(r.documentAppCallsWithoutDocsApi).toBeLessThan(5000);
    console.log(JSON.stringify(r));
  });
});
