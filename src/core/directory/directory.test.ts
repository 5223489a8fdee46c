import { describe, expect, it } from 'vitest';
import prisoners from '../../data/prisoners.json';
import { loadDirectory } from './directory.ts';
import { validatePrisoner } from './validate.ts';

describe('the bundled directory', () => {
  it('holds Andrei Balin with the address Memorial published', () => {
    const balin = loadDirectory().find((p) => p.id === 'balin-andrei-albertovich-1974');
    expect(balin).toMatchObject({
      surname: 'Балин',
      first: 'Андрей',
      patronymic: 'Альбертович',
      gender: 'm',
      birthYear: 1974,
      institution: 'СИЗО-4',
      address: { index: '445023', region: 'Самарская обл.', locality: 'Тольятти', street: 'Хрящевское ш.', house: '3' },
      checkedAt: '2023-03-17',
      addressMayBeStale: true,
      languages: ['ru'],
    });
    expect(balin?.source.url).toMatch(/^https:\/\/memopzk\.org\//);
  });

  it.each(prisoners as unknown[])('has a valid record %#', (record) => {
    expect(validatePrisoner(record)).toEqual([]);
  });
});

describe('validatePrisoner', () => {
  const good = (prisoners as Record<string, unknown>[])[0] as Record<string, unknown>;

  it.each([
    ['a string', 'x', 'not-an-object'],
    ['no surname', { ...good, surname: '' }, 'missing-field'],
    ['a bad gender', { ...good, gender: 'x' }, 'bad-gender'],
    ['an impossible birth year', { ...good, birthYear: 1812 }, 'bad-birth-year'],
    ['a bad date', { ...good, checkedAt: '2026-02-30' }, 'bad-date'],
    ['a non-web source', { ...good, source: { url: 'ftp://x', title: '' } }, 'bad-url'],
    ['a five-digit postcode', { ...good, address: { ...(good.address as object), index: '44502' } }, 'bad-index'],
    ['languages as a string', { ...good, languages: 'ru' }, 'bad-type'],
  ])('reports %s', (_label, record, code) => {
    expect(validatePrisoner(record).map((e) => e.code)).toContain(code);
  });
});
