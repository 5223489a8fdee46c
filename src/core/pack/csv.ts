import type { PackEntry, PackOptions, Translate } from './types.ts';

/*
 * "What was printed for whom", for the organiser's records. A cell a spreadsheet would run as a
 * formula (=, +, -, @, a tab or a line end first: OWASP "CSV injection") gets a leading
 * apostrophe, so a hostile name or address in a published list cannot execute on opening.
 */
// Also after leading spaces or invisible marks, and in full-width forms (＝＋－＠), which some
// spreadsheets read as formulas too; a line break first is caught like a tab (issue 13).
const FORMULA_START = /^[\s\u200B-\u200F\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** RFC 4180 with a byte-order mark, so spreadsheet programs open the Cyrillic as UTF-8. */
export function packCsv(entries: readonly PackEntry[], opts: Pick<PackOptions, 'format' | 'reply' | 'sheets'> & { t: Translate; printedOn: string }): string {
  const { t } = opts;
  const yes = (b: boolean) => t(b ? 'pack.csv.yes' : 'pack.csv.no');
  const header = ['row', 'surname', 'first', 'patronymic', 'dative', 'birthYear', 'institution', 'address', 'format', 'reply', 'sheet', 'pages', 'printed'].map((k) => t(`pack.csv.${k}`));
  const rows = entries.map((e) => {
    const pages = [e.pages.envelope, e.pages.reply, e.pages.sheet].filter((p): p is number => p !== null).join(' ');
    return [e.row, e.surname, e.first, e.patronymic, e.dative, e.birthYear, e.institution, e.oneLine, opts.format, yes(opts.reply), yes(opts.sheets), pages, opts.printedOn];
  });
  return `\uFEFF${[header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
