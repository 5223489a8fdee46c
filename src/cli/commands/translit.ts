import { CliError, parseArgs, type Command } from '../command.ts';
import { translit } from '../../core/translit/index.ts';

export const command: Command = {
  name: 'translit',
  summary: 'Convert Russian typed in Latin letters to Cyrillic.',
  usage: [
    'Usage: npm run --silent cli -- translit "<latin text>"',
    '       echo "<latin text>" | npm run --silent cli -- translit',
    '',
    "Conventions: sh ш, ch ч, zh ж, kh/h х, ts ц, shch/sch щ, ya/ja я, yu/ju ю, yo/jo ё, y й/ы, ' ь, '' or # ъ, x кс.",
    'Text between backticks stays as typed: `iPhone`.',
  ].join('\n'),
  async run(args, io) {
    const { positional } = parseArgs(args);
    const text = positional.length > 0 ? positional.join(' ') : (await io.readStdin()).replace(/\n$/, '');
    if (text === '') throw new CliError('give the Latin text as an argument or on stdin', 2);
    io.out(translit(text));
    return 0;
  },
};
