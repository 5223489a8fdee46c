import { describe, expect, it } from 'vitest';
import { searchPhrases } from './search-phrases.ts';
import { editDistance } from './edit-distance.ts';

const top = (query: string, lang?: 'ru' | 'en' | 'auto') => searchPhrases(query, { lang, limit: 3 }).map((m) => m.phrase.text.ru);

describe('searchPhrases', () => {
  it.each([
    { query: 'погода', lang: 'ru' as const, expected: 'Какая погода у Вас?', why: 'a whole Russian word' },
    { query: 'пагода', lang: 'ru' as const, expected: 'Какая погода у Вас?', why: 'one typo' },
    { query: 'пгоода', lang: 'auto' as const, expected: 'Какая погода у Вас?', why: 'two letters swapped' },
    { query: 'ещё', lang: 'ru' as const, expected: 'Скоро напишу ещё.', why: 'with ё' },
    { query: 'еще напишу', lang: 'ru' as const, expected: 'Скоро напишу ещё.', why: 'е typed for ё' },
    { query: 'днем рожд', lang: 'auto' as const, expected: 'С днём рождения!', why: 'an unfinished word while typing' },
    { query: 'weather', lang: 'en' as const, expected: 'Какая погода у Вас?', why: 'an English word' },
    { query: 'favourte book', lang: 'auto' as const, expected: 'Есть ли у Вас любимая книга?', why: 'an English typo' },
    { query: 'spasibo', lang: 'auto' as const, expected: 'Спасибо за Ваше письмо!', why: 'Russian typed in Latin letters' },
    { query: 'кот', lang: 'auto' as const, expected: 'У меня есть кот.', why: 'a short word must match exactly' },
    { query: 'рада', lang: 'ru' as const, expected: 'Очень рад{w:|а} снова Вам написать.', why: 'the feminine form of a gendered phrase' },
  ])('finds «$expected» for "$query" ($why)', ({ query, lang, expected }) => {
    expect(top(query, lang)).toContain(expected);
  });

  it('ranks a phrase with every query word above one with some of them', () => {
    const [first] = searchPhrases('первый снег');
    expect(first?.phrase.text.ru).toBe('Выпал первый снег.');
  });

  it('returns nothing for an empty or meaningless query', () => {
    expect(searchPhrases('')).toEqual([]);
    expect(searchPhrases('   ?! ')).toEqual([]);
    expect(searchPhrases('zzzzqqq')).toEqual([]);
  });

  it('filters by topic and limits the count', () => {
    const found = searchPhrases('снег', { topic: 'seasons-weather', limit: 2 });
    expect(found.length).toBeLessThanOrEqual(2);
    expect(found.every((m) => m.phrase.topic === 'seasons-weather')).toBe(true);
  });

  it('does not search English when told to search Russian only', () => {
    expect(searchPhrases('weather', { lang: 'ru' })).toEqual([]);
  });
});

describe('editDistance', () => {
  it.each([
    ['погода', 'погода', 0],
    ['пагода', 'погода', 1],
    ['пгоода', 'погода', 1],
    ['кот', 'кит', 1],
    ['книга', 'кни', 2],
    ['абвгд', 'вгдеж', 3],
  ] as const)('between %s and %s is %i (capped at 3)', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(d);
  });
});
