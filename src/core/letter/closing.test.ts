import { describe, expect, it } from 'vitest';
import { findClosing, isSignatureLine, signatureToAdd } from './closing.ts';

const SIGNATURE = 'Мария Петрова';

describe('signatureToAdd', () => {
  it.each([
    // No closing at all: the full sign-off.
    ['Пишу Вам из Самары. У нас снег.', 'Всего Вам доброго!\nМария Петрова'],
    ['Здравствуйте!\n\nКак Вы?\n\nПишите, когда будут время и настроение. Жду ответа от Вас очень.', 'Всего Вам доброго!\nМария Петрова'],
    ['Ваша история меня тронула.', 'Всего Вам доброго!\nМария Петрова'],
    // A closing without a name: only the name.
    ['Пишу Вам из Самары.\n\nОбнимаю!', 'Мария Петрова'],
    ['Пишу Вам из Самары.\nС уважением,', 'Мария Петрова'],
    ['Текст.\n\nЖду ответа!', 'Мария Петрова'],
    // Already signed: nothing.
    ['Пишу Вам из Самары.\n\nС уважением,\nМария Петрова', null],
    ['Пишу Вам из Самары.\nС теплом,\nМаша', null],
    ['Пишу Вам из Самары.\n\nВсего доброго, Маша', null],
    ['Пишу Вам из Самары.\n\nОбнимаю, Мария', null],
    ['Пишу Вам из Самары.\n\nДержитесь!\nМария', null],
    ['Пишу Вам из Самары.\n\nВаш друг Андрей', null],
    ['Пишу Вам из Самары.\n\nМария', null],
    ['Пишу Вам из Самары.\n\nМ. П.', null],
    ['Hello.\n\nAnna Schmidt', null],
    ['Пишите, когда будут время и настроение. Жду ответа!\nС теплом,\nМария', null],
    ['Желаю Вам тепла и света в новом году!\nМария', null],
    ['Текст.\n\nС уважением, Мария Петрова', null],
  ])('for %j adds %j', (body, expected) => {
    expect(signatureToAdd(body, SIGNATURE)).toBe(expected);
  });

  it.each([
    ['an unknown name', 'Текст.', null],
    ['an empty name', 'Текст.', '  '],
  ])('adds nothing for %s', (_, body, name) => {
    expect(signatureToAdd(body, name)).toBeNull();
  });

  it('adds nothing to an empty letter', () => {
    expect(signatureToAdd('  \n ', SIGNATURE)).toBeNull();
  });

  it('recognises the writer’s own name written inside a short last line', () => {
    expect(signatureToAdd('Текст.\n\nвсегда Ваша мария', SIGNATURE)).toBeNull();
  });
});

describe('findClosing', () => {
  it.each([
    [['Текст.', 'С уважением,', 'Мария'], { lines: 2, signed: true }],
    [['Текст.', 'Жду ответа!', 'Обнимаю,', 'Мария'], { lines: 3, signed: true }],
    [['Текст.', 'Обнимаю!'], { lines: 1, signed: false }],
    [['Текст.'], { lines: 0, signed: false }],
    [['Держитесь!'], { lines: 0, signed: false }],
    [[], { lines: 0, signed: false }],
  ])('finds the closing of %j', (lines, expected) => {
    expect(findClosing(lines)).toEqual(expected);
  });
});

describe('isSignatureLine', () => {
  it.each(['Мария', 'Мария Петрова', 'Маша П.', 'Ваш Андрей', 'Искренне Ваша Мария', 'Anna Schmidt', 'Анна-Мария', 'Лиса!'])('takes %j for a name', (line) => {
    expect(isSignatureLine(line)).toBe(true);
  });

  it.each(['Обнимаю', 'Спасибо за письмо', 'мария', 'Пишите чаще!', 'Жду', '', 'Очень Длинное Имя Из Пяти Слов', 'С уважением,'])('does not take %j for a name', (line) => {
    expect(isSignatureLine(line)).toBe(false);
  });
});
