import { readFileSync } from 'node:fs';
import type { AddressWarningCode } from '../../core/address/index.ts';
import { importList, type ImportedRow } from '../../core/directory/index.ts';
import { glueForScreen } from '../../core/letter/typography.ts';
import { isEnvelopeFormat } from '../../core/pdf/envelope-formats.ts';
import { CliError, parseArgs, type CliIo, type Command } from '../command.ts';
import { describe, parseWriter, readFont, readText, summaryTo, writeAtomic } from '../shared.ts';
import { warningText } from './parse-address.ts';

type Lang = 'en' | 'ru';
type Tree = { [key: string]: string | Tree };

/** i18next-style lookup in locales/<lang>/<ns>.json: "pack.sheet.who", {{param}} filled in. */
function translator(lang: Lang, ns: string): (key: string, params?: Record<string, string | number>) => string {
  const tree = JSON.parse(readFileSync(new URL(`../../../locales/${lang}/${ns}.json`, import.meta.url), 'utf8')) as Tree;
  const lookup = (path: string) => path.split('.').reduce<string | Tree | undefined>((node, k) => (typeof node === 'object' ? node[k] : undefined), tree);
  return (key, params = {}) => {
    // A counted text has i18next's plural forms (key_one, key_few…): the one Intl.PluralRules picks.
    const count = params.count;
    const found = (typeof count === 'number' ? lookup(`${key}_${new Intl.PluralRules(lang).select(count)}`) : undefined) ?? lookup(key);
    // Glued as the app's own i18n resources are (no-break spaces, src/i18n/resources.ts), so the pack prints alike.
    return typeof found === 'string' ? glueForScreen(found, lang).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => String(params[k] ?? '')) : key;
  };
}

// Address warnings that change what the envelope says or where it goes; the rest (no region line
// beside a postcode, say) are normal in published addresses and would only bury these.
const WORTH_SAYING = new Set<AddressWarningCode>(['no-index', 'postcode-unknown', 'postcode-region-mismatch', 'unplaced-part', 'several-indexes', 'recipient-initials', 'recipient-case-guessed', 'no-institution']);

function rowProblems(row: ImportedRow, directoryText: ReturnType<typeof translator>): string[] {
  const where = `row ${row.row}${row.line ? ` (line ${row.line})` : ''}`;
  const problems = row.problems.map((p) => `${where}: ${row.status === 'failed' ? 'error' : 'note'}: ${directoryText(`errors.${p.code}`, p.params)}`);
  const warnings = row.warnings.filter((w) => WORTH_SAYING.has(w.code)).map((w) => `${where}: warning: ${warningText(w)}`);
  return row.status === 'failed' ? problems : [...problems, ...warnings];
}

async function run(args: string[], io: CliIo): Promise<number> {
  const a = parseArgs(args, ['reply', 'sheets', 'skip-bad', 'international', 'neutral']);
  const out = a.str('o') ?? a.str('out');
  if (!out) throw new CliError('-o OUT.pdf is required');
  const listPath = a.str('list');
  if (!listPath) throw new CliError('--list FILE is required (page text, CSV or JSON)');
  const format = (a.str('format') ?? 'DL').toUpperCase();
  if (!isEnvelopeFormat(format)) throw new CliError(`--format must be one of DL, C6, C5, C4, A4: ${format}`);
  const lang: Lang = a.str('lang') === 'ru' ? 'ru' : 'en';
  const csvPath = a.str('csv');
  const writer = parseWriter(a.str('from'), { abroad: a.has('international') });
  const today = new Date().toISOString().slice(0, 10);

  const list = importList(readText(listPath, 'list'), { today, fileName: listPath });
  const directoryText = translator('en', 'directory');
  for (const e of list.errors) io.err(`${listPath}: error: ${directoryText(`errors.${e.code}`, e.params)}`);
  for (const row of list.rows) for (const line of rowProblems(row, directoryText)) io.err(line);
  for (const n of writer.notes) io.err(`note: ${n}`);

  const failed = list.rows.filter((r) => r.status === 'failed');
  if (list.records.length === 0) throw new CliError(`no row of ${listPath} could be printed; no file written`);
  if (failed.length > 0 && !a.has('skip-bad')) {
    throw new CliError(`${failed.length} row(s) could not be printed (rows ${failed.map((r) => r.row).join(', ')}); fix them or give --skip-bad; no file written`);
  }

  const { createPackPdf, packCsv, prisonerFromRecord } = await import('../../core/pack/index.ts');
  const t = translator(lang, 'batch');
  // Each person once, numbered by the row that first named them.
  const firstRow = new Map(list.rows.filter((r) => r.status === 'ok').map((r) => [r.record, r.row]));
  const prisoners = list.records.map((record) => prisonerFromRecord(record, firstRow.get(record) ?? 0, lang));
  const opts = { format, reply: a.has('reply'), sheets: a.has('sheets'), rules: false, international: a.has('international'), latinNames: lang !== 'ru', neutral: a.has('neutral'), t };
  const pack = await createPackPdf(prisoners, writer.forms, opts, { sans: readFont('pt-sans'), serif: readFont('pt-serif') });
  const outputs: { path: string; bytes: Uint8Array | string; flag: string }[] = [{ path: out, bytes: pack.bytes, flag: '-o' }];
  if (csvPath) outputs.push({ path: csvPath, bytes: packCsv(pack.entries, { ...opts, printedOn: today }), flag: '--csv' });
  for (const o of outputs) writeAtomic(o.path, o.bytes, [listPath], o.flag);
  for (const w of pack.warnings) io.err(`row ${w.row}: warning: ${describe(w.warning)}`);
  const replies = opts.reply ? `, ${prisoners.length} reply envelope(s)` : '';
  const sheets = opts.sheets ? `, ${prisoners.length} writing sheet(s)` : '';
  summaryTo(io, out, csvPath)(`${out}: ${prisoners.length} envelope(s)${replies}${sheets}, ${format}, ${pack.pageCount} pages, ${pack.bytes.length} bytes`);
  return 0;
}

export const command: Command = {
  name: 'batch',
  summary: 'Print a letter evening: envelopes (and writing sheets) for every prisoner of a published list.',
  usage: [
    'Usage: npm run --silent cli -- batch --list FILE --from ADDR --format DL|C6|C5|C4|A4 [--reply] [--sheets] [--skip-bad] -o OUT.pdf',
    '',
    'FILE is a list as published: page text (name headings and "Адрес для писем:" blocks, or one',
    'address per paragraph), CSV or JSON with any column order (headers in Russian or English).',
    'The PDF holds one envelope page per prisoner in list order (with --reply, each prisoner\'s reply',
    'envelope follows theirs), then with --sheets one A4 writing sheet per prisoner.',
    '',
    'Options:',
    '  --from ADDR      your own name and address (the sender; the reply envelopes go to it)',
    '  --format F       DL 220×110, C6 162×114, C5 229×162, C4 324×229 mm, or A4 (a C6 net to cut and fold)',
    '  --reply          a reply envelope for each prisoner, addressed to you',
    '  --sheets         a writing sheet for each prisoner (their name in the dative; a note to cut off)',
    '  --skip-bad       print the rows that can be printed even when others cannot',
    '  --lang en|ru     the language of the notes on the writing sheets (default en)',
    '  --international  add "RUSSIA / РОССИЯ" to the addresses (posting from abroad)',
    '  --csv FILE       also write a CSV of what was printed for whom',
    '  --neutral        PDF properties that name nothing: no title, creator, producer or dates (SECURITY.md)',
    '',
    'Problems go to stderr with the row number. Exit 0 when every row printed; exit 1 and no file',
    'when no row could be printed, or when any row failed and --skip-bad was not given.',
  ].join('\n'),
  run,
};
