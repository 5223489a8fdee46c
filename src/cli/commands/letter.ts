import { composeLetter, letterToPlainText, returnAddressLine, splitParagraphs } from '../../core/letter/index.ts';
import { CliError, parseArgs, type CliIo, type Command } from '../command.ts';
import { describe, parsePerson, parseWriter, readFont, readText, writeAtomic } from '../shared.ts';

async function run(args: string[], io: CliIo): Promise<number> {
  const a = parseArgs(args, ['hyphenate', 'return-address']);
  const out = a.str('o') ?? a.str('out');
  const bodyPath = a.str('body');
  if (!out) throw new CliError('-o OUT.pdf is required');
  if (!bodyPath) throw new CliError('--body FILE.txt is required');
  const to = parsePerson(a.str('to'), 'to');
  const from = parseWriter(a.str('from'));
  const bodyText = readText(bodyPath, 'body');
  if (splitParagraphs(bodyText).length === 0) throw new CliError(`the body file is empty: ${bodyPath}`);
  const date = a.str('date') ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new CliError(`--date must be YYYY-MM-DD: ${date}`);

  const returnAddress = a.has('return-address') ? returnAddressLine({ address: a.str('from') ?? '' }) : null;
  const letter = composeLetter({ body: bodyText, address: to.address, signature: from.signature, date, returnAddress });
  const { createLetterPdf } = await import('../../core/pdf/index.ts');
  const result = await createLetterPdf({ letter, fonts: { serif: readFont('pt-serif') }, hyphenate: a.has('hyphenate') });
  writeAtomic(out, result.bytes);
  const txt = a.str('txt');
  if (txt) writeAtomic(txt, letterToPlainText(letter));
  for (const n of [...to.notes, ...from.notes]) io.err(`note: ${n}`);
  for (const w of result.warnings) io.err(`warning: ${describe(w)}`);
  io.out(`${out}: ${result.pageCount} page(s), ${result.bytes.length} bytes`);
  return 0;
}

export const command: Command = {
  name: 'letter',
  summary: 'Print a letter to a prisoner as an A4 PDF (PT Serif, Russian typography).',
  usage: [
    'Usage: npm run --silent cli -- letter --to "<prisoner address, one line>" --from "<your name and address>" --body FILE.txt -o OUT.pdf',
    '',
    'Options:',
    '  --date YYYY-MM-DD   date printed on the letter (default: today)',
    '  --hyphenate         hyphenate the body (Russian syllable rules)',
    '  --txt OUT.txt       also write the letter as plain text',
    '  --return-address    end the letter with "Мой адрес для ответа: " and the --from address',
    '',
    'The body prints as typed: paragraphs are separated by blank lines, and every line',
    'break is kept. Only the recipient line and the date are added above it. When the',
    'body does not end with a closing and a name, "С уважением," and the --from name are',
    'added below it; a closing such as "Обнимаю,\nМария" at the end replaces them.',
    'Exit 1 on bad input (unparseable address, missing file); no file is left behind.',
  ].join('\n'),
  run,
};
