import { describe, expect, it } from 'vitest';
import { parseAddress } from '../address/index.ts';
import { staleEntry } from './stale.ts';

// Balin's directory entry is a SIZO address its source dates 2023: flagged as out of date.
const BALIN_SIZO = '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';

describe('staleEntry: an address that is the directory entry its source calls out of date', () => {
  it.each([
    ['the same address as the directory gives it', BALIN_SIZO, 'balin-andrei-albertovich-1974'],
    ['initials instead of the first name', BALIN_SIZO.replace('Балину Андрею Альбертовичу', 'Балину А. А.'), 'balin-andrei-albertovich-1974'],
    ['another person at the same SIZO', BALIN_SIZO.replace('Балину Андрею Альбертовичу', 'Иванову Петру Сергеевичу'), undefined],
    ['the same person at a colony elsewhere', '601120, г. Покров, ФКУ ИК-2 УФСИН России по Владимирской области, Балину Андрею Альбертовичу', undefined],
    ['another first name with the same surname', BALIN_SIZO.replace('Балину Андрею Альбертовичу', 'Балину Сергею Альбертовичу'), undefined],
  ])('%s', (_case, text, id) => {
    expect(staleEntry(parseAddress(text).address)?.id).toBe(id);
  });
});
