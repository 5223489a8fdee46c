import { readFileSync } from 'node:fs';
import type { Command } from '../command.ts';

export const command: Command = {
  name: 'version',
  summary: 'Print the Konvert version.',
  usage: 'Usage: npm run --silent cli -- version',
  run(_args, io) {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    io.out(pkg.version);
    return 0;
  },
};
