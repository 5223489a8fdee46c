import { formatEnvelope, formatOneLine, parseAddress } from '../../core/address/index.ts';
import { CliError, parseArgs, type Command } from '../command.ts';
import { warningText } from './parse-address.ts';

const usage = `Usage: npm run --silent cli -- format-address [--international] [--one-line] [--json] < address.txt

Reads one address from stdin (any common order) and prints it for the envelope in
Russian Post order:
  Кому: recipient in the dative, birth year ("1974 г. р.")
  Куда: institution; street and house; locality; district; region
        (+ "RUSSIA / РОССИЯ" last with --international)
  Индекс: the postcode
Abbreviations are joined to their words with no-break spaces (U+00A0).
  --one-line   print the one-line form projects publish instead
  --json       print {"to": [...], "where": [...], "index": "..."} instead
Warnings go to stderr. Exit status 1 if the text holds no address at all.`;

export const command: Command = {
  name: 'format-address',
  summary: 'Format one address from stdin as envelope lines (Кому / Куда / индекс).',
  usage,
  async run(args, io) {
    const opts = parseArgs(args, ['international', 'one-line', 'json']);
    const { address, warnings } = parseAddress(await io.readStdin());
    const envelope = formatEnvelope(address, { international: opts.has('international') });
    if (envelope.to.length === 0 && envelope.where.length === 0 && !envelope.index) {
      throw new CliError('no address found on stdin', 1);
    }
    for (const w of warnings) io.err(`warning: ${warningText(w)}`);
    if (opts.has('json')) {
      io.out(JSON.stringify(envelope, null, 2));
    } else if (opts.has('one-line')) {
      io.out(formatOneLine(address));
    } else {
      const lines = envelope.to.length ? [`Кому: ${envelope.to.join(', ')}`] : [];
      lines.push(...envelope.where.map((l, i) => (i === 0 ? `Куда: ${l}` : `      ${l}`)));
      if (envelope.index) lines.push(`Индекс: ${envelope.index}`);
      io.out(lines.join('\n'));
    }
    return 0;
  },
};
