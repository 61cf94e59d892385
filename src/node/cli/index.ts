/**
 * `ita-report` CLI. Nothing runs at import time: bin/ita-report.cjs calls runCli with the real process io.
 */
import { SUBCOMMANDS } from './commands';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from './io';

export type { CliIo, Subcommand } from './io';
export { EXIT_OK, EXIT_BAD_INPUT } from './io';

function usage(): string {
  const lines = Object.entries(SUBCOMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.th} / ${c.en}`);
  return `ใช้งาน / Usage: ita-report <คำสั่ง|command> [options]\n\n${lines.join('\n')}\n\nita-report <command> --help แสดงรายละเอียด / shows details.\n`;
}

/** Runs the CLI with the given arguments (without "node" and the script path); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  const command = SUBCOMMANDS[name];
  if (!command) {
    io.stderr(`ไม่รู้จักคำสั่ง "${name}"\nUnknown command "${name}".\n${usage()}`);
    return EXIT_BAD_INPUT;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // A bug, not bad input: report it plainly rather than crash with a stack trace.
    const reason = e instanceof Error ? e.message : String(e);
    io.stderr(`เกิดข้อผิดพลาดภายในโปรแกรม: ${reason}\nInternal error: ${reason}\n`);
    return 1;
  }
}
