import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { glueForScreen, gluePrepositions, russianDashes, russianQuotes, typographRussian } from './typography.ts';

const show = (s: string) => s.replace(/\u00a0/g, '~');

describe('russianQuotes', () => {
  it.each([
    ['"Война и мир"', '«Война и мир»'],
    ['читаю "Войну и мир".', 'читаю «Войну и мир».'],
    ['он сказал: "прочти "Идиота" сначала"', 'он сказал: «прочти „Идиота“ сначала»'],
    ['“English quotes”', '«English quotes»'],
    ['уже «ёлочки»', 'уже «ёлочки»'],
    ['("в скобках")', '(«в скобках»)'],
  ])('turns %s into %s', (input, expected) => {
    expect(russianQuotes(input)).toBe(expected);
  });
});

describe('russianDashes', () => {
  it.each([
    ['Москва - столица', 'Москва~— столица'],
    ['это -- тире', 'это~— тире'],
    ['да – нет', 'да~— нет'],
    ['- Привет, - сказал он.', '— Привет,~— сказал он.'],
    ['кто-то и 2-3 дня', 'кто-то и 2-3 дня'],
  ])('turns %s into %s', (input, expected) => {
    expect(show(russianDashes(input))).toBe(expected);
  });
});

describe('gluePrepositions', () => {
  it.each([
    ['был в Тольятти', 'был в~Тольятти'],
    ['и в доме, и у реки', 'и~в~доме, и~у~реки'],
    ['А потом К нам', 'А~потом К~нам'],
    ['г. Тольятти, ул. Ленина, д. 3', 'г.~Тольятти, ул.~Ленина, д.~3'],
    ['Балину А. А., 1974 г. р.', 'Балину~А.~А., 1974~г.~р.'],
    ['ИК № 3', 'ИК №~3'],
    ['Самарская обл. и Хрящевское ш. 5', 'Самарская обл.~и~Хрящевское ш.~5'],
    ['кв. 12, г. Самара, 443001', 'кв.~12, г.~Самара,~443001'],
    ['443001, г. Самара', '443001, г.~Самара'],
  ])('glues %s as %s', (input, expected) => {
    expect(show(gluePrepositions(input))).toBe(expected);
  });

  it('never leaves a one-letter preposition before an ordinary space', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('в', 'к', 'с', 'у', 'о', 'и', 'а', 'дом', 'реку', 'Волгу', 'снег'), { minLength: 1, maxLength: 12 }), (words) => {
        const out = gluePrepositions(words.join(' '));
        expect(out).not.toMatch(/(^|[ \u00a0])[вксуоиа] /);
      }),
    );
  });
});

describe('typographRussian', () => {
  it('applies quotes, dashes, ellipsis and non-breaking spaces together', () => {
    expect(show(typographRussian('Я был в "Доме книги" - там   хорошо...'))).toBe('Я~был в~«Доме книги»~— там хорошо…');
  });

  it('keeps the letters of any text unchanged', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const letters = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '');
        expect(letters(typographRussian(s))).toBe(letters(s.replace(/\r/g, '')));
      }),
    );
  });
});

describe('glueForScreen', () => {
  it.each([
    ['ru', '(103-ФЗ, ст. 20)', '(103-ФЗ, ст.~20)'],
    ['ru', 'около 55 ₽ за письмо', 'около 55~₽ за письмо'],
    ['ru', '«Письмо № 3»', '«Письмо №~3»'],
    ['ru', 'за 3–4 недели, с 30 ноября 2023 года', 'за 3–4~недели, с~30~ноября 2023~года'],
    ['ru', 'весом до 20 г оплачивается', 'весом до 20~г оплачивается'],
    ['ru', 'машинный перевод — это нормально', 'машинный перевод~— это нормально'],
    ['ru', 'Например: 445023, г. Тольятти, ул. Ленина, д. 5', 'Например: 445023, г.~Тольятти, ул.~Ленина, д.~5'],
    ['ru', 'Знаков: {{chars}}, это около {{pages}} стр.', 'Знаков: {{chars}}, это около {{pages}} стр.'],
    ['en', 'Federal Law 103-FZ, art. 20, about 55 ₽', 'Federal Law 103-FZ, art.~20, about 55~₽'],
    ['en', "'Letter No. 3' and a plan", "'Letter No.~3' and a plan"],
  ])('%s: %s → %s', (lang, input, expected) => {
    expect(show(glueForScreen(input, lang))).toBe(expected);
  });

  it('changes nothing but spaces', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('ru', 'en'), (s, lang) => {
        expect(glueForScreen(s, lang).replace(/\u00a0/g, ' ')).toBe(s);
      }),
    );
  });
});
