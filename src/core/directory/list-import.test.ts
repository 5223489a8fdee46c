import { describe, expect, it } from 'vitest';
import { csvLayout, memorialLayout, samplePeople } from './fixtures/sample-list.ts';
import { importList, importListInChunks, type ListImport } from './list-import.ts';

const opts = { today: '2026-12-06' };
const BALIN = '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';
const GORINOV = '601120, Владимирская обл., г. Покров, ул. Франца Штольверка, д. 100, ФКУ ИК-2 УФСИН России по Владимирской области, Горинову Алексею Александровичу, 1961 г. р.';
const names = (r: ListImport) => r.records.map((p) => `${p.surname} ${p.first} ${p.patronymic ?? ''} ${p.birthYear ?? ''}`.replace(/\s+/g, ' ').trim());
const TWO = ['Балин Андрей Альбертович 1974', 'Горинов Алексей Александрович 1961'];

describe('importList reads the layouts lists are published in', () => {
  it.each<[string, string, string[]]>([
    ['Memorial: heading, a line about the person, "Адрес для писем:"', `Список\n\nБалин Андрей Альбертович\nАктивист из Тольятти.\nАдрес для писем: ${BALIN}\n\nГоринов Алексей Александрович\nАдрес для писем: ${GORINOV}`, TWO],
    ['OVD-Info: heading, article, the address over several lines', `Андрей Балин\nСтатья: 207.3 УК\nАдрес для писем:\nФКУ СИЗО-4 ГУФСИН России по Самарской области,\n445023, г. Тольятти, Хрящевское ш., д. 3,\nБалину Андрею Альбертовичу, 1974 г. р.\nАлексей Горинов\nАдрес: ${GORINOV}`, TWO],
    ['Crimean Solidarity: name with the year in brackets, "Адрес:"', `Андрей Балин (1974 г.р.)\nАдрес: ${BALIN}\n\nАлексей Горинов (1961 г.р.)\nАдрес: ${GORINOV}`, TWO],
    ['Solidarity Zone: "Кому:" and "Куда:"', 'Кому: Балину Андрею Альбертовичу, 1974 г.р.\nКуда: 445023, г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4\nКому: Горинову Алексею Александровичу, 1961 г.р.\nКуда: 601120, г. Покров, ФКУ ИК-2', TWO],
    ['one address per paragraph, the name first', 'Балину Андрею Альбертовичу, 1974 г. р.\nФКУ СИЗО-4 ГУФСИН России по Самарской области\nХрящевское ш., д. 3, г. Тольятти, 445023\n\nГоринову Алексею Александровичу, 1961 г. р.\nФКУ ИК-2, г. Покров, 601120', TWO],
    ['one address per line', `${BALIN}\n${GORINOV}`, TWO],
    ['a heading whose address names nobody', 'Балин Андрей Альбертович, 1974 г. р.\nАдрес для писем: 445023, г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4', ['Балин Андрей Альбертович 1974']],
    ['CSV, columns in any order, Russian headers, semicolons', `Год рождения;Адрес для писем;ФИО\n1974;"${BALIN}";Балин Андрей Альбертович\n1961;"${GORINOV}";`, TWO],
    ['CSV, English headers, the address split into columns', 'Surname,First name,Patronymic,Postcode,City,Street,House,Institution,Year of birth\nБалин,Андрей,Альбертович,445023,г. Тольятти,Хрящевское ш.,3,ФКУ СИЗО-4 ГУФСИН России по Самарской области,1974', ['Балин Андрей Альбертович 1974']],
    ['JSON array of objects with any keys', JSON.stringify([{ 'Адрес для писем': BALIN }, { address: GORINOV, name: 'Горинов Алексей Александрович' }]), TWO],
    ['JSON object holding the list', JSON.stringify({ prisoners: [BALIN, GORINOV] }), TWO],
  ])('%s', (_, text, want) => {
    const result = importList(text, opts);
    expect(names(result)).toEqual(want);
    expect(result.rows.every((r) => r.status === 'ok')).toBe(true);
  });

  it('puts the name in the dative into the address when only a heading gave it', () => {
    const { records } = importList('Балин Андрей Альбертович, 1974 г. р.\nАдрес для писем: 445023, г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4', opts);
    expect(records[0]?.oneLineAddress).toBe('445023, г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4, Балину Андрею Альбертовичу, 1974 г. р.');
  });

  it('adds an institution kept in its own column to the address', () => {
    const { records } = importList(`Адрес;Учреждение\n"445023, г. Тольятти, Хрящевское ш., д. 3, Балину Андрею Альбертовичу";ФКУ СИЗО-4 ГУФСИН России по Самарской области`, opts);
    expect(records[0]).toMatchObject({ institution: 'СИЗО-4', institutionFull: 'ФКУ СИЗО-4 ГУФСИН России по Самарской области' });
  });
});

describe('importList reports every row it could not use, with the reason', () => {
  it.each<[string, string, string]>([
    ['no address', 'ФИО;Адрес\nИванов Иван;', 'no-address'],
    ['no name anywhere', '170100, г. Тверь, ФКУ СИЗО-1 УФСИН России по Тверской области', 'no-name'],
    ['a name but no place', 'Адрес\n"Иванову Ивану Ивановичу, 1980 г. р."', 'no-place'],
    ['a name in Latin letters only', 'Name,Postcode,City\nAndrei Balin,445023,г. Тольятти', 'latin-name'],
    ['a birth year that is no year', `Адрес;Год рождения\n"${BALIN}";19x0`, 'bad-birth-year'],
  ])('%s', (_, text, code) => {
    const { rows, records } = importList(text, opts);
    expect(records).toEqual([]);
    expect(rows).toEqual([expect.objectContaining({ row: 1, status: 'failed', problems: [expect.objectContaining({ code })] })]);
  });

  it.each<[string, string, string]>([
    ['broken JSON', '[{"address": ', 'bad-json'],
    ['a table with no column it knows', 'колонка1;колонка2\nа;б', 'unknown-columns'],
  ])('says what is wrong with the whole file: %s', (_, text, code) => {
    const { errors, rows } = importList(text, { ...opts, format: text.startsWith('[') ? 'json' : 'csv' });
    expect(rows).toEqual([]);
    expect(errors[0]?.code).toBe(code);
  });

  it('reads no more rows than the limit and says how many there were', () => {
    const result = importList(`${BALIN}\n${GORINOV}`, { ...opts, maxRows: 1 });
    expect(result.rows).toHaveLength(1);
    expect(result.errors).toEqual([{ code: 'too-many-rows', params: { count: 2, max: 1 } }]);
  });

  it('lists the lines of page text that held no address, with their numbers', () => {
    const { skipped } = importList(`Как написать письмо\n\n${BALIN}\n\nПоддержать проект`, opts);
    expect(skipped).toEqual([
      { line: 1, text: 'Как написать письмо' },
      { line: 5, text: 'Поддержать проект' },
    ]);
  });

  it('keeps the warnings of each row beside it', () => {
    const { rows } = importList('Балину Андрею Альбертовичу, г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4', opts);
    expect(rows[0]?.warnings.map((w) => w.code)).toContain('no-index');
  });
});

describe('importList merges rows naming the same person', () => {
  it.each<[string, string]>([
    ['same name and birth year', `${BALIN}\n\n${BALIN.replace('СИЗО-4', 'СИЗО-1')}`],
    ['one of the two without a birth year', `${BALIN}\n\n${BALIN.replace(', 1974 г. р.', '')}`],
  ])('%s', (_, text) => {
    const { rows, records } = importList(text, opts);
    expect(records).toHaveLength(1);
    expect(rows[1]).toMatchObject({ status: 'merged', sameAs: 1, problems: [{ code: 'duplicate-merged', params: { first: 1 } }] });
  });

  it('keeps two people of the same name born in different years apart', () => {
    expect(importList(`${BALIN}\n\n${BALIN.replace('1974', '1990')}`, opts).records).toHaveLength(2);
  });
});

describe('importList on longer lists', () => {
  const people = samplePeople(200);

  it.each([
    ['Memorial layout', memorialLayout(people)],
    ['CSV', csvLayout(people)],
  ])('reads all 200 rows of a list in %s, in order, with their names', (_, text) => {
    const result = importList(text, opts);
    expect(result.records.map((r) => [r.surname, r.first, r.patronymic, r.birthYear])).toEqual(people.map((p) => [p.surname, p.first, p.patronymic, p.birthYear]));
  });

  it('gives the same result a chunk at a time, reporting progress', async () => {
    const text = csvLayout(people);
    const progress: number[] = [];
    const chunked = await importListInChunks(text, opts, { chunk: 50, onProgress: (done) => progress.push(done), pause: () => Promise.resolve() });
    expect(chunked.records).toEqual(importList(text, opts).records);
    expect(progress).toEqual([0, 50, 100, 150, 200]);
  });
});
