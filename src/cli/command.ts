/** One CLI command: a thin layer that parses arguments, calls the core and prints. */
export interface Command {
  name: string;
  /** One line for `--help`. */
  summary: string;
  /** Full usage text, printed on `cli NAME --help` and on bad arguments. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number> | number;
}

export interface CliIo {
  readStdin(): Promise<string>;
  out(text: string): void;
  err(text: string): void;
}

/** A failure the user can fix; `exitCode` follows each command's documented interface. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Splits `--flag value`, `--flag=value`, bare `--switch` and positional arguments. */
export function parseArgs(args: string[], switches: readonly string[] = []) {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') || (arg.startsWith('-') && arg.length === 2 && !/^-\d/.test(arg))) {
      const eq = arg.indexOf('=');
      const key = (eq > 0 ? arg.slice(0, eq) : arg).replace(/^-+/, '');
      if (eq > 0) flags.set(key, arg.slice(eq + 1));
      else if (switches.includes(key) || i + 1 >= args.length) flags.set(key, true);
      else flags.set(key, args[++i] as string);
    } else {
      positional.push(arg);
    }
  }
  const str = (key: string): string | undefined => {
    const v = flags.get(key);
    return typeof v === 'string' ? v : undefined;
  };
  return { flags, positional, str, has: (key: string) => flags.has(key) };
}
