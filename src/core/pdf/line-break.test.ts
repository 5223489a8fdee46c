import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gluePrepositions } from '../letter/typography.ts';
import { serif } from '../../../tests/pdf/fonts.ts';
import { loadFont } from './font-metrics.ts';
import { breakLines } from './line-break.ts';

const byChars = (t: string) => [...t].length;
const words = fc.array(fc.constantFrom('в', 'и', 'к', 'дом', 'снег', 'Тольятти', 'здравствуйте', 'г.', 'книга', 'СИЗО-4', 'переписываться', 'у'), {
  minLength: 1,
  maxLength: 40,
});

describe('breakLines', () => {
  it('fits every line and loses no word when words fit the line', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 19, max: 60 }), (ws, width) => {
        const text = ws.join(' ');
        const lines = breakLines(text, { firstWidth: width - 4, width, measure: byChars });
        lines.forEach((l, i) => expect(byChars(l)).toBeLessThanOrEqual(i === 0 ? width - 4 : width));
        expect(lines.join(' ')).toBe(text);
      }),
    );
  });

  it('never ends a line on a one-letter preposition once the text is glued', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 16, max: 50 }), (ws, width) => {
        const lines = breakLines(gluePrepositions(ws.join(' ')), { firstWidth: width, width, measure: byChars });
        lines.slice(0, -1).forEach((l) => expect(l).not.toMatch(/(^| )[вкиу]$/));
      }),
    );
  });

  it('hyphenates by syllables and the pieces join back into the text', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 16, max: 50 }), (ws, width) => {
        const text = ws.join(' ');
        const lines = breakLines(text, { firstWidth: width, width, measure: byChars, hyphenate: true });
        lines.forEach((l) => expect(byChars(l)).toBeLessThanOrEqual(width));
        const joined = lines.map((l, i) => (i < lines.length - 1 && /[а-яё]-$/i.test(l) && !text.includes(l.split(' ').pop() as string) ? l.slice(0, -1) : `${l} `)).join('');
        expect(joined.replace(/ +/g, ' ').trim()).toBe(text);
      }),
    );
  });

  it.each([
    ['в\u00a0г.\u00a0в\u00a0СИЗО-4\u00a0г.\u00a0в\u00a0в', 18, ['в г. в СИЗО-4 г.', 'в в']],
    ['д.\u00a03\u00a0и\u00a0в\u00a0Тольятти', 9, ['д. 3', 'и в Толья', 'тти']],
  ])('breaks a glued chain wider than the line at a glue that does not follow a one-letter word: %j', (text, width, expected) => {
    expect(breakLines(text, { firstWidth: width, width, measure: byChars })).toEqual(expected);
  });

  it('cuts a word wider than the line rather than overflowing', () => {
    expect(breakLines('ааааааааааааааааааааааааа', { firstWidth: 10, width: 10, measure: byChars })).toEqual(['аааааааааа', 'аааааааааа', 'ааааа']);
  });

  it('measures with the real font: a 170 mm line of 12 pt PT Serif holds 65–100 Russian characters', () => {
    const { metrics } = loadFont(serif);
    const text = 'Пишу вам из Самары, у нас выпал первый снег, и я вспомнил, как в детстве мы катались на санках с горы у Волги, а потом пили чай.';
    const [first] = breakLines(text, { firstWidth: 170, width: 170, measure: (t) => metrics.width(t, 12 * (25.4 / 72)) });
    expect([...(first ?? '')].length).toBeGreaterThan(65);
    expect([...(first ?? '')].length).toBeLessThan(100);
  });
});
