import { describe, expect, it } from 'vitest';
import { describeClasses, strong } from './class-tables.ts';

// False alarms by class, session 8: classes chosen from the first-run hits of rounds 1–34 counted per
// rule (docs/checker-eval.md, «False alarms by rule on first runs») and from rounds 33–34. A home town in
// the regions the war reached named by someone introducing themselves; a referee; toy and game weapons;
// a trauma ward; the writer's own legal practice; a stamped reply envelope; an army of couriers, a «war»
// on an office; an address abbreviation matched at the end of another word; an everyday «режим», a namesake of
// an official named with a given name, a premiere; the writer's own letter that did not arrive; an acrostic
// instruction taking in the closing lines; dill, herbal tea, a grade in quotes. Each class: innocent
// sentences that stay quiet and risky ones of the same shape that still fire. None is a round's or a
// probe set's sentence.

describeClasses([
  {
    category: 'politics',
    name: 'a home town in the war regions, named by someone introducing themselves',
    quiet: [
      'Пишет тебе Нина Сергеевна из Краматорска, я соседка твоей тёти.',
      'Меня зовут Артём, я из Горловки, учусь на повара.',
      'Я родом из-под Мелитополя, у деда там была пасека.',
      'Живу в Бердянске, работаю в библиотеке на полставки.',
      'Мы из Северодонецка, у нас две дочки и собака.',
      'Пишу тебе с Харьковской улицы, у нас во дворе новые качели.',
    ],
    fires: [
      'Я из Бердянска, от нашей улицы мало что осталось.',
      'Пишу из Горловки, у нас опять обстрелы.',
      'Мы стоим под Донецком, писать много нельзя.',
      'Я сама из Мариуполя, паспорта нам теперь выдали другие.',
      'Брат остался в Луганске, связи с ним нет.',
    ],
  },
  {
    category: 'case',
    name: 'a referee or the judges of a competition',
    quiet: [
      'Судья на катке снял два балла за падение, дочка плакала.',
      'На соревнованиях по дзюдо судьи были из Казани.',
      'Судья дал свисток, и матч закончился вничью.',
    ],
    fires: ['Судья даже не подняла глаз, когда читала приговор.', 'Говорят, судья у тебя будет другая.'],
  },
  {
    category: 'crime',
    name: 'toy, plastic and game weapons',
    quiet: [
      'Внуку подарили пластиковый автомат, весь день стреляет в телевизор.',
      'На утреннике мальчики были с деревянными ружьями.',
      'В субботу играли в лазертаг, мне достался самый тяжёлый пистолет.',
    ],
    fires: ['Он хранил дома пистолет, вот его и взяли.', 'Говорят, у них в бараке кто-то прятал заточку и пистолет.'],
  },
  {
    category: 'crime',
    name: 'a trauma ward is not a rubber-bullet gun',
    quiet: ['Папа лежит в травматологии с переломом ноги.', 'Травматолог сказал носить бандаж ещё месяц.'],
    fires: ['Он всегда носил с собой травмат.', 'Травматом размахивал, вот и посадили.'],
  },
  {
    category: 'case',
    name: "the writer's own legal practice",
    quiet: ['Я юрист, практикую по уголовным делам, пишу Вам как частное лицо.'],
    fires: ['Уголовное дело на тебя завели ещё весной, я помню.'],
  },
  {
    category: 'enclosures',
    name: 'a stamped reply envelope in the envelope',
    quiet: ['Кладу в конверт конверт с марками для ответа.', 'Вложила в конверт обратный конверт, он уже подписан.'],
    fires: ['Кладу в конверт тысячу рублей, купи себе что-нибудь.', 'Положила в конверт пакетик чая.'],
  },
  {
    category: 'politics',
    name: 'an army of couriers or fans, a «war» on an office or a bank',
    quiet: ['У певицы целая армия фанатов, все с плакатами.', 'Папа воюет с управляйкой из-за протекающей крыши.'],
    fires: ['Сына забрали в армию, пишет редко.', 'Страна воюет, а мы делаем вид, что ничего не происходит.'],
  },
  {
    category: 'contacts',
    name: 'an address abbreviation is not the end of another word',
    quiet: ['Тренер кинул его через бедро, и он уснул. Потом все смеялись.'],
    fires: ['Пиши мне через Свету: ул. Ленина, 12, кв. 3.', 'Через Олега Петровича, улица Мира, 7.'],
  },
  {
    category: 'politics',
    name: 'an everyday régime is not the regime: «режим» needs a political cue',
    quiet: [
      'В лагере у детей режим строгий, но кормят хорошо.',
      'Поставила телефон в ночной режим и наконец выспалась.',
      'У нас с котом общий режим: спим до обеда по выходным.',
    ],
    fires: ['Нынешний режим боится собственных граждан.', 'Этот режим держится на вранье и страхе.'],
  },
  {
    category: 'politics',
    name: 'a namesake of an official, named with a given name',
    quiet: ['Мой зять Паша Медведев починил нам крышу.', 'Пишет тебе Лена Володина из Твери, я учительница.'],
    fires: ['Вячеслав Володин опять предлагает что-то запретить.', 'Вчера Медведев опять всем угрожал.'],
  },
  {
    category: 'politics',
    name: 'a premiere is not the prime minister',
    quiet: ['Ходили с подругой на премьеру оперы, сидели на балконе.'],
    fires: ['Премьер опять рассказывал про рост экономики.'],
  },
  {
    category: 'politics',
    name: 'dill in the garden or the soup is not the slur (round 45)',
    quiet: ['Посадила на грядке укроп и петрушку, уже взошли.', 'В суп кладу много укропа, внуки любят.'],
    fires: ['Соседи по телевизору только и слышат, что «укропы» да «наши».'],
  },
  {
    category: 'crime',
    name: 'herbs drunk for health are not weed (round 45)',
    quiet: ['Бабушка заваривает травки от кашля, ромашку и чабрец.', 'Пью на ночь травки, сплю лучше.'],
    fires: ['Попроси ребят, пусть травку подгонят.'],
  },
  {
    category: 'code',
    name: 'a grade in quotes after an exam is not a stand-in (round 38)',
    quiet: ['Сдала экзамен по истории и получила «отлично».', 'За сочинение сын получил «хорошо», доволен.'],
    fires: ['«Сестрёнку» получила, спасибо, спрятала как договаривались.'],
  },
  {
    category: 'staff',
    name: "the writer's own or a friend's letter that did not arrive",
    quiet: ['Моё прошлое письмо, наверно, затерялось: ответа нет, не дошло, видимо.', 'Пишу снова: первое письмо так и не дошло.', 'Сестра просила передать, что её письма до Вас не доходят.'],
    fires: ['Твои письма к нам не доходят, их, видно, держат.', 'Ваши письма до мамы так и не дошли.'],
  },
]);

// An acrostic's reading instruction marks the short lines around it; the letter's closing lines after it
// («Как ты там?», «Бабушка шлёт привет.», a name) start with no vowel between them and spell no word.
describe('an acrostic instruction does not take in the closing lines that spell nothing', () => {
  const letters: [string, string[]][] = [
    [
      'Осень у нас длинная. Река уже замёрзла. Ель во дворе нарядили. Читай по первым буквам, как договаривались. Как ты там, не холодно? Бабушка передаёт привет. Мила.',
      ['Как ты там, не холодно?', 'Бабушка передаёт привет.', 'Мила.'],
    ],
    [
      'Мама пекла пироги. Игорь сдал экзамен. Рыжий кот потолстел. Прочитай первые буквы строк. Береги себя. Целую. В. К. Смирнова.',
      ['Береги себя.', 'В. К. Смирнова.'],
    ],
  ];
  it.each(letters)('«%s»', (text, closing) => {
    const acrostic = strong(text).filter((h) => h.rule === 'acrostic-lines');
    expect(acrostic.length).toBeGreaterThanOrEqual(3);
    for (const line of closing) {
      const at = text.indexOf(line);
      expect(acrostic.filter((h) => h.start < at + line.length && h.end > at)).toEqual([]);
    }
  });
});
