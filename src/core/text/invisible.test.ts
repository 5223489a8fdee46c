import { describe, expect, it } from 'vitest';
import { isInvisibleFormat, visibleField, visibleText } from './invisible.ts';

describe('visibleText', () => {
  it.each([
    ['zero-width space', 'При\u200Bвет', 'Привет'],
    ['byte-order mark', '\uFEFFПривет', 'Привет'],
    ['direction marks and isolates', '\u200EПривет\u2066 мир\u2069\u200F', 'Привет мир'],
    ['a bidi override', 'abc\u202Edef\u202C', 'abcdef'],
    ['word joiner and soft hyphen', 'пере\u00ADнос\u2060', 'перенос'],
    ['NUL and other controls', 'a\u0000b\u0007c\u001Bd\u007Fe\u0090f', 'abcdef'],
    ['line separators', 'один\u2028два\u0085три', 'один\nдва\nтри'],
    ['a paragraph separator', 'один\u2029два', 'один\n\nдва'],
    ['CR LF and CR', 'a\r\nb\rc', 'a\nb\nc'],
    ['tabs', 'a\tb', 'a b'],
    ['a lone high surrogate', 'a\uD83Db', 'a\uFFFDb'],
    ['a lone low surrogate', 'a\uDE00b', 'a\uFFFDb'],
    ['a whole emoji with its joiner', '👩\u200D💻', '👩\u200D💻'],
    ['Russian with stress marks and NBSP', 'Здра\u0301вствуйте,\u00A0Андрей', 'Здра\u0301вствуйте,\u00A0Андрей'],
  ])('cleans %s', (_, input, output) => {
    expect(visibleText(input)).toBe(output);
  });

  it('is linear: a megabyte of invisible characters takes milliseconds', () => {
    const text = '\u200B\u202E\u0000я'.repeat(250_000);
    const started = performance.now();
    expect(visibleText(text)).toBe('я'.repeat(250_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each([0x200b, 0xfeff, 0x202e, 0x2066, 0xad])('knows U+%s is invisible', (cp) => {
    expect(isInvisibleFormat(cp)).toBe(true);
  });

  it.each([0x20, 0x410, 0xa0, 0x200d, 0x2028])('does not call U+%s invisible format', (cp) => {
    expect(isInvisibleFormat(cp)).toBe(false);
  });
});

describe('visibleField', () => {
  it.each([
    ['ФКУ\u0000 ИК-3\n УФСИН', 'ФКУ ИК-3 УФСИН'],
    ['  \u200BИванов\u200D  ', 'Иванов'],
  ])('makes %j one clean line', (input, output) => {
    expect(visibleField(input)).toBe(output);
  });
});
