import { describe, expect, it } from 'vitest';
import { formatFullName, splitFullName } from './index.ts';

describe('splitFullName', () => {
  it.each([
    ['Балин Андрей Альбертович', { surname: 'Балин', first: 'Андрей', patronymic: 'Альбертович' }],
    ['Балин А.А.', { surname: 'Балин', first: 'А.', patronymic: 'А.' }],
    ['Балин А. А.', { surname: 'Балин', first: 'А.', patronymic: 'А.' }],
    ['Балин А.А', { surname: 'Балин', first: 'А.', patronymic: 'А.' }],
    ['Мамедов Ильхам Гейдар оглы', { surname: 'Мамедов', first: 'Ильхам', patronymic: 'Гейдар оглы' }],
    ['  Петров\u00a0Иван  ', { surname: 'Петров', first: 'Иван', patronymic: null }],
    ['Петров', { surname: 'Петров', first: null, patronymic: null }],
    ['де Голль Шарль', { surname: 'де Голль', first: 'Шарль', patronymic: null }],
    ['', { surname: '', first: null, patronymic: null }],
  ])('reads "%s"', (text, expected) => {
    expect(splitFullName(text)).toEqual(expected);
  });
});

describe('formatFullName', () => {
  it('writes initials as "А. А." with a space between them', () => {
    expect(formatFullName({ surname: 'Балин', first: 'А.', patronymic: 'А.' })).toBe('Балин А. А.');
    expect(formatFullName({ surname: 'Балин', first: 'А.А.', patronymic: null })).toBe('Балин А. А.');
  });

  it('skips absent parts', () => {
    expect(formatFullName({ surname: 'Петров', first: 'Иван', patronymic: null })).toBe('Петров Иван');
  });

  it('round-trips any split name made of letters', () => {
    for (const text of ['Яшин И. В.', 'Куку Эмир-Усеин Ширинович', 'Мамедова Севиль Рафик кызы']) {
      expect(formatFullName(splitFullName(text))).toBe(text);
    }
  });
});
