/** Minimal option parsing: "--name value", "--name=value", boolean flags, positionals. */
export interface ParsedArgs {
  readonly options: Record<string, string | true>;
  readonly positionals: string[];
  /** Option names that need a value but had none. */
  readonly missingValues: string[];
}

export function parseArgs(args: readonly string[], valued: readonly string[]): ParsedArgs {
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  const missingValues: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      if (eq >= 0) options[name] = a.slice(eq + 1);
      else if (valued.includes(name)) {
        const v = args[i + 1];
        if (v === undefined || v.startsWith('--')) missingValues.push(name);
        else {
          options[name] = v;
          i++;
        }
      } else options[name] = true;
    } else if (a === '-h') options.help = true;
    else positionals.push(a);
  }
  return { options, positionals, missingValues };
}
