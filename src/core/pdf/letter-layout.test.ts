import { describe, expect, it } from 'vitest';
import { serif } from '../../../tests/pdf/fonts.ts';
import type { Letter } from '../letter/types.ts';
import { loadFont } from './font-metrics.ts';
import type { TextRun } from './layout-types.ts';
import { layoutLetter } from './letter-layout.ts';

const { metrics } = loadFont(serif);
const para = (n: number) =>
  `${n}. Пишу вам из Самары. У нас выпал первый снег, и я вспомнил, как в детстве мы с братом катались на санках с горы у Волги. Читаю сейчас «Войну и мир» — медленно, по главе в день.`;
const letter = (paragraphs: string[]): Letter => ({
  date: '2026-11-25',
  recipientLine: 'Балину А. А., 1974 г. р.',
  greeting: 'Здравствуйте, Андрей Альбертович!',
  paragraphs,
  signature: ['С уважением,', 'Мария'],
});
const texts = (items: unknown[]) => items.filter((i): i is TextRun => (i as TextRun).kind === 'text');

describe('layoutLetter', () => {
  it('puts the recipient line and the Russian date at the top of the first page', () => {
    const { pages } = layoutLetter(letter([para(1)]), metrics);
    const header = texts(pages[0]?.items ?? []).filter((t) => t.role === 'header');
    expect(header.map((t) => t.text)).toEqual(['Балину А. А., 1974 г. р.', '25 ноября 2026 г.']);
    expect(Math.max(...header.map((t) => t.y))).toBeLessThan(40);
  });

  it.each([1, 5, 20, 45])('keeps every line of a %i-paragraph letter inside the A4 margins', (n) => {
    const { pages } = layoutLetter(letter(Array.from({ length: n }, (_, i) => para(i + 1))), metrics);
    for (const page of pages)
      for (const t of texts(page.items)) {
        expect(t.x).toBeGreaterThanOrEqual(20);
        expect(t.x + metrics.width(t.text, t.size)).toBeLessThanOrEqual(190 + 1e-6);
        expect(t.y).toBeGreaterThan(20);
        expect(t.y).toBeLessThan(297 - 10);
      }
  });

  it('numbers the pages "стр. N из M" only when there is more than one', () => {
    expect(texts(layoutLetter(letter([para(1)]), metrics).pages[0]?.items ?? []).some((t) => t.role === 'page-number')).toBe(false);
    const { pages } = layoutLetter(letter(Array.from({ length: 30 }, (_, i) => para(i + 1))), metrics);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => expect(texts(p.items).find((t) => t.role === 'page-number')?.text).toBe(`стр. ${i + 1} из ${pages.length}`));
  });

  it('keeps the signature on the same page as the end of the last paragraph', () => {
    for (let n = 1; n <= 30; n++) {
      const { pages } = layoutLetter(letter(Array.from({ length: n }, (_, i) => para(i + 1))), metrics);
      const last = texts(pages[pages.length - 1]?.items ?? []).filter((t) => t.role === 'body');
      expect(last.length).toBeGreaterThan(2);
      expect(last[last.length - 1]?.text).toBe('Мария');
    }
  });

  it('prints "?" for characters the font lacks and reports their code points', () => {
    const { pages, warnings } = layoutLetter(letter(['Привет 😀 и 你好, 👍🏽!']), metrics);
    const body = texts(pages[0]?.items ?? []).filter((t) => t.role === 'body').map((t) => t.text).join(' ');
    expect(body).toContain('Привет ? и ??, ?!');
    expect(warnings).toEqual([{ code: 'pdf-missing-glyphs', params: { codePoints: ['U+4F60', 'U+597D', 'U+1F3FD', 'U+1F44D', 'U+1F600'], count: 5 } }]);
  });

  it('never ends a body line on a one-letter preposition', () => {
    const { pages } = layoutLetter(letter(Array.from({ length: 12 }, (_, i) => para(i + 1))), metrics);
    for (const t of texts(pages.flatMap((p) => p.items)).filter((x) => x.role === 'body')) expect(t.text).not.toMatch(/ [вксуоиа]$/i);
  });
});
