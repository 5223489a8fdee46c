import { describe, expect, it } from 'vitest';
import { findHits } from './index.ts';

// False alarms by class (issue 10 §3, session 5): for each class, innocent sentences that must stay
// quiet and risky ones of the same class that must still fire. None is a round's sentence: the
// class, not the line. "Quiet" means no high or medium finding, as the scoring counts alarms.
const strong = (text: string) => findHits(text).filter((h) => h.severity !== 'low');
const categories = (text: string) => [...new Set(strong(text).map((h) => h.category))];

function expectQuiet(text: string) {
  expect(strong(text).map((h) => `${h.rule} «${text.slice(h.start, h.end)}»`)).toEqual([]);
}

describe('a finding stays inside its sentence', () => {
  it.each([
    // A question about conditions must not reach the greeting after it.
    ['Расскажите, как спите и не мёрзнете ли. Целую Вас, Ваша Нина.', 'Целую Вас, Ваша Нина.'],
    // Laughter, «же.», «РФ.» end a sentence.
    ['Назвал её «главной заговорщицей», ха-ха. Твоя сестра держится, всё хорошо.', 'Твоя сестра держится, всё хорошо.'],
    // Writers without capitals still end sentences.
    ['у меня новый кот, зовут Крыс. как там у вас в отряде?', 'у меня новый кот, зовут Крыс.'],
    ['привет!!! это маша с «синей лавочки», помнишь?', 'привет!!!'],
  ])('«%s»: nothing reaches «%s»', (text, innocent) => {
    const from = text.indexOf(innocent);
    const to = from + innocent.length;
    expect(strong(text).filter((h) => h.start < to && h.end > from).map((h) => h.rule)).toEqual([]);
  });
});

describe('transfers: the bare fact is quiet, a complaint about it is not', () => {
  it.each([
    'Тебя уже перевели в другую колонию или ещё нет?',
    'Мама пишет, что тебя этапировали, пришли новый адрес, как сможешь.',
    'Если вас переведут в другой отряд, напишите, я пришлю открытку туда.',
    'Слышала, что Вас перевезли в другой СИЗО, надеюсь, там просторнее с книгами.',
  ])('quiet: «%s»', expectQuiet);

  it.each([
    'Его без всякого предупреждения этапировали за тысячу километров.',
    'Тебя опять перекинули, уже третий раз за год, это же издевательство.',
    'Зачем вас перевели подальше от семьи, мы же теперь не доедем?',
    'Перевели ночью, в наказание за жалобу, родным никто не сказал.',
  ])('staff: «%s»', (text) => expect(categories(text)).toContain('staff'));
});

describe('conditions asked in a few words', () => {
  it.each([
    'Не замерзаете там по ночам?',
    'Ноги не мёрзнут ли у вас, носки тёплые есть?',
    'Как в камере, нормально, спокойно?',
    'В отряде у тебя всё нормально?',
  ])('staff: «%s»', (text) => expect(categories(text)).toContain('staff'));

  it.each([
    'Мы на даче совсем не мёрзнем, печка греет.',
    'Ты на рыбалке не мёрзнешь в такой мороз?',
    'Камера у нового телефона нормальная?',
    'Как ты вообще, всё нормально?',
  ])('quiet: «%s»', expectQuiet);
});
