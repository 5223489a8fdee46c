import { readFileSync } from 'node:fs';
import en from '../../../locales/en/checker.json';
import ru from '../../../locales/ru/checker.json';
import { checkLetter, type Finding, type Lang } from '../../core/checker/index.ts';
import { CliError, parseArgs, type Command } from '../command.ts';
import { counted } from '../plural.ts';

const USAGE = `Usage: npm run --silent cli -- check FILE [--json] [--lang en|ru]

Checks a letter (UTF-8 text) for what prison censors commonly stop.
  --json       print {"findings":[...]} (offsets are JS string indices)
  --lang       language of messages, en (default) or ru
Exit code 0 whatever is found; 2 if FILE is missing or unreadable.`;

const LOCALES = { en, ru };

/** 1-based line and column of a string offset, for people reading the output. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

function forPeople(text: string, findings: Finding[], lang: Lang): string {
  const t = LOCALES[lang];
  if (findings.length === 0) return t.cli.none;
  const lines = findings.map((f) => {
    const excerpt = text.slice(f.start, f.end).replace(/\s+/g, ' ');
    return `${position(text, f.start)}  ${t.category[f.category]} [${t.severity[f.severity]}] «${excerpt}»\n    ${f.message}\n    ${t.cli.suggestion}: ${f.suggestion}`;
  });
  // Only high findings are the ones "very likely to stop the letter" (review §E 63).
  const strong = findings.filter((f) => f.severity === 'high').length;
  lines.push('', counted(t.cli, 'count', lang, { count: findings.length, strong }));
  return lines.join('\n');
}

export const command: Command = {
  name: 'check',
  summary: 'Check a letter for what prison censors commonly stop.',
  usage: USAGE,
  run(args, io) {
    const { positional, str, has } = parseArgs(args, ['json']);
    const file = positional[0];
    if (!file) throw new CliError(`a FILE is needed\n\n${USAGE}`, 2);
    const lang = str('lang') ?? 'en';
    if (lang !== 'en' && lang !== 'ru') throw new CliError(`--lang must be en or ru, not ${lang}`, 2);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, 2);
    }
    const findings = checkLetter(text, { lang });
    io.out(has('json') ? JSON.stringify({ findings }) : forPeople(text, findings, lang));
    return 0;
  },
};
