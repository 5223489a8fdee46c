import { isatty } from 'node:tty';
import { CliError, type CliIo, type Command } from './command.ts';
import { commandNames, importCommand } from './registry.ts';

async function loadCommand(name: string): Promise<Command | undefined> {
  if (!/^[a-z][a-z-]*$/.test(name) || !commandNames().includes(name)) return undefined;
  return importCommand(name);
}

async function usage(): Promise<string> {
  const lines = ['Usage: npm run --silent cli -- COMMAND [options]', '', 'Commands:'];
  for (const name of commandNames()) {
    const cmd = await loadCommand(name);
    if (cmd) lines.push(`  ${cmd.name.padEnd(16)} ${cmd.summary}`);
  }
  lines.push(
    '',
    'Run `npm run --silent cli -- COMMAND --help` for the options of one command.',
    'Files: -o - writes to standard output; links are written through, pipes and devices written into,',
    'regular files replaced whole (never half-written); an input file is never overwritten.',
    'No command names a file itself: you choose every name. --neutral (letter, envelope, batch) writes',
    'PDFs whose properties name no one: no title, creator, producer or dates (SECURITY.md).',
    'Exit codes: 0 done, 1 bad input, 2 bad usage, 70 internal error (DEBUG=1 shows where).',
  );
  return lines.join('\n');
}

/**
 * Standard input as a stream: reading fd 0 synchronously fails with EAGAIN on a pipe whose
 * writer is slow or bigger than the pipe buffer (security-probe #5). A terminal gives ''.
 */
async function readStdin(): Promise<string> {
  if (isatty(0)) return '';
  process.stdin.setEncoding('utf8');
  let text = '';
  for await (const chunk of process.stdin) text += chunk as string;
  return text;
}

const io: CliIo = {
  readStdin,
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(await usage());
    return 0;
  }
  const cmd = await loadCommand(name);
  if (!cmd) {
    io.err(`Unknown command: ${name}\n\n${await usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(cmd.usage);
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`${cmd.name}: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}

/*
 * Exit codes (the same for every command; README "The command line"):
 *   0  done
 *   1  bad input: an address without a name, a missing or unreadable file, an output that cannot be written
 *   2  bad usage: an unknown command or option value
 *   70 an internal error (a bug): one line, the details with DEBUG=1
 */
function internalError(error: unknown) {
  const debug = Boolean(process.env.DEBUG && process.env.DEBUG !== '0');
  const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
  process.stderr.write(`Internal error: ${detail}\n${debug ? '' : 'Run again with DEBUG=1 to see where it happened, and report it (SECURITY.md).\n'}`);
  process.exitCode = 70;
}

// A reader that goes away (`… | head`) is not an error of ours: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  else internalError(error);
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, internalError);
