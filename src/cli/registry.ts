import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from './command.ts';

// Which commands exist, and how to load one without loading the others (the PDF
// code is heavy; `check` is called once per letter by tools). Run from source
// (tests, tsx), this reads the commands folder; the CLI bundle replaces this whole
// module with a list generated at build time (scripts/build-cli.mjs), so the
// bundle never reads the source folder.
const commandsDir = join(dirname(fileURLToPath(import.meta.url)), 'commands');

export function commandNames(): string[] {
  return readdirSync(commandsDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export async function importCommand(name: string): Promise<Command> {
  return ((await import(`./commands/${name}.ts`)) as { command: Command }).command;
}
