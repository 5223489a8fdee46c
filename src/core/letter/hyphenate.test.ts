import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hyphenationPoints } from './hyphenate.ts';

/** Every allowed single break, e.g. "сестра" → "сес-тра | сест-ра". */
const alternatives = (word: string) =>
  hyphenationPoints(word)
    .map((p) => `${word.slice(0, p)}-${word.slice(p)}`)
    .join(' | ');

describe('hyphenationPoints', () => {
  it.each([
    ['сестра', 'сес-тра | сест-ра'],
    ['подъезд', 'подъ-езд'],
    ['майка', 'май-ка'],
    ['красивый', 'кра-сивый | краси-вый'],
    ['Тольятти', 'Толь-ятти | Тольят-ти'],
    ['письмо', 'пись-мо'],
    ['радио', 'ра-дио'],
  ])('allows %s to break as %s', (word, expected) => {
    expect(alternatives(word)).toBe(expected);
  });

  it.each(['СИЗО', 'ГУФСИН', 'мир', 'дом', 'ИК-3', 'Hello', 'взять'])('leaves %s whole', (word) => {
    expect(hyphenationPoints(word)).toEqual([]);
  });

  it('never leaves a single letter, a part without a vowel, or a part starting with ь, ъ, й', () => {
    const letters = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'.split('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 14 }), (chars) => {
        const word = chars.join('');
        for (const p of hyphenationPoints(word)) {
          for (const part of [word.slice(0, p), word.slice(p)]) {
            expect(part.length).toBeGreaterThanOrEqual(2);
            expect(part).toMatch(/[аеёиоуыэюя]/);
          }
          expect(word.slice(p)).not.toMatch(/^[ьъй]/);
        }
      }),
    );
  });
});
