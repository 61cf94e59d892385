/** What a CLI subcommand may touch: everything else stays out so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string | Promise<string>;
  readStdin(): string | Promise<string>;
}

/** A subcommand: receives the arguments after its name, returns the exit code. */
export type Subcommand = (args: readonly string[], io: CliIo) => Promise<number>;

/** Exit codes shared by all subcommands. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

/** Writes a bilingual error to stderr and returns the bad-input exit code. */
export function fail(io: CliIo, th: string, en: string): number {
  io.stderr(`${th}\n${en}\n`);
  return EXIT_BAD_INPUT;
}
