import { describe, expect, it } from 'vitest';
import { letterToPlainText } from './plain-text.ts';
import { splitParagraphs } from './types.ts';

describe('letterToPlainText', () => {
  it('keeps the printed order and the closing’s line break, with blank lines between blocks and plain spaces', () => {
    const text = letterToPlainText({
      date: '2026-11-25',
      recipientLine: 'Балину Андрею Альбертовичу, 1974\u00a0г.\u00a0р.',
      runningHead: 'Балину\u00a0А.\u00a0А.',
      greeting: 'Здравствуйте, Андрей Альбертович!',
      paragraphs: ['Первый абзац.', 'Второй абзац,\nв две строки.'],
      closing: ['С уважением,', 'Мария'],
      returnAddress: 'Мой адрес для ответа: 443001, г. Самара',
    });
    expect(text).toBe(
      'Балину Андрею Альбертовичу, 1974 г. р.\n\n25 ноября 2026 г.\n\nЗдравствуйте, Андрей Альбертович!\n\nПервый абзац.\n\nВторой абзац,\nв две строки.\n\nС уважением,\nМария\n\nМой адрес для ответа: 443001, г. Самара\n',
    );
  });
});

describe('splitParagraphs', () => {
  it.each([
    ['один\n\nдва', ['один', 'два']],
    ['строка\nпродолжение\n\n\n  второй  ', ['строка\nпродолжение', 'второй']],
    ['С уважением,\nМария Петрова', ['С уважением,', 'Мария Петрова']],
    ['Текст.\n\nС уважением,\n  Мария   Петрова ', ['Текст.', 'С уважением,\nМария Петрова']],
    ['первый\nвторой\nтретий', ['первый', 'второй', 'третий']],
    ['\r\na\r\n\r\nb', ['a', 'b']],
    ['a\n \t\n\n \nb', ['a', 'b']],
    ['   \n\n  ', []],
  ])('splits %j keeping the typed line breaks', (input, expected) => {
    expect(splitParagraphs(input)).toEqual(expected);
  });
});
