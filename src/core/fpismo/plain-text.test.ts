import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countChars, toFpismoText } from './plain-text.ts';

describe('toFpismoText', () => {
  it.each([
    ['Привет! 😀', 'Привет!', ['fpismo-emoji-removed']],
    ['Выпал снег 😀, и кот спит 🐈.', 'Выпал снег, и кот спит.', ['fpismo-emoji-removed']],
    ['Семья 👨‍👩‍👧 и флаг 🇷🇺 и палец 👍🏽', 'Семья и флаг и палец', ['fpismo-emoji-removed']],
    ['Читаю "Войну и мир" - медленно', 'Читаю «Войну и мир» — медленно', []],
    ['Уже «ёлочки» — и тире… № 5', 'Уже «ёлочки» — и тире… № 5', []],
    ['строка\u0007 со звонком\u200b', 'строка со звонком', ['fpismo-control-removed']],
    ['звёзды ★ и 你好', 'звёзды и', ['fpismo-unusual-removed']],
    ['  первый\n\n\n\nвторой  \r\n', 'первый\n\nвторой', []],
    ['с\u00a0неразрывным пробелом', 'с неразрывным пробелом', []],
    ['висит замо\u0301к', 'висит замок', ['fpismo-unusual-removed']],
  ])('turns %j into %j', (input, text, codes) => {
    const out = toFpismoText(input);
    expect(out.text).toBe(text);
    expect(out.warnings.map((w) => w.code)).toEqual(codes);
  });

  it('counts each emoji once, whatever joiners and modifiers it carries', () => {
    const [w] = toFpismoText('👨‍👩‍👧 👍🏽 ❤️').warnings;
    expect(w).toMatchObject({ code: 'fpismo-emoji-removed', params: { count: 5 } });
  });

  it('leaves nothing but plain printable characters in any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const { text } = toFpismoText(s);
        const controls = [...text].filter((c) => c !== '\n' && /\p{Cc}|\p{Cf}/u.test(c));
        expect(controls).toEqual([]);
        expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
        expect(text).toBe(text.trim());
      }),
    );
  });
});

describe('countChars', () => {
  it('counts code points, spaces and line breaks included', () => {
    expect(countChars('ёж и\nёлка')).toBe(9);
  });
});
