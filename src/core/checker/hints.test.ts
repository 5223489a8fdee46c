import { describe, expect, it } from 'vitest';
import { findHits } from './index.ts';

// Things said by hint (hints.json, session 6): scripture chapters standing for news, a banned
// community's hidden meetings, prison-world hints, agreed signals; and the games, television and
// words of encouragement that only look like them. For each class, risky sentences that must
// fire in their category and innocent look-alikes that must stay quiet; none is a rule example
// or a round's sentence: the class, not the line.
const strong = (text: string) => findHits(text).filter((h) => h.severity !== 'low');

describe.each([
  {
    category: 'code',
    name: 'a scripture reference standing for the news',
    fires: [
      'Про наши дела смотри Деяния 5:29, больше писать не буду.',
      'Загляни в Откровение 2:10, это про Сашу.',
      'Братья просили передать тебе только одно: Исаия 41:10.',
      'Как у нас дела, прочтёшь в Псалме 34, стих 19.',
    ],
    quiet: [
      'Читаю Псалтирь по утрам, это меня успокаивает.',
      'Помнишь, как у Иоанна: «В начале было Слово»?',
      'Читаю Евангелие от Луки, дошла до двенадцатой главы.',
      'Прочитай Псалом 23, там всё про Божью заботу.',
    ],
  },
  {
    category: 'politics',
    name: "a banned community's meetings told with how they are hidden",
    fires: [
      'Собрания теперь у нас по разным квартирам, и никому ни слова.',
      'Служение пришлось оставить, за нами следят.',
      'Пели сто тридцать вторую, как всегда, а потом песню 55.',
      'Вечерю воспоминания провели тихо, у Марины.',
    ],
    quiet: [
      'Собрание в школе перенесли на пятницу.',
      'Встречи анонимных алкоголиков ему помогают, ходит каждую неделю.',
      'Песню 90-х годов вспомнила, плакала.',
      'В библиотеке был вечер воспоминаний о блокаде.',
    ],
  },
  {
    category: 'crime',
    name: 'prison-world hints: a «road» or «horse» between cells, a parcel in slang, taken for an informer, a bribe to «whoever needs it»',
    fires: [
      'Дорогу между хатами наладили, маякни, если что нужно.',
      'Смотри, чтобы тебя за крысу не посчитали.',
      'Дачку к Новому году соберём, жди.',
      'Заплатим кому надо, и всё решится.',
    ],
    quiet: [
      'Пусть дорога будет лёгкой, маякни, как доедешь.',
      'На дачку поедем в субботу, огурцы поспели.',
      'Можем загнать машину к вам во двор?',
      'Подогрев пола в ванной наконец сделали.',
    ],
  },
  {
    category: 'code',
    name: 'agreed signals and numbers',
    fires: ['Запомни: 2-5-11, это от Веры.', 'Поставь в ответе галочку, и я пойму, что всё прочитал.', 'Пароль прежний, только наоборот.'],
    quiet: ['Подчеркни, что тебе понравилось, я пойму, что читать дальше.', 'Дата приезда: 12-03-2025.', 'Цифры в анализах у папы хорошие.'],
  },
  {
    category: 'none',
    name: 'games, television, encouragement and order numbers',
    fires: [],
    quiet: [
      'Держись, солдат!',
      'В «Монополии» дочка арестовала деда на два хода.',
      'Внуки играли в снежки, деда взяли в плен.',
      'В новостях прокурор области рассказывал про ремонт дорог.',
      'Трек-номер: RB987654321RU.',
    ],
  },
])('$name', ({ category, fires, quiet }) => {
  it.each(fires)('fires: «%s»', (text) => expect(strong(text).map((h) => h.category)).toContain(category));
  it.each(quiet)('quiet: «%s»', (text) => expect(strong(text).map((h) => `${h.rule} «${text.slice(h.start, h.end)}»`)).toEqual([]));
});
