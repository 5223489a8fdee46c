import { readFileSync } from 'node:fs';
import { buildFpismoDraft } from '../../core/fpismo/index.ts';
import { CliError, parseArgs, type CliIo, type Command } from '../command.ts';
import { staleEntry } from '../../core/directory/index.ts';
import { staleWarning } from '../stale-warning.ts';
import { describe, parsePerson, parseWriter, readText, summaryTo, writeAtomic } from '../shared.ts';

// The F-pismo site is in Russian: field labels print in Russian, the rest of the CLI speaks English.
const ru = () => JSON.parse(readFileSync(new URL('../../../locales/ru/export.json', import.meta.url), 'utf8')) as Record<string, string>;

/** "Петрова Мария Ивановна" from --from, when given: the form wants the name in the nominative. */
const senderName = (from: string | undefined): string | null => (from?.trim() ? parseWriter(from).fullName : null);
/** "Мария Петрова" from --from, for the sign-off added when the body has none (as on the printed letter). */
const signature = (from: string | undefined): string | null => (from?.trim() ? parseWriter(from).signature : null);

function run(args: string[], io: CliIo): number {
  const a = parseArgs(args, ['reply', 'json']);
  const bodyPath = a.str('body');
  if (!bodyPath) throw new CliError('--body FILE.txt is required');
  const to = parsePerson(a.str('to'), 'to');
  const body = readText(bodyPath, 'body');
  const photos = a.str('photos') === undefined ? 0 : Number(a.str('photos'));
  if (!Number.isInteger(photos) || photos < 0) throw new CliError(`--photos must be a whole number: ${a.str('photos')}`);
  const draft = buildFpismoDraft({
    address: to.address,
    body,
    sender: { name: a.str('sender-name') ?? senderName(a.str('from')), phone: a.str('phone') ?? null, email: a.str('email') ?? null },
    reply: a.has('reply'),
    photos,
    signature: signature(a.str('from')),
  });
  if (!draft.text) throw new CliError(`the body file has no printable text: ${bodyPath}`);
  const txt = a.str('txt');
  if (txt) writeAtomic(txt, `${draft.text}\n`, [bodyPath], '--txt');
  const say = summaryTo(io, txt);
  for (const n of to.notes) io.err(`note: ${n}`);
  const stale = staleEntry(to.address);
  if (stale) io.err(`warning: ${staleWarning(stale)} before paying for an F-pismo.`);
  for (const w of draft.warnings) io.err(`warning: ${describe(w)}`);
  if (a.has('json')) {
    say(JSON.stringify(draft, null, 2));
    return 0;
  }
  const labels = ru();
  const lines = ['Поля формы ФСИН-письма (fields of the F-pismo form):'];
  for (const f of draft.fields) if (f.key !== 'text') lines.push(`  ${labels[f.labelKey] ?? f.key}: ${f.value ?? '—'}`);
  lines.push('', `${labels['field-text']}:`, '', draft.text, '');
  const e = draft.estimate;
  lines.push(
    `Characters: ${draft.chars}`,
    // No total: the prices are years old, and a sum reads as a quote (second native review §35).
    `Prices reported in ${e.asOf}: ${e.perPage} ₽ a letter (possibly more for a long one)${e.replyForm ? `, reply form ${e.replyForm} ₽` : ''}${e.photos ? `, ${e.photoPrice} ₽ a photo` : ''}`,
    describe({ code: 'fpismo-prices-unverified', params: { asOf: e.asOf } }),
  );
  say(lines.join('\n'));
  return 0;
}

export const command: Command = {
  name: 'fpismo',
  summary: 'Prepare an F-pismo (ФСИН-письмо) draft: plain text, form fields and the reported prices.',
  usage: [
    'Usage: npm run --silent cli -- fpismo --to "<prisoner address, one line>" --body FILE.txt',
    '',
    'Options:',
    '  --reply              include a paid reply form in the estimate',
    '  --photos N           number of photos in the estimate',
    '  --from "<your name and address>"  fills the sender name (or --sender-name NAME)',
    '  --phone P, --email E fill the sender fields',
    '  --txt OUT.txt        also write the plain text to a file',
    '  --json               print the draft as JSON',
    'Exit 1 on bad input (unparseable address, missing file).',
  ].join('\n'),
  run,
};
