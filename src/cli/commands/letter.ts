import { composeLetter, letterToPlainText, returnAddressLine, splitParagraphs } from '../../core/letter/index.ts';
import { CliError, parseArgs, type CliIo, type Command } from '../command.ts';
import { writeOutputs, type Output } from '../output.ts';
import { describe, parseDate, parsePerson, parseWriter, readFont, readText, summaryTo } from '../shared.ts';

async function run(args: string[], io: CliIo): Promise<number> {
  const a = parseArgs(args, ['hyphenate', 'return-address', 'neutral']);
  const out = a.str('o') ?? a.str('out');
  const bodyPath = a.str('body');
  if (!out) throw new CliError('-o OUT.pdf is required');
  if (!bodyPath) throw new CliError('--body FILE.txt is required');
  const to = parsePerson(a.str('to'), 'to');
  const from = parseWriter(a.str('from'));
  const bodyText = readText(bodyPath, 'body');
  if (splitParagraphs(bodyText).length === 0) throw new CliError(`the body file is empty: ${bodyPath}`);
  const date = parseDate(a.has('date') ? (a.str('date') ?? '') : undefined) ?? new Date().toISOString().slice(0, 10);

  const returnAddress = a.has('return-address') ? returnAddressLine({ address: a.str('from') ?? '' }) : null;
  const letter = composeLetter({ body: bodyText, address: to.address, signature: from.signature, date, returnAddress });
  const { createLetterPdf } = await import('../../core/pdf/index.ts');
  const result = await createLetterPdf({ letter, fonts: { serif: readFont('pt-serif') }, hyphenate: a.has('hyphenate'), neutral: a.has('neutral') });
  const txt = a.str('txt');
  // Both files or neither: a failed --txt leaves no PDF behind.
  const outputs: Output[] = [{ path: out, bytes: result.bytes, flag: '-o' }];
  if (txt) outputs.push({ path: txt, bytes: letterToPlainText(letter), flag: '--txt' });
  writeOutputs(outputs, [bodyPath]);
  for (const n of [...to.notes, ...from.notes]) io.err(`note: ${n}`);
  for (const w of result.warnings) io.err(`warning: ${describe(w)}`);
  summaryTo(io, out, txt)(`${out}: ${result.pageCount} page(s), ${result.bytes.length} bytes`);
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
    '  --neutral           PDF properties that name no one: no title (by default the recipient line),',
    '                      no creator or producer, no dates; choose a plain -o name too (SECURITY.md)',
    '',
    'The body prints as typed: paragraphs are separated by blank lines, and every line',
    'break is kept. Only the recipient line and the date are added above it. When the',
    'body does not end with a closing and a name, "С уважением," and the --from name are',
    'added below it; a closing such as "Обнимаю,\nМария" at the end replaces them.',
    'Exit 1 on bad input (unparseable address, missing file); no file is left behind.',
  ].join('\n'),
  run,
};
