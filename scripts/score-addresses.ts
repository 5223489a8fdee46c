// Scores a held-out address set (JSON { rows: [{ input, expect, class? }] }) with the parser as it is
// now: a row is right when every field equals the expectation. Prints the total, the figure by
// class and each miss with the fields that differ, so a first run can be recorded before fixing.
// Usage: node --import tsx scripts/score-addresses.ts FILE.json [--misses]
import { readFileSync } from 'node:fs';
import { addressFields, type AddressFields } from '../src/core/address/fields.ts';
import { parseAddress } from '../src/core/address/parse.ts';

interface Row {
  input: string;
  class?: string;
  expect: AddressFields;
}

const [file, ...flags] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: score-addresses FILE.json [--misses]\n');
  process.exit(2);
}
const rows = (JSON.parse(readFileSync(file, 'utf8')) as { rows: Row[] }).rows;
const byClass = new Map<string, { right: number; all: number }>();
let right = 0;
rows.forEach((row, i) => {
  const got = addressFields(parseAddress(row.input).address);
  const wrong = (Object.keys(row.expect) as (keyof AddressFields)[]).filter((k) => JSON.stringify(got[k]) !== JSON.stringify(row.expect[k]));
  const tally = byClass.get(row.class ?? '-') ?? { right: 0, all: 0 };
  tally.all += 1;
  if (wrong.length === 0) {
    tally.right += 1;
    right += 1;
  } else if (flags.includes('--misses')) {
    process.stdout.write(`row ${i + 1} [${row.class ?? '-'}] ${row.input}\n`);
    for (const k of wrong) process.stdout.write(`  ${k}: got ${JSON.stringify(got[k])}, want ${JSON.stringify(row.expect[k])}\n`);
  }
  byClass.set(row.class ?? '-', tally);
});
process.stdout.write(`${right}/${rows.length} = ${((100 * right) / rows.length).toFixed(1)}% every field right\n`);
for (const [name, t] of [...byClass].sort((a, b) => b[1].all - a[1].all)) process.stdout.write(`  ${name}: ${t.right}/${t.all}\n`);
