import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteSpans, sentenceStarts } from './structure.ts';
import { spellingTable, tokenise } from './tokenise.ts';

describe('tokenise', () => {
  it('gives offsets into the original text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const t of tokenise(text)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.start).toBeLessThan(t.end);
        }
      }),
    );
  });

  it.each([
    ['Вся эта в о й н а — преступление.', 'в о й н а', 'война'],
    ['Эти с у к и в погонах', 's', 'суки'],
    ['П.У.Т.И.Н опять', 'П.У.Т.И.Н', 'путин'],
    ['Е б а т ь, как я скучаю', 'Е б а т ь', 'ебать'],
  ])('joins spaced letters in «%s»', (text, _raw, word) => {
    expect(tokenise(text).some((t) => t.forms.includes(word))).toBe(true);
  });

  it('keeps a hyphenated word whole and its parts', () => {
    const [t] = tokenise('сим-карта');
    expect(t?.forms).toEqual(['симкарта', 'сим', 'карта']);
    expect(t?.raw).toBe('сим-карта');
  });

  it('keeps masking characters inside a word', () => {
    const [t] = tokenise('бл*, ну и ну');
    expect(t?.raw).toBe('бл*');
    expect(t?.masked).toBe(true);
  });

  it('marks words inside a quoted title', () => {
    const tokens = tokenise('Перечитываю «Прощай, оружие!» Хемингуэя.');
    expect(tokens.find((t) => t.raw === 'оружие')?.inTitle).toBe(true);
    expect(tokens.find((t) => t.raw === 'Хемингуэя')?.inTitle).toBe(false);
  });

  it('does not take a slogan for a title', () => {
    expect(tokenise('На плакатах было «Нет войне».').find((t) => t.raw === 'войне')?.inTitle).toBe(false);
  });

  it.each([
    ['Про «зелёный чемодан» не волнуйся.', 'чемодан', true],
    ['Про «Мастера и Маргариту» помнишь?', 'Маргариту', false],
  ])('tells a quoted phrase from a quoted name in «%s»', (text, word, plain) => {
    expect(tokenise(text).find((t) => t.raw === word)?.inPlainQuote).toBe(plain);
  });
});

// Words are read once per spelling and kept in a table keyed by a hash of their characters.
const LETTERS = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';
/** `n` distinct Cyrillic words: «сл» and the number written in 32 letters. */
const distinctWords = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    let w = 'сл';
    for (let k = i; k > 0 || w.length === 2; k = Math.floor(k / 32)) w += LETTERS[k % 32];
    return w;
  });
/** 2^k words of k blocks of «Aa» or «BB»: the table's hash (×31 + char) is the same for all of them. */
const collidingWords = (k: number) => Array.from({ length: 2 ** k }, (_, i) => Array.from({ length: k }, (_, b) => ((i >> b) & 1 ? 'BB' : 'Aa')).join(''));

describe('the spelling table', () => {
  it.each([
    ['60,000 distinct words, more than the table keeps', distinctWords(60_000)],
    ['4,096 words whose hashes all collide', collidingWords(12)],
  ])('%s: stays bounded and reads every word right, twice', (_name, words) => {
    const text = words.join(' ');
    for (let pass = 0; pass < 2; pass++) {
      const tokens = tokenise(text);
      expect(tokens.map((t) => t.raw)).toEqual(words);
      expect(tokens.map((t) => t.forms[0])).toEqual(words.map((w) => w.toLowerCase()));
      const table = spellingTable();
      expect(table.spellings).toBeLessThanOrEqual(50_000);
      expect(table.longestChain).toBeLessThanOrEqual(8);
    }
  });

  it('keeps a word it has seen: both tokens of one spelling share what is known about it', () => {
    const [a, b] = tokenise('тюрьма тюрьма');
    expect(a?.facts).toBe(b?.facts);
  });
});

describe('sentenceStarts', () => {
  it('does not end a sentence at initials or street abbreviations', () => {
    expect(sentenceStarts('Н. П. просил передать. Ул. Лесная, д. 8.')).toEqual([0, 23]);
  });

  it.each([
    ['Не мёрзнете ли. Целую Вас.', 2],
    ['Смешно, ха-ха. Твою маму вижу.', 2],
    ['Живу теперь в РФ. Работаю.', 2],
    ['её зовут Летов. как там вообще?', 2],
    ['дашка привет!!! это лиза', 2],
    ['ну что? как ты', 2],
    ['В 1937 г. в Москве, ул. Лесная, 10 тыс. руб. в месяц, т. е. немного.', 1],
    ['Я думала… может, не стоит.', 1],
    ['См. ниже, стр. 5, им. Ленина.', 1],
  ])('«%s» has %i sentence(s)', (text, n) => {
    expect(sentenceStarts(text)).toHaveLength(n);
  });
});

describe('quoteSpans', () => {
  it('ignores an unbalanced quotation mark', () => {
    expect(quoteSpans('он сказал «привет и ушёл')).toEqual([]);
  });
});
