import { describe, expect, it } from 'vitest';
import { insertPhrase, spliceText, typeLatinKey } from './splice.ts';

describe('spliceText', () => {
  it.each([
    ['abc', 1, 2, 'X', 'aXc', 2],
    ['abc', 3, 3, 'd', 'abcd', 4],
    ['abc', 0, 3, '', '', 0],
    ['abc', 2, 1, 'X', 'aXc', 2],
    ['abc', 10, 12, 'X', 'abcX', 4],
  ])('replaces %j[%i,%i) with %j', (text, start, end, insert, result, caret) => {
    expect(spliceText(text, start, end, insert)).toEqual({ text: result, caret });
  });
});

describe('insertPhrase', () => {
  it('adds a space before a phrase that follows a word', () => {
    expect(insertPhrase('Привет!', 7, 7, 'Как дела?')).toEqual({ text: 'Привет! Как дела?', caret: 17 });
  });
  it('adds nothing at the start of an empty letter', () => {
    expect(insertPhrase('', 0, 0, 'Здравствуйте!')).toEqual({ text: 'Здравствуйте!', caret: 13 });
  });
  it('keeps the words after the cursor apart', () => {
    expect(insertPhrase('ab', 1, 1, 'X').text).toBe('a X b');
  });
});

describe('typeLatinKey', () => {
  function type(keys: string): string {
    let text = '';
    for (const key of keys) text = typeLatinKey(text, text.length, text.length, key).text;
    return text;
  }
  it.each([
    ['privet', 'привет'],
    ['shchi', 'щи'],
    ['Zhenya ', 'Женя '],
  ])('turns typed %j into %j', (keys, cyrillic) => {
    expect(type(keys)).toBe(cyrillic);
  });

  it('edits in the middle of a text and puts the cursor after the new letter', () => {
    const start = 'мир';
    const result = typeLatinKey(start, 0, 0, 'd');
    expect(result).toEqual({ text: 'дмир', caret: 1 });
  });
});
