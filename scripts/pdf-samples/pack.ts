// Regenerates the letter-evening samples in docs/pdf/pack-*.png: a pack for three people of a
// Memorial-layout list (real institution addresses, invented people), in English and in Russian,
// with reply envelopes, writing sheets and the rules page; pages as PNGs at 60 dpi (pdftoppm).
// Run from the repository root: node --import tsx scripts/pdf-samples/pack.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memorialLayout, samplePeople } from '../../src/core/directory/fixtures/sample-list.ts';
import { importList } from '../../src/core/directory/index.ts';
import { readWriter } from '../../src/core/letter/index.ts';
import { translator } from '../../src/core/pack/fixtures/translate.ts';
import { createPackPdf, prisonerFromRecord } from '../../src/core/pack/index.ts';

const font = (name: string) => new Uint8Array(readFileSync(`src/core/pdf/fonts/${name}.ttf`));
const writer = readWriter('Петрова Мария Ивановна, ул. Ленина, д. 5, кв. 12, г. Самара, 443001');
if (!writer) throw new Error('the sample writer was not read');
const list = importList(memorialLayout(samplePeople(3)), { today: '2026-12-06', source: { url: 'https://memopzk.org/', title: 'Мемориал' } });
const tmp = mkdtempSync(join(tmpdir(), 'konvert-pack-'));
// Pages: 1–6 envelopes with their reply envelopes, 7–9 writing sheets, 10 the rules.
const pages: Record<'en' | 'ru', [number, string][]> = {
  en: [[1, 'pack-envelope'], [2, 'pack-reply-envelope'], [7, 'pack-sheet-en'], [10, 'pack-rules-en']],
  ru: [[8, 'pack-sheet-ru'], [10, 'pack-rules-ru']],
};
for (const lang of ['en', 'ru'] as const) {
  const prisoners = list.records.map((r, i) => prisonerFromRecord(r, i + 1, lang));
  const opts = { format: 'DL' as const, reply: true, sheets: true, rules: true, latinNames: lang !== 'ru', t: translator(lang) };
  const pack = await createPackPdf(prisoners, writer.forms, opts, { sans: font('pt-sans'), serif: font('pt-serif') });
  const pdf = join(tmp, `pack-${lang}.pdf`);
  writeFileSync(pdf, pack.bytes);
  for (const [page, name] of pages[lang]) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', pdf, `docs/pdf/${name}`]);
}
