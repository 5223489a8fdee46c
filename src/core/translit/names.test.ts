import { describe, expect, it } from 'vitest';
import { cyrillicNames, cyrillicWord } from './names.ts';

describe('cyrillicWord', () => {
  it.each([
    // listed spellings
    ['Jane', 'Джейн'],
    ['London', 'Лондон'],
    ['Emma', 'Эмма'],
    ['John', 'Джон'],
    ['Smith', 'Смит'],
    ['Berlin', 'Берлин'],
    ['LONDON', 'ЛОНДОН'],
    // Russian names typed in Latin go through the letter box's translit
    ['Natalya', 'Наталья'],
    ['Mariya', 'Мария'],
    ['Zhukov', 'Жуков'],
    ['Sergei', 'Сергей'],
    // English spelling rules for names not listed
    ['Blake', 'Блейк'],
    ['Chester', 'Честер'],
    ['Whitby', 'Уитби'],
    ['Dean', 'Дин'],
    ['Nikolai', 'Николай'],
    ['Brooke', 'Брук'],
    ['Jenkins', 'Дженкинс'],
    ['Pike', 'Пайк'],
    ['Ethan', 'Этан'],
  ])('writes %s as %s', (latin, cyrillic) => {
    expect(cyrillicWord(latin)).toBe(cyrillic);
  });
});

describe('cyrillicNames', () => {
  it.each([
    ['Jane Smith', 'Джейн Смит'],
    ['New York', 'Нью-Йорк'],
    ['Меня зовут Jane, я живу в городе London.', 'Меня зовут Джейн, я живу в городе Лондон.'],
    ['Mary-Jane', 'Мэри-Джейн'],
  ])('respells %j as %j', (text, expected) => {
    expect(cyrillicNames(text)).toBe(expected);
  });

  it.each(['', 'Мария', '12, 34'])('has nothing to suggest for %j', (text) => {
    expect(cyrillicNames(text)).toBeNull();
  });
});
