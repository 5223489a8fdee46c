import {
  declineName,
  formatFullName,
  nominativeFromDative,
  splitFullName,
  type Gender,
  type GrammaticalCase,
} from '../../core/names/index.ts';
import { CliError, parseArgs, type Command } from '../command.ts';

const USAGE = `Usage: npm run --silent cli -- decline ["Фамилия Имя Отчество"] [--case dative|genitive] [--gender m|f] [--from-dative]

Prints the name in the dative (default) or genitive case on one line.
Without a name, reads lines from stdin: "Фамилия Имя Отчество", optionally followed
by a TAB and m or f; prints one line per input line, in order (empty line → empty line).
--from-dative  read names written in the dative and print their nominative instead.`;

function parseGender(value: string | undefined): Gender | null {
  if (value === undefined || value === '') return null;
  const v = value.toLowerCase();
  if (v === 'm' || v === 'м') return 'm';
  if (v === 'f' || v === 'ж') return 'f';
  throw new CliError(`gender must be m or f, got "${value}"`, 2);
}

function convert(line: string, grammaticalCase: GrammaticalCase, fallback: Gender | null, fromDative: boolean): string {
  const [text = '', genderField] = line.replace(/\r$/u, '').split('\t');
  if (!text.trim()) return '';
  const gender = parseGender(genderField?.trim()) ?? fallback;
  const name = splitFullName(text);
  if (fromDative) return formatFullName(nominativeFromDative(name, gender).name);
  return formatFullName(declineName(name, grammaticalCase, gender));
}

export const command: Command = {
  name: 'decline',
  summary: 'Decline a full name into the dative or genitive (or recover it from the dative).',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args, ['from-dative']);
    const caseFlag = parsed.str('case') ?? 'dative';
    if (caseFlag !== 'dative' && caseFlag !== 'genitive') throw new CliError(`--case must be dative or genitive\n\n${USAGE}`, 2);
    const gender = parseGender(parsed.str('gender'));
    const fromDative = parsed.has('from-dative');
    if (parsed.positional.length > 0) {
      io.out(convert(parsed.positional.join(' '), caseFlag, gender, fromDative));
      return 0;
    }
    const input = await io.readStdin();
    if (input === '') return 0;
    const lines = input.replace(/\r?\n$/u, '').split(/\n/u);
    io.out(lines.map((line) => convert(line, caseFlag, gender, fromDative)).join('\n'));
    return 0;
  },
};
