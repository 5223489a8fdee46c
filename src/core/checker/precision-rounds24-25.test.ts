import { describe, expect, it } from 'vitest';
import { findHits } from './index.ts';
import { describeClasses } from './class-tables.ts';

// Innocent classes that rounds 24 and 25 showed the checker alarming on (session 6, last pass):
// a novel's title, a learner's first words in quotes, horseradish in a jar, a law student's
// courses, a flower at a grave, a greeting passed on, the district doctor, a relative's term long
// ago, a shop's owner, a Russian word in the foreign word list, a letter's closing read as a poem.
// For each class, risky sentences that must still fire in their category and innocent look-alikes
// that must stay quiet; none is a round's sentence: the class, not the line.

describeClasses([
  {
    category: 'politics',
    name: '«Война и мир» as a book, the war as news',
    fires: ['Война идёт уже который год, и конца не видно.', 'Из-за войны полгорода уехало, и мира не видно.'],
    quiet: ['Перечитываю «Войну и мир», дошла до Бородина.', 'Внук пишет реферат по «Войне и миру», просит помочь.'],
  },
  {
    category: 'code',
    name: 'a learner knows a few words of a language, not a word standing for another',
    fires: ['«Витамины» дошли, передай спасибо.', 'Скажи «тёте», что всё на месте.'],
    quiet: ['Турецкий учу по видео, пока могу сказать только «здравствуйте» и «счёт, пожалуйста».', 'Изучаем с сыном иврит, он уже выучил «мама» и «хлеб».'],
  },
  {
    category: 'obscene',
    name: 'horseradish as a plant and in pickling, the coarse word elsewhere',
    fires: ['Ни хрена они не понимают.', 'Какого хрена опять перенесли суд?'],
    quiet: ['Огурцы закатала с корнем хрена и укропом.', 'Кладу листья хрена в банку, чтобы огурцы хрустели.'],
  },
  {
    category: 'case',
    name: 'a law student’s courses, the case itself',
    fires: ['Доказательств против тебя никаких, а всё равно держат.', 'Прокурор запросил восемь лет.'],
    quiet: ['Завтра зачёт по уголовному праву, учу доказательства всю ночь.', 'Готовлюсь к зачёту по доказательствам в уголовном процессе.'],
  },
  {
    category: 'enclosures',
    name: 'a flower laid at a grave, a flower put in the envelope',
    fires: ['Положила в конверт засушенную ромашку с нашей дачи.', 'Вкладываю веточку лаванды, понюхай.'],
    quiet: ['На кладбище положили ромашки на могилу деда.', 'Дети положили к памятнику полевые ромашки.'],
  },
  {
    category: 'crime',
    name: 'passing on words, passing in a thing',
    fires: ['Через свиданку можно передать «витамины», если договориться.', 'На свидании передам «сладкое», как договаривались.'],
    quiet: ['Тётя Валя просила передать, что «Наполеон» по твоему рецепту удался.', 'Ребята с завода просили передать привет и «держись».'],
  },
  {
    category: 'case',
    name: 'the police asking, the district doctor called',
    fires: ['Участковый приходил, спрашивал про тебя у соседей.', 'Звонил участковый, интересовался, кто тебе пишет.'],
    quiet: ['Температура не спадала, вызвали участкового терапевта.', 'Пришлось вызывать участкового педиатра к малышу.'],
  },
  {
    category: 'case',
    name: 'a relative’s term long ago, the term counted now',
    fires: ['Два года уже отсидел, осталось ещё три.', 'Полтора года отсидел, сколько ещё ждать.'],
    quiet: ['Свёкор в семидесятые отсидел два года, потом всю жизнь шоферил.', 'Отец по молодости отсидел год, потом всю жизнь работал.'],
  },
  {
    category: 'staff',
    name: 'a chief named, a shop’s or flat’s owner',
    fires: ['Отрядник ваш Семёнов опять придирается?', 'Начальник ваш, этот Кузьмин, пусть знает, что мы всё видим.'],
    quiet: ['Кофейня на Садовой закрылась, хозяин уехал.', 'Сняли квартиру на Васильевском, хозяин живёт за стенкой.'],
  },
  {
    category: 'foreign',
    name: 'a Chechen word, a Russian word of the same spelling',
    fires: ['Дела мукъалахь, хьо дика вуй?'],
    quiet: ['Как ты там, как в делах?', 'В делах огородных я ничего не понимаю, всё делает жена.'],
  },
], { quietIn: 'category' });

describe('a letter’s closing is not a line of a hidden poem', () => {
  const instruction = 'Прочитай первые буквы строчек ниже, там секрет.';
  it('reads the poem lines after the instruction', () => {
    const poem = `${instruction} Вечер тихий у реки. Ещё горят огни. Рядом ты со мной. Твоя Аня.`;
    expect(findHits(poem).filter((h) => h.rule === 'acrostic-lines')).toHaveLength(3);
  });
  it.each([
    `${instruction} Ну всё, бегу на урок. Пока-пока, пиши! Твоя Аня.`,
    `${instruction} Ох, волнуюсь. Обнимаю крепко. Целую, мама.`,
  ])('finds no poem in closings: «%s»', (text) => {
    expect(findHits(text).filter((h) => h.rule === 'acrostic-lines')).toEqual([]);
  });
});
