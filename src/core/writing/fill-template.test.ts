import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fill-template.ts';
import { findTemplate, templates } from './templates.ts';
import type { LetterTemplate } from './types.ts';

const balin = { surname: 'Балин', first: 'Андрей', patronymic: 'Альбертович' };
const berkovich = { surname: 'Беркович', first: 'Евгения', patronymic: 'Борисовна' };

const tpl = (ru: string): LetterTemplate => ({ id: 't', occasion: { ru: '', en: '' }, note: { ru: '', en: '' }, text: { ru, en: ru } });

describe('fillTemplate', () => {
  it.each([
    { text: '{r:Дорогой|Дорогая} {recipientFirst}!', recipient: balin, writer: undefined, want: 'Дорогой Андрей!' },
    { text: '{r:Дорогой|Дорогая} {recipientFirst}!', recipient: berkovich, writer: undefined, want: 'Дорогая Евгения!' },
    { text: '{recipientFirstDative} — привет!', recipient: balin, writer: undefined, want: 'Андрею — привет!' },
    { text: '{recipientFirstDative} — привет!', recipient: berkovich, writer: undefined, want: 'Евгении — привет!' },
    { text: 'Здравствуйте, {recipientFirstPatronymic}!', recipient: balin, writer: undefined, want: 'Здравствуйте, Андрей Альбертович!' },
    { text: 'Здравствуйте, {recipientFirstPatronymic}!', recipient: { ...berkovich, patronymic: null }, writer: undefined, want: 'Здравствуйте, Евгения!' },
    { text: 'Здравствуйте, {recipientFirstPatronymic}!', recipient: { ...balin, patronymic: 'А.' }, writer: undefined, want: 'Здравствуйте, Андрей!' },
    { text: 'Я {w:рад|рада} письму.', recipient: balin, writer: 'f' as const, want: 'Я рада письму.' },
    { text: 'Я {w:рад|рада} письму.', recipient: balin, writer: 'm' as const, want: 'Я рад письму.' },
    { text: 'Я {w:был очень рад|была очень рада}.', recipient: balin, writer: undefined, want: 'Я был(а) очень рад(а).' },
    { text: 'Я {w:пёк|пекла} блины.', recipient: balin, writer: undefined, want: 'Я пёк/пекла блины.' },
  ])('fills "$text" as "$want"', ({ text, recipient, writer, want }) => {
    expect(fillTemplate(tpl(text), {}, { recipient, writerGender: writer }).text).toBe(want);
  });

  it('lets a typed value override the declined name, so a user correction sticks', () => {
    const filled = fillTemplate(tpl('{recipientFirstDative}!'), { recipientFirstDative: 'Андрюше' }, { recipient: balin });
    expect(filled.text).toBe('Андрюше!');
  });

  it('does not address the recipient by an initial', () => {
    const filled = fillTemplate(tpl('Здравствуйте, {recipientFirst}!'), {}, { recipient: { surname: 'Балин', first: 'А.', patronymic: 'А.' } });
    expect(filled.text).toBe('Здравствуйте, {recipientFirst}!');
    expect(filled.missing).toEqual(['recipientFirst']);
  });

  it('leaves empty blanks visible and lists them once', () => {
    const filled = fillTemplate(tpl('{writerName}, {city}, {writerName}'), { city: 'Берлин' });
    expect(filled.text).toBe('{writerName}, Берлин, {writerName}');
    expect(filled.missing).toEqual(['writerName']);
  });

  it('says which gender it had to guess', () => {
    const filled = fillTemplate(tpl('{r:Дорогой|Дорогая} друг, я {w:рад|рада}'), {});
    expect(filled.notes.map((n) => n.code)).toEqual(['writer-gender-unknown', 'recipient-gender-unknown']);
    expect(filled.text).toBe('Дорогой/Дорогая друг, я рад(а)');
  });

  it('fills the English translation with the name as it is, without cases', () => {
    const postcard = findTemplate('postcard');
    expect(postcard).toBeDefined();
    const filled = fillTemplate(postcard as LetterTemplate, { city: 'Berlin', writerName: 'Anna' }, { recipient: balin, lang: 'en' });
    expect(filled.text.startsWith('Hello, Андрей! Warm greetings to you from Berlin.')).toBe(true);
    expect(filled.missing).toEqual([]);
  });

  it.each(templates.map((t) => ({ id: t.id, t })))('fills every blank of the $id template when all values are given', ({ t }) => {
    const values = { writerName: 'Анна', city: 'Берлин', aboutMe: 'Я учитель.', myNews: 'У нас снег.', familyNames: 'Анна и Пётр', bookTitle: 'Кондуит и Швамбрания', bookAuthor: 'Лев Кассиль', bookWhy: 'Смешная книга.' };
    for (const lang of ['ru', 'en']) {
      const filled = fillTemplate(t, values, { recipient: balin, writerGender: 'f', lang });
      expect(filled.missing).toEqual([]);
      expect(filled.text).not.toMatch(/[{}|]/);
    }
  });
});
