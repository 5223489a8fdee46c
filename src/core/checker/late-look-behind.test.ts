import { describe, expect, it } from 'vitest';
import { corpusText } from '../../../scripts/bench/checker.ts';
import { RULES } from './catalogue.ts';
import { lookBehindLate } from './late-look-behind.ts';
import { allMatches } from './matches.ts';

const L = '(?<!(?:\\p{L}).)';

describe('lookBehindLate', () => {
  it.each([
    ['(?<!\\p{L})сколько\\s+надо', `с${L}колько\\s+надо`],
    ['(?<!\\p{L})(?:[Дд]ругу|[Пп]одруге)', `(?:[Дд]${L}ругу|[Пп]${L}одруге)`],
    ['(?<!\\p{L})(там|туда)\\s', `(т${L}ам|т${L}уда)\\s`],
    ['(?<![\\p{L}.])[хпб]+\\.', '[хпб](?<!(?:[\\p{L}.]).)[хпб]*\\.'],
  ])('moves the look-behind of %s after the first character', (source, expected) => {
    expect(lookBehindLate(source, 'giu')).toBe(expected);
  });

  it.each([
    // Broad first steps: no faster, so left alone.
    '(?<![\\p{L}*])[а-яё]+[*]{1,5}[а-яё]+',
    '(?<!\\p{L})\\p{Lu}\\p{L}+str',
    // An optional first step, a quantified group, a branch without a first character, a capture inside.
    '(?<!\\p{L})x?y',
    '(?<!\\p{L})(?:ab|cd)+',
    '(?<!\\p{L})(?:ab|(?:c|d)e)',
    '(?<!(\\p{L}))ab',
    // A first step that may be a line break, and no look-behind at all.
    '(?<!\\p{L})[\\n\\r]x',
    'ab(?<!\\p{L})',
  ])('leaves %s alone', (source) => {
    expect(lookBehindLate(source, 'giu')).toBe(source);
  });

  // Every pattern of the catalogue, moved or not, finds the same matches (index, text, groups).
  const text = `${corpusText()}\nОткрытая Россия; сколько надо? нисколько надо. Другу передай, подругу тоже. ул. Ленина, д. 5. Под Бахмутом`;
  const patterns = RULES.flatMap((r) => (r.patterns ?? []).map((p) => [r.id, p, r.matchCase ? 'gu' : 'giu'] as const));
  it.each(patterns)('%s: %s matches as before', (_id, source, flags) => {
    const shown = (re: RegExp) => allMatches(re, text).map((m) => [m.index, ...m]);
    expect(shown(new RegExp(lookBehindLate(source, flags), flags))).toEqual(shown(new RegExp(source, flags)));
  });
});
