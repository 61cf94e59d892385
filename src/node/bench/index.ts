// `npm run bench`: the figures the issues ask for, measured on the in-memory fakes (service calls are
// counted by the fakes; times are this machine's CPU, not Apps Script's). `npm run bench -- --by-method`
// also lists each scenario's calls by method.
import { runCoreBench, runParseSizeBench } from './core-bench';
import { runExportBench } from './export-bench';
import { join } from 'node:path';
import { coldCompileChild, coldValidateChild, medianOfFresh } from './cold';
import { prepareColdValidation, runTabsBench, type Scenario } from './tabs-bench';

const CODE_JS = join(__dirname, '..', 'dist', 'Code.js');

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

/** Goal, reached and floor of each scenario with a goal; the calls that make the floor where it is missed. */
function goals(scenarios: readonly Scenario[]): void {
  console.log('\nGoals of issue 12 (calls / flushes): goal, reached, floor');
  for (const s of scenarios) {
    if (!s.goal) continue;
    const met = s.calls <= s.goal.calls && s.flushes <= s.goal.flushes;
    const floor = s.floor ? String(s.floor.total) : '-';
    console.log(
      `  ${s.name.padEnd(56)} goal ≤ ${s.goal.calls} / ≤ ${s.goal.flushes}, reached ${s.calls} / ${s.flushes}, floor ${floor}${met ? '  (met)' : ''}`,
    );
    if (met || !s.floor) continue;
    for (const l of s.floor.lines.filter((x) => x.calls > 0))
      console.log(`      ${String(l.calls).padStart(4)}  ${l.kind} — ${l.why}`);
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
  console.log('Paste parser by size (CPU ms, median)');
  for (const size of runParseSizeBench()) line(`  ${size.label}`, size.ms.toFixed(1));

  const tabs = runTabsBench();
  const exp = runExportBench();
  const exportRow: Scenario = {
    name: `export, all reports + memo + cover, ${exp.measures} measures`,
    ...exp.figures,
  };
  const scenarios = [...tabs.scenarios, exportRow];
  console.log('\nService calls per scenario (reads ask the server; a flush is a Sheets read after a queued write)');
  table(scenarios);
  goals(scenarios);

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

  const validation = medianOfFresh(__filename, '--cold-validate', 5);
  const compile = medianOfFresh(__filename, '--cold-compile', 20);
  console.log('First call in a fresh process (median; all runs in brackets)');
  line(
    '  validate 2,000 + 2,000 rows, CPU ms of all threads (5 processes)',
    `${validation.median.toFixed(0)}  [${fmt(validation.all)}]`,
  );
  line('    the same, elapsed ms (what the user waits; median)', (validation.parts[0] ?? 0).toFixed(0));
  line(
    '  dist/Code.js compile + run in a bare vm, ms (20 processes)',
    `${compile.median.toFixed(1)}  [${fmt(compile.all)}]`,
  );
  line('    of which new context / compile / run (medians)', compile.parts.map((n) => n.toFixed(1)).join(' / '));

  if (process.argv.includes('--by-method')) byMethod(scenarios);
}

const fmt = (all: number[]) => all.map((n) => n.toFixed(n < 20 ? 1 : 0)).join(' ');

if (process.argv.includes('--cold-validate')) coldValidateChild(prepareColdValidation);
else if (process.argv.includes('--cold-compile')) coldCompileChild(CODE_JS);
else main();
