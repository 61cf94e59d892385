// The CLI's input/output for tests: files read from disk, no stdin, and what it prints kept in `out` and `err`.
import { readFileSync } from 'node:fs';
import type { CliIo } from '../../../src/node/cli';

export function recordingIo(): CliIo & { out: string; err: string } {
  const rec = {
    out: '',
    err: '',
    stdout: (s: string) => void (rec.out += s),
    stderr: (s: string) => void (rec.err += s),
    readFile: (p: string) => readFileSync(p, 'utf8'),
    readStdin: () => '',
  };
  return rec;
}
