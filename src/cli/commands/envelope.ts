import { envelopeForms } from '../../core/letter/parties.ts';
import { CliError, parseArgs, type CliIo, type Command } from '../command.ts';
import { staleEntry } from '../../core/directory/index.ts';
import { staleWarning } from '../stale-warning.ts';
import { describe, parsePerson, parseWriter, readFont, summaryTo, writeAtomic } from '../shared.ts';

const FORMATS = ['DL', 'C6', 'C5', 'C4', 'A4'] as const;
type Format = (typeof FORMATS)[number];

async function run(args: string[], io: CliIo): Promise<number> {
  const a = parseArgs(args, ['reply', 'with-reply', 'international', 'neutral']);
  const out = a.str('o') ?? a.str('out');
  if (!out) throw new CliError('-o OUT.pdf is required');
  const format = (a.str('format') ?? 'DL').toUpperCase();
  if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}: ${format}`);
  const to = parsePerson(a.str('to'), 'to');
  // Posted from abroad, the writer's own address is a foreign one whatever its script.
  const from = parseWriter(a.str('from'), { abroad: a.has('international') });
  const prisoner = envelopeForms(to.address, { international: a.has('international') });
  const writer = from.forms;
  const { createEnvelopePdf, letterEnvelope, replyEnvelope } = await import('../../core/pdf/index.ts');
  const main = letterEnvelope(prisoner, writer, format as Format);
  const stale = staleEntry(to.address);
  // A possibly out-of-date address is not pre-printed as the prisoner's own on the reply envelope.
  const reply = replyEnvelope(prisoner, writer, format as Format, { senderAddressUnknown: Boolean(stale) });
  // --reply prints only the envelope addressed back to the writer; --with-reply prints both, one page each.
  const envelopes = a.has('reply') ? [reply] : a.has('with-reply') ? [main, reply] : [main];

  const result = await createEnvelopePdf({ envelopes, fonts: { sans: readFont('pt-sans') }, neutral: a.has('neutral') });
  writeAtomic(out, result.bytes);
  for (const n of [...to.notes, ...from.notes]) io.err(`note: ${n}`);
  if (stale) io.err(`warning: ${staleWarning(stale)} before posting to it.${envelopes.includes(reply) ? ' The reply envelope leaves «Откуда» and the postcode blank for the prisoner to fill in.' : ''}`);
  for (const w of result.warnings) io.err(`warning: ${describe(w)}`);
  summaryTo(io, out)(`${out}: ${result.pageCount} envelope(s), ${format}, ${result.bytes.length} bytes`);
  return 0;
}

export const command: Command = {
  name: 'envelope',
  summary: 'Print an addressed envelope (GOST R 51506-99) as a PDF, or an A4 sheet to cut and fold.',
  usage: [
    'Usage: npm run --silent cli -- envelope --to "<address>" --from "<address>" --format DL|C6|C5|C4|A4 [--reply] -o OUT.pdf',
    '',
    'Options:',
    '  --format F       DL 220×110, C6 162×114, C5 229×162, C4 324×229 mm, or A4 (a C6 net to cut and fold); default DL',
    '  --reply          the reply envelope: addressed to you (--from), from the prisoner (--to)',
    '  --with-reply     both envelopes, one page each',
    '  --international  posting from abroad: "RUSSIA / РОССИЯ" ends the prisoner\'s address, and yours (--from)',
    '                   is read as an address abroad in any script, its country last in Latin and Russian',
    '  --neutral        PDF properties that name nothing: no title, creator, producer or dates (SECURITY.md)',
    'Exit 1 on bad input (unparseable address); no file is left behind.',
  ].join('\n'),
  run,
};
