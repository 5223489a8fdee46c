import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { importPrisoners } from './import.ts';

const opts = { today: '2026-11-25', source: { url: 'https://example.org/list', title: 'List' } };

const CSV = `ФИО;Год рождения;Адрес;Источник;Дата проверки
Балин Андрей Альбертович;1974;"445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.";https://memopzk.org/;2026-11-20
;;"601120, Владимирская обл., Петушинский р-н, г. Покров, ул. Франца Штольверка, д. 100, ФКУ ИК-2 УФСИН России по Владимирской области, Горинову Алексею Александровичу, 1961 г.р.";;
Без Адреса Никакого;1980;;;
Балин Андрей Альбертович;1974;"431200, Республика Мордовия, Теньгушевский р-н, п. Барашево, ФКУ ИК-5 УФСИН России по Республике Мордовия, Балину Андрею Альбертовичу, 1974 г. р.";https://memopzk.org/;2026-11-24
Петров Пётр;19x0;"170000, г. Тверь, Петрову Петру";;
`;

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b,c\n"1, 2","say ""hi""","line\nbreak"\n')).toEqual([
      ['a', 'b', 'c'],
      ['1, 2', 'say "hi"', 'line\nbreak'],
    ]);
  });

  it('detects semicolons and tabs', () => {
    expect(parseCsv('a;b\n1;2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseCsv('a\tb\n1\t2')).toEqual([['a', 'b'], ['1', '2']]);
  });
});

describe('importPrisoners from CSV', () => {
  const result = importPrisoners(CSV, 'csv', opts);

  it('keeps the valid rows and takes names from the address when the name column is empty', () => {
    expect(result.records.map((r) => [r.surname, r.first, r.birthYear, r.institution])).toEqual([
      ['Балин', 'Андрей', 1974, 'ИК-5'],
      ['Горинов', 'Алексей', 1961, 'ИК-2'],
    ]);
  });

  it('merges duplicates by name and birth year, the later-checked address winning', () => {
    const balin = result.records[0];
    expect(balin?.address.region).toBe('Республика Мордовия');
    expect(balin?.checkedAt).toBe('2026-11-24');
    expect(result.errors).toContainEqual({ row: 4, code: 'duplicate-merged', params: { first: 1 } });
  });

  it('reports rows without an address and with a bad birth year', () => {
    expect(result.errors).toContainEqual({ row: 3, code: 'no-address' });
    expect(result.errors).toContainEqual({ row: 5, code: 'bad-birth-year', params: { value: 'NaN' } });
  });

  it('fills checkedAt and source from the options', () => {
    expect(result.records[1]?.checkedAt).toBe('2026-11-25');
    expect(result.records[1]?.source).toEqual(opts.source);
  });
});

describe('importPrisoners from JSON', () => {
  it('reads records in the directory shape', () => {
    const json = JSON.stringify([
      {
        surname: 'Балин',
        first: 'Андрей',
        patronymic: 'Альбертович',
        birthYear: 1974,
        oneLineAddress: '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.',
        source: { url: 'https://memopzk.org/', title: 'Memorial' },
        checkedAt: '2026-11-25',
        languages: ['ru'],
        notes: { ru: 'заметка', en: 'note' },
      },
    ]);
    const { records, errors } = importPrisoners(json, 'json');
    expect(errors).toEqual([]);
    expect(records[0]).toMatchObject({ id: 'balin-andrei-albertovich-1974', institution: 'СИЗО-4', notes: { ru: 'заметка', en: 'note' } });
  });

  it('reports broken JSON instead of throwing', () => {
    expect(importPrisoners('[{', 'json').errors[0]?.code).toBe('bad-json');
  });

  it('reports a record with no source when none is given', () => {
    const { records, errors } = importPrisoners(JSON.stringify([{ oneLineAddress: '445023, г. Тольятти, Балину Андрею Альбертовичу', checkedAt: '2026-11-25' }]), 'json');
    expect(records).toEqual([]);
    expect(errors).toContainEqual({ row: 1, code: 'missing-field', params: { field: 'source' } });
  });
});
