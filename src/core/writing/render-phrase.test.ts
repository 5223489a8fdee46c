import { describe, expect, it } from 'vitest';
import { phraseFits, phraseMeaning, renderPhrase } from './render-phrase.ts';

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

describe('phraseFits and phraseMeaning', () => {
  const dearM = { id: 'm', topic: 'greetings', text: { ru: 'Дорогой {name}!', en: 'Dear {name} (to a man)' } };
  const dearF = { id: 'f', topic: 'greetings', text: { ru: 'Дорогая {name}!', en: 'Dear {name} (to a woman)' } };
  const plain = { id: 'p', topic: 'greetings', text: { ru: 'Как дела?', en: 'How are you?' } };
  it.each([
    [dearM, { recipientFirst: 'Андрей', recipientGender: 'm' as const }, true],
    [dearF, { recipientFirst: 'Андрей', recipientGender: 'm' as const }, false],
    [dearF, { recipientFirst: 'Евгения', recipientGender: 'f' as const }, true],
    [dearM, {}, false],
    [dearM, { recipientFirst: 'А.' }, false],
    [plain, {}, true],
  ])('offers %j for %j: %s', (phrase, options, fits) => {
    expect(phraseFits(phrase, options)).toBe(fits);
  });

  it('names the recipient in the translation too', () => {
    expect(phraseMeaning(dearM, 'en', { recipientFirst: 'Андрей' })).toBe('Dear Андрей');
  });
});
