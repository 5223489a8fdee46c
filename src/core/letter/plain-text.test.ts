import { describe, expect, it } from 'vitest';
import { letterToPlainText } from './plain-text.ts';
import { splitParagraphs } from './types.ts';

describe('letterToPlainText', () => {
  it('keeps the printed order with blank lines between blocks and plain spaces', () => {
    const text = letterToPlainText({
      date: '2026-11-25',
      recipientLine: 'Балину\u00a0А.\u00a0А., 1974\u00a0г.\u00a0р.',
      greeting: 'Здравствуйте, Андрей Альбертович!',
      paragraphs: ['Первый абзац.', 'Второй абзац.'],
      signature: ['С уважением,', 'Мария'],
    });
    expect(text).toBe(
      'Балину А. А., 1974 г. р.\n\n25 ноября 2026 г.\n\nЗдравствуйте, Андрей Альбертович!\n\nПервый абзац.\n\nВторой абзац.\n\nС уважением,\nМария\n',
    );
  });
});

describe('splitParagraphs', () => {
  it.each([
    ['один\n\nдва', ['один', 'два']],
    ['строка\nпродолжение\n\n\n  второй  ', ['строка продолжение', 'второй']],
    ['первый\nвторой\nтретий', ['первый', 'второй', 'третий']],
    ['\r\na\r\n\r\nb', ['a', 'b']],
    ['   \n\n  ', []],
  ])('splits %j', (input, expected) => {
    expect(splitParagraphs(input)).toEqual(expected);
  });
});
