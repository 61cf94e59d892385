// `npm run bench`: the figures the issues ask for, measured on the in-memory fakes (service calls are
// counted by the fakes; times are this machine's CPU, not Apps Script's).
import { runCoreBench, runParseSizeBench } from './core-bench';
import { runExportBench } from './export-bench';
import { runTabsBench } from './tabs-bench';

function line(label: string, value: string | number): void {
  console.log(`${label.padEnd(58)} ${value}`);
}

function main(): void {
  const core = runCoreBench();
  console.log('Paste parser + analysis');
  line(`  pastes parsed and analysed`, core.pastes);
  line(`  total ms`, core.msTotal.toFixed(0));
  line(`  ms per paste`, core.msPerPaste.toFixed(3));
  console.log('Paste parser by size (CPU ms, median)');
  for (const size of runParseSizeBench()) line(`  ${size.label}`, size.ms.toFixed(1));

  const tabs = runTabsBench();
  console.log('Tabs (Sheets service calls)');
  line('  scaffold, empty workbook', tabs.scaffoldEmptyCalls);
  line('  scaffold again, 20 rows per tab', tabs.scaffoldSmallCalls);
  line('  scaffold again, 2,000 rows per tab', tabs.scaffoldFilledCalls);
  line(`  validate 2,000 measures + 2,000 results (${tabs.findings} findings)`, tabs.validateCalls);
  line('  validation CPU ms (rules only, median of 5)', tabs.validationCpuMs.toFixed(0));

  const exp = runExportBench();
  console.log(
    `Export (${exp.measures} measures, ${exp.results} results, ${exp.oitRows} OIT rows, ${exp.tables} tables)`,
  );
  line('  DocumentApp calls (Docs advanced service on)', exp.documentAppCalls);
  line('  Docs API calls', exp.docsApiCalls);
  line('  DocumentApp calls (Docs advanced service off)', exp.documentAppCallsWithoutDocsApi);
  line('  ms', exp.ms.toFixed(0));
}

main();
