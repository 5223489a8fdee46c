import { CliError, parseArgs, type Command } from '../command.ts';
import { blanksIn, templates } from '../../core/writing/index.ts';

export const command: Command = {
  name: 'templates',
  summary: 'List the letter templates (Russian text with English translation).',
  usage: [
    'Usage: npm run --silent cli -- templates [--json] [--id ID]',
    '',
    '  --json   print a JSON array of { id, occasion, note, ru, en, blanks }',
    '  --id ID  only the template with this id',
  ].join('\n'),
  run(args, io) {
    const { has, str } = parseArgs(args, ['json']);
    const id = str('id');
    const chosen = id ? templates.filter((t) => t.id === id) : templates;
    if (id && chosen.length === 0) throw new CliError(`no template with id "${id}"`, 2);
    const rows = chosen.map((t) => ({ id: t.id, occasion: t.occasion, note: t.note, ru: t.text.ru, en: t.text.en, blanks: blanksIn(t.text.ru) }));
    if (has('json')) {
      io.out(JSON.stringify(rows, null, 2));
      return 0;
    }
    const rule = '—'.repeat(40);
    io.out(rows.map((r) => [`${r.id}: ${r.occasion.ru} / ${r.occasion.en}`, `Blanks: ${r.blanks.join(', ')}`, '', r.ru, '', r.en].join('\n')).join(`\n${rule}\n`));
    return 0;
  },
};
