import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteSpans, sentenceStarts } from './structure.ts';
import { tokenise } from './tokenise.ts';

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
