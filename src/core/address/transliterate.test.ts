import { describe, expect, it } from 'vitest';
import { transliterate } from './transliterate.ts';

describe('transliterate', () => {
  it.each([
    ['Балин Андрей Альбертович', 'Balin Andrej Al`bertovich', 'Balin Andrei Albertovich'],
    ['Щукин', 'Shhukin', 'Shchukin'],
    ['ЩУКИН', 'SHHUKIN', 'SHCHUKIN'],
    ['Цыганов', 'Cy`ganov', 'Tsyganov'],
    ['Юлия', 'Yuliya', 'Iuliia'],
    ['Хрящевское шоссе', 'Xryashhevskoe shosse', 'Khriashchevskoe shosse'],
    ['Объезд', 'Ob``ezd', 'Obieezd'],
    ['Ёжиков', 'Yozhikov', 'Ezhikov'],
    ['Царицыно', 'Czaricy`no', 'Tsaritsyno'],
    ['Эльвира', 'E`l`vira', 'Elvira'],
    ['Тольятти, д. 3', 'Tol`yatti, d. 3', 'Toliatti, d. 3'],
  ])('writes %s as %s (GOST 7.79 B) and %s (passport)', (cyr, gost, passport) => {
    expect(transliterate(cyr, 'gost779b')).toBe(gost);
    expect(transliterate(cyr, 'passport')).toBe(passport);
  });

  it('leaves Latin text, digits and punctuation alone', () => {
    expect(transliterate('Berlin 10115, Germany!', 'passport')).toBe('Berlin 10115, Germany!');
  });
});
