import { describe, expect, it } from 'vitest';
import { detectGender, splitFullName, type Gender } from './index.ts';

describe('detectGender', () => {
  it.each<[string, Gender | null, Gender | null]>([
    ['Беркович Евгения Борисовна', null, 'f'],
    ['Беркович Лев Борисович', null, 'm'],
    ['Беркович Е. Б.', null, null],
    ['Беркович Е. Б.', 'f', 'f'],
    ['Мамедов Ильхам Гейдар оглы', null, 'm'],
    ['Мамедова Севиль Рафик кызы', null, 'f'],
    ['Шмидт Е. Борисовна', 'm', 'f'],
    ['Пак Никита', null, 'm'],
    ['Пак Айгуль', null, 'f'],
    ['Пак Гульназ', null, 'f'],
    ['Пак Любовь', null, 'f'],
    ['Пак Ингрид', null, 'f'],
    ['Пак Саша', null, null],
    ['Пак Саша', 'f', 'f'],
    ['Пак Гульчатай', 'f', 'f'],
    ['Пак Илья', null, 'm'],
    ['Петрова А.', null, 'f'],
    ['Чайковский П.', null, 'm'],
  ])('%s (hint %s) is %s', (text, hint, expected) => {
    expect(detectGender(splitFullName(text), hint)).toBe(expected);
  });
});
