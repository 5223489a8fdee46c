import { describe, expect, it } from 'vitest';
import { allMatches } from './matches.ts';

// allMatches replaces `text.matchAll` on the hot path; it must find exactly the same matches,
// including empty ones and ones next to characters outside the Basic Multilingual Plane.
const CASES: [string, RegExp, string][] = [
  ['words', /\p{L}+/gu, 'Привет, мир! Hello'],
  ['empty matches', /x*/g, 'axxbx'],
  ['empty matches by code point', /(?:)/gu, 'a🌈b'],
  ['empty matches by code unit', /(?:)/g, 'a🌈b'],
  ['a lookbehind', /(?<![\p{L}])я\s+(\p{L}+)/giu, 'Я написала, а я пришла'],
  ['no match', /\d+/g, 'без цифр'],
  ['emoji', /🌈|🏳️‍🌈/gu, '🏳️‍🌈 и 🌈'],
];

describe('allMatches', () => {
  it.each(CASES)('finds what matchAll finds: %s', (_name, re, text) => {
    const expected = [...text.matchAll(re)].map((m) => [m.index, ...m]);
    expect(allMatches(re, text).map((m) => [m.index, ...m])).toEqual(expected);
    // Twice in a row: the expression is reused, so it must be left ready for the next call.
    expect(allMatches(re, text).map((m) => [m.index, ...m])).toEqual(expected);
  });

  it('refuses an expression that is not global', () => {
    expect(() => allMatches(/a/, 'aaa')).toThrow(/global/);
  });
});
