import { describe, expect, it } from 'vitest';
import { renderPhrase } from './render-phrase.ts';

const phrase = (ru: string) => ({ id: 'x', topic: 'greetings', text: { ru, en: '' } });

describe('renderPhrase', () => {
  it.each([
    ['Здравствуйте, {name}!', { recipientFirst: 'Андрей' }, 'Здравствуйте, Андрей!'],
    ['Здравствуйте, {name}!', { recipientFirst: 'А.' }, 'Здравствуйте, {name}!'],
    ['Здравствуйте, {name}!', {}, 'Здравствуйте, {name}!'],
    ['Я {w:рад|рада} письму.', { writerGender: 'f' as const }, 'Я рада письму.'],
    ['Я {w:рад|рада} письму.', {}, 'Я рад(а) письму.'],
  ])('renders %j with %j as %j', (ru, options, expected) => {
    expect(renderPhrase(phrase(ru), options)).toBe(expected);
  });
});
