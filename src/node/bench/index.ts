// `npm run bench`: the figures the issues ask for, measured on the in-memory fakes (service calls are
// counted by the fakes; times are this machine's CPU, not Apps Script's). `npm run bench -- --by-method`
// also lists each scenario's calls by method.
import { runCoreBench } from './core-bench';
import { runExportBench } from './export-bench';
import { runTabsBench, type Scenario } from './tabs-bench';

function line(label: string, value: string | number): void {
  console.log(`${label.padEnd(58)} ${value}`);
}

function table(scenarios: readonly Scenario[]): void {
  const head = ['calls', 'reads', 'writes', 'flushes'];
  console.log(`${'scenario'.padEnd(58)} ${head.map((h) => h.padStart(7)).join(' ')}`);
  for (const s of scenarios) {
    const cells = [s.calls, s.reads, s.writes, s.flushes].map((n) => String(n).padStart(7));
    console.log(`${s.name.padEnd(58)} ${cells.join(' ')}`);
  }
}

function byMethod(scenarios: readonly Scenario[]): void {
  for (const s of scenarios) {
    console.log(`\n${s.name}`);
    const entries = Object.entries(s.byMethod).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [name, n] of entries) console.log(`  ${name.padEnd(44)} ${n}`);
  }
}

function main(): void {
  const core = runCoreBench();
  console.log('Paste parser + analysis');
  line(`  pastes parsed and analysed`, core.pastes);
  line(`  total ms`, core.msTotal.toFixed(0));
  line(`  ms per paste`, core.msPerPaste.toFixed(3));

  const tabs = runTabsBench();
  const exp = runExportBench();
  const exportRow: Scenario = {
    name: `export, all reports + memo + cover, ${exp.measures} measures`,
    ...exp.figures,
  };
  const scenarios = [...tabs.scenarios, exportRow];
  console.log('\nService calls per scenario (reads ask the server; a flush is a Sheets read after a queued write)');
  table(scenarios);

  console.log('');
  line(`  validate findings (2,000 + 2,000 rows)`, tabs.findings);
  line('  validation CPU ms (rules only, warm, median of 5)', tabs.validationCpuMs.toFixed(0));
  console.log(
    `Export (${exp.measures} measures, ${exp.results} results, ${exp.oitRows} OIT rows, ${exp.tables} tables)`,
  );
  line('  DocumentApp calls (Docs advanced service on)', exp.documentAppCalls);
  line('  Docs API calls', exp.docsApiCalls);
  line('  DocumentApp calls (Docs advanced service off)', exp.documentAppCallsWithoutDocsApi);
  line('  ms', exp.ms.toFixed(0));

  if (process.argv.includes('--by-method')) byMethod(scenarios);
}

main();
