import { describe, expect, it } from 'vitest';
import { strong, shown } from './class-tables.ts';

// Politics part E (faith-and-exile.json, session 6): a banned faith community told in its own
// words and its persecution, and support and exile (a collection for the lawyer, human-rights
// groups by name, diplomats at a hearing, media about political prisoners, expulsion). For each
// class: risky sentences that must fire and innocent look-alikes that must stay quiet. None is a
// round's or a probe's sentence: the class, not the line.

describe.each([
  {
    name: 'a banned community in its own words (our congregation, the ministry, The Watchtower)',
    fires: ['Передаю привет от всего нашего собрания.', 'Главное — не оставляй служение, хоть письмами.', 'Помню, как мы вместе разбирали «Сторожевую башню».'],
    quiet: ['Наше собрание жильцов опять перенесли.', 'Служение музыке он считал главным делом жизни.', 'В нашем собрании сочинений не хватает третьего тома.'],
  },
  {
    name: 'believers punished: fines, arrests, Bibles seized, a priest banned, a sermon passed on',
    fires: ['Дедушку Петра оштрафовали за то, что он читал соседям Писание.', 'Священнику запретили служить после проповеди о мире.', 'Его последнюю проповедь переписывают и раздают по домам.'],
    quiet: ['Бабушка каждый вечер читает Писание и молится за нас.', 'Сосед получил штраф за парковку у храма, пока стоял на молебне.'],
  },
  {
    name: 'a community meeting in hiding (basement, by phone, in secret)',
    fires: ['Молимся теперь по видеосвязи, собираться вместе опасно.', 'Изучаем Писание тайком, по трое, у разных людей.'],
    quiet: ['Собираемся по пятницам в гараже у Толи, чиним мотоцикл.', 'Поём в хоре по вторникам, репетируем в подвале клуба.', 'По видеосвязи собираемся с внуками каждое воскресенье.', 'Читаем Писание с внуками по телефону, им нравится.'],
  },
  {
    name: 'a collection for the lawyer, even when it also pays for parcels',
    fires: ['По сбору на защитника уже сорок тысяч, и на передачки хватит.'],
    quiet: ['Сбор на выпускной в школе — по три тысячи с семьи.', 'Перед соревнованиями у сына сборы, тренер ставит защиту.'],
  },
  {
    name: 'a human-rights group named (Viasna, Agora…)',
    fires: ['Юристы из «Агоры» обещали посмотреть приговор.', 'От друзей из Вясны тебе большой привет.'],
    quiet: ['Вясна прыйшла рана.', 'Мы ходили на агору в Афинах, там одни камни.'],
  },
  {
    name: 'foreign diplomats at the hearing',
    fires: ['На приговор приходили дипломаты из пяти стран.'],
    quiet: ['Мой однокурсник теперь дипломат, работает в Вене.', 'Купила сыну кожаный дипломат для школы.', 'В посольстве сказали, что визу дадут через неделю.'],
  },
  {
    name: 'pushed out of the country after release',
    fires: ['Его выдворили из страны сразу после освобождения.', 'Её лишили гражданства и не пускают обратно.'],
    quiet: ['Книги выслали из Германии бандеролью.'],
  },
  {
    name: 'media about the addressee or political prisoners, a word for readers',
    fires: ['Журналист с радио рассказал о Вас в эфире.', 'Я снимаю документальный фильм о политических заключённых.', 'Если захочешь что-нибудь передать слушателям, напиши.'],
    quiet: ['Вышел репортаж про новый мост, мама его смотрела.', 'Спектакль очень понравился зрителям.'],
  },
])('$name', ({ fires, quiet }) => {
  it.each(fires)('fires: «%s»', (text) => expect(strong(text).map((h) => h.category)).toContain('politics'));
  it.each(quiet)('quiet: «%s»', (text) => expect(shown(text)).toEqual([]));
});

// Follow-ups: words innocent alone (brothers and sisters praying, a transfer of money, meetings
// in a basement) that read otherwise right after a banned community or a collection was raised.
describe.each([
  {
    name: 'brothers and sisters of the community',
    context: 'У Сидоровых опять был обыск, искали литературу.',
    sentence: 'Все братья и сёстры держатся и молятся за тебя.',
  },
  {
    name: 'the writer\'s own donation to the collection',
    context: 'Сбор на адвоката почти закрыли.',
    sentence: 'Я тоже скинула две тысячи со стипендии.',
  },
  {
    name: 'meetings hidden',
    context: 'Наше собрание держится, все на месте.',
    sentence: 'Собираемся теперь в подвале у Лёвы, там спокойнее.',
  },
])('after context: $name', ({ context, sentence }) => {
  const text = `${context} ${sentence}`;
  it('fires after the context', () => {
    expect(strong(text).filter((h) => h.category === 'politics' && h.start > context.length).length).toBeGreaterThan(0);
  });
  it('stays quiet alone', () => expect(shown(sentence)).toEqual([]));
});
