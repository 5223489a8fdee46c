/**
 * RFC 4180 CSV: quoted fields with "" escapes and line breaks inside quotes.
 * The delimiter (comma, semicolon or tab — Russian spreadsheets save with ";")
 * is taken from the header line.
 */
export function detectDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => ({ d, n: header.split(d).length }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]?.n && counts[0].n > 1 ? counts[0].d : ',';
}

export function parseCsv(input: string): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  // Field by field with slices rather than character by character: a 10,000-row list is megabytes.
  for (let i = 0; ; ) {
    let field = '';
    let at = i;
    // A quote after nothing but spaces opens a quoted field; "" inside it is one quote.
    let lead = i;
    while (text[lead] === ' ' || (text[lead] === '\t' && delimiter !== '\t')) lead++;
    if (text[lead] === '"') {
      at = lead + 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) {
          field += text.slice(at);
          at = text.length;
          break;
        }
        field += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        field += '"';
        at++;
      }
    }
    let end = at;
    while (end < text.length && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r') end++;
    row.push(field + text.slice(at, end));
    if (end >= text.length) {
      rows.push(row);
      break;
    }
    if (text[end] === delimiter) {
      i = end + 1;
      continue;
    }
    rows.push(row);
    row = [];
    i = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}
