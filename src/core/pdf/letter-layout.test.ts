import { describe, expect, it } from 'vitest';
import { serif } from '../../../tests/pdf/fonts.ts';
import { letterHeader } from '../letter/header.ts';
import type { Letter } from '../letter/types.ts';
import { loadFont } from './font-metrics.ts';
import type { TextRun } from './layout-types.ts';
import { layoutLetter } from './letter-layout.ts';

const { metrics } = loadFont(serif);
const para = (n: number) =>
  `${n}. Пишу вам из Самары. У нас выпал первый снег, и я вспомнил, как в детстве мы с братом катались на санках с горы у Волги. Читаю сейчас «Войну и мир» — медленно, по главе в день.`;
const letter = (paragraphs: string[]): Letter => ({
  date: '2026-11-25',
  recipientLine: 'Балину Андрею Альбертовичу, 1974 г. р.',
  runningHead: 'Балину А. А.',
  greeting: 'Здравствуйте, Андрей Альбертович!',
  paragraphs,
  closing: ['С уважением,', 'Мария'],
  returnAddress: '',
});
const texts = (items: unknown[]) => items.filter((i): i is TextRun => (i as TextRun).kind === 'text');

describe('layoutLetter', () => {
  it('puts the recipient line and the Russian date at the top of the first page', () => {
    const { pages } = layoutLetter(letter([para(1)]), metrics);
    const header = texts(pages[0]?.items ?? []).filter((t) => t.role === 'header');
    expect(header.map((t) => t.text)).toEqual(['Балину Андрею Альбертовичу, 1974 г. р.', '25 ноября 2026 г.']);
    expect(Math.max(...header.map((t) => t.y))).toBeLessThan(40);
  });

  it('prints exactly the header lines the editor’s preview shows (letterHeader)', () => {
    const shown = letter([para(1)]);
    const { pages } = layoutLetter(shown, metrics);
    const printed = texts(pages[0]?.items ?? []).filter((t) => t.role === 'header');
    expect(printed.map((t) => t.text)).toEqual(letterHeader(shown).map((l) => l.replace(/\u00a0/g, ' ')));
  });

  it.each([1, 5, 20, 45])('keeps every line of a %i-paragraph letter inside the A4 margins', (n) => {
    const { pages } = layoutLetter(letter(Array.from({ length: n }, (_, i) => para(i + 1))), metrics);
    for (const page of pages)
      for (const t of texts(page.items)) {
        expect(t.x).toBeGreaterThanOrEqual(20);
        expect(t.x + metrics.width(t.text, t.size)).toBeLessThanOrEqual(190 + 1e-6);
        // Only the running head of a continuation page sits in the top margin.
        expect(t.y).toBeGreaterThan(t.role === 'page-number' ? 10 : 20);
        expect(t.y).toBeLessThan(297 - 10);
      }
  });

  it('numbers the pages only when there is more than one, and heads each continuation page with the surname', () => {
    expect(texts(layoutLetter(letter([para(1)]), metrics).pages[0]?.items ?? []).some((t) => t.role === 'page-number')).toBe(false);
    const { pages } = layoutLetter(letter(Array.from({ length: 30 }, (_, i) => para(i + 1))), metrics);
    expect(pages.length).toBeGreaterThan(2);
    const labels = pages.map((p) => texts(p.items).find((t) => t.role === 'page-number'));
    expect(labels[0]?.text).toBe(`стр. 1 из ${pages.length}`);
    expect(labels[0]?.y).toBeGreaterThan(280);
    labels.slice(1).forEach((l, i) => {
      expect(l?.text.replace(/\u00a0/g, ' ')).toBe(`Балину А. А. — стр. ${i + 2} из ${pages.length}`);
      // At the top, above the text.
      expect(l?.y).toBeLessThan(20);
    });
  });

  it('keeps the writer’s line breaks: each typed line starts a printed line, only the first is indented', () => {
    const { pages } = layoutLetter(letter(['Стихи:\nпервая строка,\nвторая строка.']), metrics);
    const body = texts(pages[0]?.items ?? []).filter((t) => t.role === 'body');
    const at = (s: string) => body.find((t) => t.text === s);
    expect(at('Стихи:')?.x).toBeCloseTo(35, 5);
    expect(at('первая строка,')?.x).toBeCloseTo(25, 5);
    expect(at('вторая строка.')?.x).toBeCloseTo(25, 5);
  });

  it('sets the closing on the right, one typed line each, and the return address after it', () => {
    const { pages } = layoutLetter({ ...letter([para(1)]), returnAddress: 'Мой адрес для ответа: 443001, г. Самара' }, metrics);
    const body = texts(pages[0]?.items ?? []).filter((t) => t.role === 'body');
    const closing = body.filter((t) => t.text === 'С уважением,' || t.text === 'Мария');
    expect(closing).toHaveLength(2);
    for (const t of closing) expect(t.x).toBeGreaterThan(100);
    const last = body[body.length - 1];
    expect(last?.text).toBe('Мой адрес для ответа: 443001, г. Самара');
    expect(last?.x).toBeCloseTo(25, 5);
  });

  it('keeps the closing on the same page as the end of the last paragraph', () => {
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
