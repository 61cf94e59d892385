// First-call CPU figures, each taken in a fresh Node process (what every Apps Script execution is): the
// validation of 2,000 measures + 2,000 results, and the compile-and-run of dist/Code.js in a bare node:vm
// context. `npm run bench` starts this file's modes as child processes and reports the medians. The figure is
// the process's CPU time (user + system) over the timed call: on a shared, loaded machine wall time mostly
// measures the other processes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as vm from 'node:vm';

/** CPU ms (user + system) since `start`. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Runs in the child: times the first validateWorkbook on the bench's large workbook. */
export function coldValidateChild(prepare: () => () => unknown): void {
  const run = prepare();
  const start = process.cpuUsage();
  run();
  process.stdout.write(`${cpuMs(start)}\n`);
}

/** Runs in the child: compiles and runs dist/Code.js once in a context with console only. */
export function coldCompileChild(path: string): void {
  const code = readFileSync(path, 'utf8');
  const start = process.cpuUsage();
  const context = vm.createContext({ console });
  vm.runInContext(code, context, { filename: 'Code.js' });
  process.stdout.write(`${cpuMs(start)}\n`);
}

/** Median of `runs` fresh processes of this bench started with `flag`; ms. */
export function medianOfFresh(script: string, flag: string, runs: number): { median: number; all: number[] } {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, [script, flag], { encoding: 'utf8' });
    all.push(Number(out.trim().split('\n').pop()));
  }
  const sorted = [...all].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, all };
}
