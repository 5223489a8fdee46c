import { readFileSync } from 'node:fs';
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
  lines.push('', 'Run `npm run --silent cli -- COMMAND --help` for the options of one command.');
  return lines.join('\n');
}

const io: CliIo = {
  readStdin: () => Promise.resolve(process.stdin.isTTY ? '' : readFileSync(0, 'utf8')),
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
