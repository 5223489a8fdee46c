import { describe, expect, it } from 'vitest';
import { insertPhrase, removeSentence, sentenceSpan, spliceText, typeLatinKey } from './splice.ts';

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

describe('sentenceSpan and removeSentence', () => {
  const letter = 'Здравствуйте, Андрей! Я живу в г. Самара. Я слежу за вашим делом и знаю, что суд был несправедлив. Как вы?\nЖду ответа.';
  const at = (word: string) => [letter.indexOf(word), letter.indexOf(word) + word.length] as const;

  it.each([
    ['делом', 'Я слежу за вашим делом и знаю, что суд был несправедлив. '],
    ['Самара', 'Я живу в г. Самара. '],
    ['Андрей', 'Здравствуйте, Андрей! '],
    ['Как', 'Как вы?'],
    ['ответа', 'Жду ответа.'],
  ])('finds the sentence around «%s»', (word, sentence) => {
    const [start, end] = at(word);
    const span = sentenceSpan(letter, start, end);
    expect(letter.slice(span.start, span.end)).toBe(sentence);
  });

  it.each([
    ['делом', 'Здравствуйте, Андрей! Я живу в г. Самара. Как вы?\nЖду ответа.'],
    ['Как', 'Здравствуйте, Андрей! Я живу в г. Самара. Я слежу за вашим делом и знаю, что суд был несправедлив.\nЖду ответа.'],
    ['ответа', 'Здравствуйте, Андрей! Я живу в г. Самара. Я слежу за вашим делом и знаю, что суд был несправедлив. Как вы?'],
  ])('removes the sentence around «%s» and leaves the rest as it was', (word, result) => {
    const [start, end] = at(word);
    expect(removeSentence(letter, start, end).text).toBe(result);
  });

  it('removes a line that was one sentence together with its line break', () => {
    expect(removeSentence('Привет!\n\nСуд был вчера.\n\nПока.', 9, 12).text).toBe('Привет!\n\nПока.');
  });

  it('handles a finding that spans two sentences and the text edges', () => {
    const text = 'Один. Два суд. Три суд. Четыре.';
    expect(removeSentence(text, 9, 20).text).toBe('Один. Четыре.');
    expect(removeSentence('суд', 0, 3).text).toBe('');
  });
});
