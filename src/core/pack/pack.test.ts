import { describe, expect, it } from 'vitest';
import { parseAddress } from '../address/parse.ts';
import { memorialLayout, samplePeople } from '../directory/fixtures/sample-list.ts';
import { importList } from '../directory/list-import.ts';
import { readWriter } from '../letter/writer.ts';
import { loadFont } from '../pdf/font-metrics.ts';
import { A4 } from '../pdf/units.ts';
import { sans, serif } from '../../../tests/pdf/fonts.ts';
import { csvCell, packCsv } from './csv.ts';
import { translator } from './fixtures/translate.ts';
import { layoutPack } from './pack.ts';
import { prisonerFromRecord } from './prisoners.ts';
import { RULES, layoutRulesPage } from './rules-page.ts';
import { isPretrial, LETTER_BLANKS, layoutWritingSheet } from './writing-sheet.ts';
import type { PackOptions } from './types.ts';

const fonts = { sans: loadFont(sans).metrics, serif: loadFont(serif).metrics };
const writer = readWriter('Петрова Мария Ивановна, ул. Ленина, д. 5, кв. 12, г. Самара, 443001');
if (!writer) throw new Error('writer not read');
const list = importList(memorialLayout(samplePeople(5)), { today: '2026-12-06', source: { url: 'https://example.org/list', title: 'Список' } });
const prisoners = list.records.map((r, i) => prisonerFromRecord(r, i + 1, 'en'));
const opts = (o: Partial<PackOptions> = {}): PackOptions => ({ format: 'DL', reply: false, sheets: false, rules: false, t: translator('en'), ...o });
const texts = (items: { kind: string; text?: string }[]) => items.map((i) => (i.kind === 'text' ? i.text : '')).join(' ');

describe('layoutPack', () => {
  it.each<[string, Partial<PackOptions>, number, { envelope: number; reply: number | null; sheet: number | null }]>([
    ['envelopes only', {}, 5, { envelope: 2, reply: null, sheet: null }],
    ['with reply envelopes, each after its envelope', { reply: true }, 10, { envelope: 3, reply: 4, sheet: null }],
    ['with writing sheets after all envelopes', { sheets: true }, 10, { envelope: 2, reply: null, sheet: 7 }],
    ['with everything and the rules page last', { reply: true, sheets: true, rules: true }, 16, { envelope: 3, reply: 4, sheet: 12 }],
  ])('%s', (_, o, pageCount, secondPages) => {
    const pack = layoutPack(prisoners, writer.forms, opts(o), fonts);
    expect(pack.pages).toHaveLength(pageCount);
    expect(pack.entries[1]?.pages).toEqual(secondPages);
  });

  it('puts each prisoner in the dative on their own envelope page, in list order', () => {
    const pack = layoutPack(prisoners, writer.forms, opts({ reply: true }), fonts);
    pack.entries.forEach((e) => {
      expect(e.dative).toMatch(/у |е /);
      expect(texts(pack.pages[e.pages.envelope - 1]?.items ?? [])).toContain(e.dative.split(' ')[0]);
    });
    expect(pack.entries.map((e) => e.row)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each([
    ['DL', 220, 110],
    ['C5', 229, 162],
    ['A4', A4.widthMm, A4.heightMm],
  ] as const)('lays %s envelopes at their size, the sheets always A4', (format, w, h) => {
    const pack = layoutPack(prisoners.slice(0, 1), writer.forms, opts({ format, sheets: true }), fonts);
    expect([pack.pages[0]?.widthMm, pack.pages[0]?.heightMm]).toEqual([w, h]);
    expect([pack.pages[1]?.widthMm, pack.pages[1]?.heightMm]).toEqual([A4.widthMm, A4.heightMm]);
  });
});

describe('the writing sheet', () => {
  const sizo = { row: 1, address: parseAddress('445023, г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.').address, about: 'Activist from Tolyatti.' };
  const colony = { row: 2, address: parseAddress('601120, г. Покров, ФКУ ИК-2 УФСИН России по Владимирской области, Горинову Алексею Александровичу, 1961 г. р.').address };

  it('heads the letter part with the name in the dative and the birth year, under the cut line', () => {
    const { page } = layoutWritingSheet(sizo, { t: translator('en') }, fonts);
    const header = page.items.find((i) => i.kind === 'text' && i.role === 'header');
    const cut = page.items.find((i) => i.kind === 'line' && i.role === 'cut');
    expect(header?.kind === 'text' && header.text).toBe('Балину Андрею Альбертовичу, 1974 г. р.');
    expect(cut?.kind === 'line' && header?.kind === 'text' && cut.y1 < header.y).toBe(true);
  });

  it.each([
    ['en', 'Who: Балин Андрей Альбертович (Balin Andrei Albertovich), born 1974', 'This is a SIZO'],
    ['ru', 'Кто: Балин Андрей Альбертович, 1974 г. р.', 'Это СИЗО'],
  ] as const)('gives the note above the cut line in the writer\'s language (%s)', (lang, who, pretrial) => {
    const { page } = layoutWritingSheet(sizo, { t: translator(lang), latinNames: lang === 'en' }, fonts);
    const all = texts(page.items);
    expect(all).toContain(who);
    expect(all).toContain(pretrial);
  });

  it.each([
    [sizo, true],
    [colony, false],
  ])('says it is a SIZO only for a SIZO (%#)', (p, pretrial) => {
    expect(isPretrial(p)).toBe(pretrial);
  });

  it.each(['en', 'ru'] as const)('keeps the case, the source and the list of what not to write off the strip, which may go out by mistake (%s)', (lang) => {
    const { page } = layoutWritingSheet({ ...sizo, about: 'Осуждён за антивоенные посты.', source: { title: '«Мемориал»', checkedAt: '2026-12-06' } }, { t: translator(lang) }, fonts);
    const all = texts(page.items);
    for (const word of ['антивоенн', 'Мемориал', '2026-12-06', 'войн', 'war', 'адвокат', 'lawyer']) expect(all).not.toContain(word);
  });

  it.each(['en', 'ru'] as const)('has blanks for the letter number and date in Russian, between the header and the first line (%s)', (lang) => {
    const { page } = layoutWritingSheet(colony, { t: translator(lang) }, fonts);
    const header = page.items.find((i) => i.kind === 'text' && i.role === 'header');
    const rules = page.items.filter((i) => i.kind === 'line' && i.role === 'rule');
    const fullWidth = rules.filter((r) => r.kind === 'line' && r.x2 - r.x1 > 100);
    for (const [label] of LETTER_BLANKS) {
      const blank = page.items.find((i) => i.kind === 'text' && i.text === label);
      expect(blank?.kind === 'text' && header?.kind === 'text' && fullWidth[0]?.kind === 'line' && header.y < blank.y && blank.y < fullWidth[0].y1).toBe(true);
    }
    // Each label has its own short line to write on.
    expect(rules.length - fullWidth.length).toBe(LETTER_BLANKS.length);
  });

  it('fills the page with ruled lines down to the bottom margin', () => {
    const { page } = layoutWritingSheet(colony, { t: translator('ru') }, fonts);
    const rules = page.items.filter((i) => i.kind === 'line' && i.role === 'rule');
    expect(rules.length).toBeGreaterThan(15);
    expect(Math.max(...rules.map((r) => (r.kind === 'line' ? r.y1 : 0)))).toBeLessThanOrEqual(A4.heightMm - 16);
  });
});

describe('the rules page', () => {
  it.each(['en', 'ru'] as const)('has every rule, and fits one page (%s)', (lang) => {
    const t = translator(lang);
    const { page, missing } = layoutRulesPage(t, fonts);
    for (const id of RULES) expect(t(`pack.rules.${id}.heading`)).not.toBe(`pack.rules.${id}.heading`);
    expect(missing.size).toBe(0);
    const bottom = Math.max(...page.items.map((i) => (i.kind === 'text' ? i.y : 0)));
    expect(bottom).toBeLessThan(A4.heightMm - 10);
    // The footer (check each address before sending) is the last line, on the page.
    const last = page.items.filter((i) => i.kind === 'text').at(-1);
    // No-break spaces in the locale text print as ordinary spaces.
    const plain = (s: string) => s.replace(/\u00a0/g, ' ');
    expect(last?.kind === 'text' && plain(t('pack.rules.footer')).endsWith(plain(last.text))).toBe(true);
  });

  it('sets a longer text smaller rather than push the footer off the page', () => {
    const t = translator('en');
    const long = (key: string) => (key.endsWith('.text') ? `${t(key)} ${t(key)}` : t(key));
    const { page } = layoutRulesPage(long, fonts);
    const texts = page.items.filter((i) => i.kind === 'text');
    expect(Math.max(...texts.map((i) => (i.kind === 'text' ? i.y : 0)))).toBeLessThan(A4.heightMm - 10);
    const last = texts.at(-1);
    // No-break spaces in the locale text print as ordinary spaces.
    const plain = (s: string) => s.replace(/\u00a0/g, ' ');
    expect(last?.kind === 'text' && plain(t('pack.rules.footer')).endsWith(plain(last.text))).toBe(true);
    expect(Math.min(...texts.map((i) => (i.kind === 'text' ? i.size : 99)))).toBeLessThan(9.5 * (25.4 / 72));
  });
});

describe('the CSV of what was printed', () => {
  it.each([
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+7 999', '"\'+7 999"'],
    ['-1', '"\'-1"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['\tтаб', '"\'\tтаб"'],
    ['Балин', '"Балин"'],
    [1974, '"1974"'],
    [null, '""'],
  ])('neutralises %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('lists every prisoner with the pages printed for them', () => {
    const pack = layoutPack(prisoners, writer.forms, opts({ reply: true, sheets: true }), fonts);
    const csv = packCsv(pack.entries, { format: 'DL', reply: true, sheets: true, t: translator('en'), printedOn: '2026-12-06' });
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^"Row","Surname"/);
    expect(lines[1]).toContain('"1 2 11"');
    expect(lines[1]).toContain(`"${pack.entries[0]?.dative}"`);
  });
});
