import { describe, expect, it } from 'vitest';
import en from '../../locales/en/checker.json';
import ru from '../../locales/ru/checker.json';
import { counted } from './plural.ts';

describe('counted', () => {
  it.each([
    ['en', 1, '1 finding, 1 of them very likely to stop the letter.'],
    ['en', 3, '3 findings, 1 of them very likely to stop the letter.'],
    ['ru', 1, '1 замечание, из них почти наверняка не пропустят: 1.'],
    ['ru', 3, '3 замечания, из них почти наверняка не пропустят: 1.'],
    ['ru', 5, '5 замечаний, из них почти наверняка не пропустят: 1.'],
    ['ru', 21, '21 замечание, из них почти наверняка не пропустят: 1.'],
  ] as const)('%s, %i findings: the form i18next would pick', (lang, count, expected) => {
    expect(counted((lang === 'en' ? en : ru).cli, 'count', lang, { count, strong: 1 })).toBe(expected);
  });

  it('leaves a placeholder it has no value for as it is, and falls back to the "other" form', () => {
    expect(counted({ n_other: '{{count}} of {{total}}' }, 'n', 'en', { count: 1 })).toBe('1 of {{total}}');
  });
});
