import { describe, expect, it } from 'vitest';
import { formatSender } from './sender.ts';
import { NBSP } from './typography.ts';

describe('formatSender', () => {
  it('puts a Cyrillic name in the genitive for "От кого"', () => {
    const block = formatSender({ surname: 'Иванова', first: 'Мария', patronymic: 'Петровна', lines: ['ул. Ленина, д. 5, кв. 2', 'г. Самара'], index: '443001', country: null });
    expect(block).toEqual({ from: ['Ивановой Марии Петровны'], where: [`ул.${NBSP}Ленина, д.${NBSP}5, кв.${NBSP}2`, `г.${NBSP}Самара`], index: '443001' });
  });

  it('keeps a Latin name and address as written and adds the country in capitals', () => {
    const block = formatSender({ surname: 'Smith', first: 'Anna', patronymic: null, lines: ['12 High Street', 'Oxford OX1 4AB'], index: null, country: 'United Kingdom' });
    expect(block).toEqual({ from: ['Smith Anna'], where: ['12 High Street', 'Oxford OX1 4AB', 'UNITED KINGDOM'], index: null });
  });

  it('does not add a country line for Russia', () => {
    expect(formatSender({ surname: 'Петров', first: 'Иван', patronymic: null, lines: ['г. Тверь'], index: '170000', country: 'Россия' }).where).toEqual([`г.${NBSP}Тверь`]);
  });

  it('returns an empty "from" when the writer left the name out', () => {
    expect(formatSender({ surname: ' ', first: null, patronymic: null, lines: [], index: null, country: null }).from).toEqual([]);
  });
});
