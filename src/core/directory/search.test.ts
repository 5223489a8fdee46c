import { describe, expect, it } from 'vitest';
import { importList } from './list-import.ts';
import { buildSearchIndex, searchPrisoners, skeleton } from './search.ts';

const LIST = [
  '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.',
  '656021, Алтайский край, г. Барнаул, Канатный пр-д, д. 81, ФКУ СИЗО-1 УФСИН России по Алтайскому краю, Ковалёву Дмитрию Андреевичу, 1996 г. р.',
  '364037, Чеченская Республика, г. Грозный, ул. Кунта-Хаджи Кишиева, д. 2, ФКУ СИЗО-1 УФСИН России по Чеченской Республике, Хасанову Юрию Ильичу, 1979 г. р.',
  '677901, Республика Саха (Якутия), г. Якутск, ФКУ ИК-6 УФСИН России по Республике Саха (Якутия), Щукиной Евгении Сергеевне, 1982 г. р.',
].join('\n\n');
const index = buildSearchIndex(importList(LIST, { today: '2026-12-06' }).records);
const find = (q: string) => searchPrisoners(index, q).map((r) => r.surname);

describe('searchPrisoners', () => {
  it.each<[string, string[]]>([
    // Name, in Cyrillic and in the usual Latin spellings.
    ['Балин', ['Балин']],
    ['balin', ['Балин']],
    ['Kovalev', ['Ковалёв']],
    ['Kovalyov', ['Ковалёв']],
    ['Ковалев', ['Ковалёв']],
    ['Khasanov', ['Хасанов']],
    ['Hasanov', ['Хасанов']],
    ['Yuri', ['Хасанов']],
    ['Iurii', ['Хасанов']],
    ['Shchukina', ['Щукина']],
    ['Schukina', ['Щукина']],
    ['Yevgeniya', ['Щукина']],
    ['Andrey', ['Балин']],
    // Town, region, institution.
    ['Tolyatti', ['Балин']],
    ['Тольятти', ['Балин']],
    ['Barnaul', ['Ковалёв']],
    ['Altai', ['Ковалёв']],
    ['Yakutiya', ['Щукина']],
    ['Grozny', ['Хасанов']],
    ['SIZO-1', ['Ковалёв', 'Хасанов']],
    ['сизо 1 грозный', ['Хасанов']],
    ['ik 6', ['Щукина']],
    // Every word must fit.
    ['Balin Barnaul', []],
    ['Petrov', []],
  ])('%s → %j', (query, want) => {
    expect(find(query)).toEqual(want);
  });

  it('ranks a surname before the same word elsewhere', () => {
    const idx = buildSearchIndex(importList('445023, г. Тольятти, ФКУ СИЗО-4, Андрееву Ивану Ильичу\n\n445023, г. Тольятти, ФКУ СИЗО-4, Петрову Андрею Ильичу', { today: '2026-12-06' }).records);
    expect(searchPrisoners(idx, 'Andre').map((r) => r.surname)).toEqual(['Андреев', 'Петров']);
  });

  it('gives every record for an empty query', () => {
    expect(find('  ')).toHaveLength(4);
  });

  it.each([
    ['Yuriy', 'iuri'],
    ['Iurii', 'iuri'],
    ['Khodorkovsky', 'hodorkovski'],
    ['xodorkovskij', 'ksodorkovski'],
    ['Tolyatti', 'toliati'],
  ])('reduces %s to a spelling-free skeleton', (latin, want) => {
    expect(skeleton(latin)).toBe(want);
  });
});
