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

/**
 * Runs in the child: times the first validateWorkbook on the bench's large workbook. Prints the wall time of
 * the call on a "parts" line (the time a user waits: V8 compiles and collects garbage on other threads
 * meanwhile), then the CPU time of all the process's threads (the figure that holds on a loaded machine).
 */
export function coldValidateChild(prepare: () => () => unknown): void {
  const run = prepare();
  const start = process.cpuUsage();
  const wallStart = process.hrtime.bigint();
  run();
  const wall = Number(process.hrtime.bigint() - wallStart) / 1e6;
  process.stdout.write(`parts ${wall}\n${cpuMs(start)}\n`);
}

/**
 * Runs in the child: compiles and runs dist/Code.js once in a context with console only. Prints the parts
 * (context, compile, run) on a "parts" line, then the total: compiling is V8 reading the whole source, which
 * grows with the bundle's code; running is the bundle's top-level work (tables, objects built at load).
 */
export function coldCompileChild(path: string): void {
  const code = readFileSync(path, 'utf8');
  const start = process.cpuUsage();
  const context = vm.createContext({ console });
  const made = cpuMs(start);
  const script = new vm.Script(code, { filename: 'Code.js' });
  const compiled = cpuMs(start);
  script.runInContext(context);
  const total = cpuMs(start);
  process.stdout.write(`parts ${made} ${compiled - made} ${total - compiled}\n${total}\n`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Median of `runs` fresh processes of this bench started with `flag`; ms. When the child also prints a
 * "parts" line, `parts` holds the median of each part.
 */
export function medianOfFresh(
  script: string,
  flag: string,
  runs: number,
): { median: number; all: number[]; parts: number[] } {
  const all: number[] = [];
  const partRuns: number[][] = [];
  for (let i = 0; i < runs; i++) {
    const lines = execFileSync(process.execPath, [script, flag], { encoding: 'utf8' }).trim().split('\n');
    all.push(Number(lines.pop()));
    const parts = lines.find((l) => l.startsWith('parts '));
    if (parts) partRuns.push(parts.split(' ').slice(1).map(Number));
  }
  const parts = (partRuns[0] ?? []).map((_, k) => median(partRuns.map((p) => p[k] ?? 0)));
  return { median: median(all), all, parts };
}
