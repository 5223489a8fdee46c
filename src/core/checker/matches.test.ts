import { describe, expect, it } from 'vitest';
import { allMatches, requiredChars } from './matches.ts';

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

describe('requiredChars', () => {
  it.each([
    ['a one-mark class with a count', '(?<![\\p{L}*])[а-яё]+[*]{1,5}[а-яё]+(?![\\p{L}*])', ['*']],
    ['quotation marks around a phrase', '«[^»\\s]{1,20}(?:\\s[^»\\s]{1,15})?»(?=[^.!?]{0,60}?передал)', ['«', '»']],
    ['an escaped slash', '\\s\\/\\s\\w+', ['/']],
    ['an optional mark', 'ник\\s*:?\\s*@?\\w+', []],
    ['a mark with {0,n}', 'a"{0,2}b', []],
    ['a top-level alternation', '«туда»|там', []],
    ['marks only inside a group', '(?:«|")дорог', []],
    ['marks only inside a lookahead', 'слово(?=»)', []],
    ['a negated class', '[^*]+', []],
    ['property escapes are skipped whole', '\\p{Lu}:\\u{1F308}', [':']],
  ])('%s', (_name, source, expected) => {
    expect(requiredChars(source)).toEqual(expected);
  });

  it.each([
    ['(?<![\\p{L}*])[а-яё]+[*]{1,5}[а-яё]+(?![\\p{L}*])', 'бл*ть и х**нь'],
    ['«[^»\\s]{1,20}»', 'в «чемодане» всё'],
  ])('names characters that every match of %s contains', (source, text) => {
    const matches = allMatches(new RegExp(source, 'giu'), text);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) for (const ch of requiredChars(source)) expect(m[0]).toContain(ch);
  });
});
