import { CliError, parseArgs, type Command } from '../command.ts';
import { phrases, phraseTopics, searchPhrases, type Phrase } from '../../core/writing/index.ts';

export const command: Command = {
  name: 'phrases',
  summary: 'List or search the phrasebook (Russian with English).',
  usage: [
    'Usage: npm run --silent cli -- phrases [--json] [--topic TOPIC] [--search QUERY] [--lang ru|en|auto]',
    '',
    '  --json          print a JSON array of { id, topic, ru, en } (with --search, also score)',
    `  --topic TOPIC   one of: ${phraseTopics.join(', ')}`,
    '  --search QUERY  ranked search; tolerates е for ё, small typos and unfinished words',
    '  --lang          the language of the query (default auto)',
  ].join('\n'),
  run(args, io) {
    const { has, str } = parseArgs(args, ['json']);
    const topic = str('topic');
    const query = str('search');
    const lang = str('lang') ?? 'auto';
    if (topic && !phraseTopics.includes(topic)) throw new CliError(`unknown topic "${topic}"; topics: ${phraseTopics.join(', ')}`, 2);
    if (lang !== 'ru' && lang !== 'en' && lang !== 'auto') throw new CliError('--lang must be ru, en or auto', 2);
    const row = (p: Phrase) => ({ id: p.id, topic: p.topic, ru: p.text.ru, en: p.text.en });
    const rows = query
      ? searchPhrases(query, { lang, topic }).map((m) => ({ ...row(m.phrase), score: m.score }))
      : phrases.filter((p) => !topic || p.topic === topic).map(row);
    if (has('json')) {
      io.out(JSON.stringify(rows, null, 2));
      return 0;
    }
    io.out(rows.length === 0 ? 'No phrases found.' : rows.map((r) => `${r.id.padEnd(20)} ${r.ru}\n${' '.repeat(21)}${r.en}`).join('\n'));
    return 0;
  },
};
