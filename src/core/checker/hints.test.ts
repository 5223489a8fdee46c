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
    category: 'code',
    name: 'quoted stand-ins: visitors «from the gas service», trips «to visit», a person by a quoted nickname, a chess move described',
    fires: [
      'Вчера заходили «из водоканала», полдня сидели на кухне.',
      'Мы теперь ездим «на рыбалку» по четвергам, ты понял.',
      'Как там «Борода», всё так же ворчит?',
      'Следующий ход присылай буквой и цифрой.',
    ],
    quiet: ['Заходил сантехник из водоканала, поменял кран.', 'Ездили на рыбалку с дедом, поймали трёх окуней.', 'Как тебе «Война и мир», дочитал?'],
  },
  {
    category: 'crime',
    name: 'an outcome bought, ammunition got, drink passed in, a threat to kill, a phone for rent, «not by post»',
    fires: [
      'Следователь намекнул, что за двести тысяч дело можно закрыть.',
      'Пистолет достать можно, знаю у кого.',
      'Спирта бы тебе передать в бутылке из-под шампуня.',
      'Сказал, что если найдёт того свидетеля, то убьёт.',
      'Трубу у вас, говорят, можно взять в аренду у блатных.',
      'Лекарство передадим не по почте, а через знакомого.',
    ],
    quiet: [
      'Репетитор берёт за курс двадцать тысяч, но дело того стоит.',
      'Патроны к ружью покупаю по охотбилету.',
      'Папа передал рецепт наливки, на спирту.',
      'Мама меня убьёт, если узнает про двойку.',
      'Трубу на кухне поменяли, теперь не течёт.',
    ],
  },
  {
    category: 'contacts',
    name: 'where another prisoner is now; a reply address through a third person',
    fires: ['Руслана перевели в ИК-2, пишет, что кормят лучше.', 'Отвечай через Таню: улица Гагарина, 7.'],
    quiet: ['Тебя этапировали в ИК-2, я узнала от адвоката.', 'Отвечай через ФСИН-письмо, я оплачу.'],
  },
  {
    category: 'enclosures',
    name: 'money to spend, one more thing, paper crafts and religious objects in the envelope',
    fires: ['Тут ещё две тысячи, купи себе что-нибудь к чаю.', 'Кладу тебе журавлика из бумаги, сама складывала.', 'Вкладываю маленький образок, освящённый.'],
    quiet: ['Перевела на лицевой счёт две тысячи, купи себе к чаю.', 'Кладу тебе листок с молитвой, переписала своей рукой.'],
  },
  {
    category: 'foreign',
    name: 'religious formulas and sign-offs in other languages; Church Slavonic is Russian',
    fires: ['Харе Кришна, брат!', 'Аллаху акбар, держись.', 'З повагою та любов’ю, Оксана.', 'Субханаллахи, как время летит.'],
    quiet: ['Христос воскресе, мой дорогой!', 'Отче наш, иже еси на небесех, да святится имя Твое.', 'Кришну в детстве я знала только по мультфильму.'],
  },
  {
    category: 'code',
    name: 'a key word given, initials to decode, a quoted nickname asked after, a move typed in capitals',
    fires: ['Кодовое слово — ЛАСТОЧКА, запомни.', 'А.Б.В. — сам догадаешься.', 'Как себя чувствует «Малыш», не болеет?', 'Мой ход: С2-С4.'],
    quiet: ['Слово года по версии словаря — «нейросеть».', 'Т.к. я работаю, пишу реже.', 'Как поживает «Зенит» в этом сезоне?', 'Формат А4 подойдёт для рисунка.'],
  },
  {
    category: 'crime',
    name: 'bribes in kind or to «the one at the gate», a veiled threat to an officer, «something stronger»',
    fires: ['Там за блок сигарет можно всё решить, я узнавала.', 'Отблагодарим дежурного, и он всё пропустит.', 'С этим кумом ещё разберёмся, дай только выйти.', 'Может, тебе покрепче чего передать, маякни.'],
    quiet: ['За блок сигарет в ларьке просят две тысячи.', 'С начальником смены я поговорила вежливо, он обещал разобраться.', 'Чай тебе пришлю покрепче, цейлонский.'],
  },
  {
    category: 'contacts',
    name: 'greetings to inmates by role, writing to another prisoner',
    fires: ['Кланяйтесь от нас вашему завхозу.', 'Черкни моему другу, он сидит в соседнем отряде.'],
    quiet: ['Напиши, как у вас в отряде с книгами.', 'Бабушка кланяется тебе и обнимает.'],
  },
  {
    category: 'enclosures',
    name: 'an item sent with this letter, money to hide',
    fires: ['С этим письмом высылаю тебе пару пакетиков какао.', 'Тут немного денег, припрячь на чёрный день.'],
    quiet: ['С этим письмом шлю тебе открытку с видом моря.', 'Денег пока немного, но мы справляемся.'],
  },
  {
    category: 'obscene',
    name: 'swearing cut off with dots',
    fires: ['Ну и холод, бля…', 'Пошёл он на х…'],
    quiet: ['И т.д., и т.п., сам знаешь.', 'Ху Цзиньтао — это китайский политик, в кроссворде попался.'],
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
      'Передаю тебе привет от всей нашей группы.',
      'Я жена Сергея, он сидел с тобой в одной камере в Тюмени.',
      'Если письмо пахнет кофе, это я пролила.',
      'Привили к старой груше побег от сорта «Лада».',
      'Симку себе новую купила, старая совсем сломалась.',
    ],
  },
])('$name', ({ category, fires, quiet }) => {
  it.each(fires)('fires: «%s»', (text) => expect(strong(text).map((h) => h.category)).toContain(category));
  it.each(quiet)('quiet: «%s»', (text) => expect(strong(text).map((h) => `${h.rule} «${text.slice(h.start, h.end)}»`)).toEqual([]));
});
