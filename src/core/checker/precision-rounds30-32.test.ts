import { describeClasses } from './class-tables.ts';

// False alarms by class from rounds 30–32 (session 7, after their first run): a daily «режим» named in quotes or a
// device's mode, a café or bar that is full, a goat in the garden, a programmer's broken code, a local petition (a
// square, a park, a yard), a child's drawing promised for the next letter, a toddler on one's knees, a nickname
// someone used to call us, a hairdresser's colouring in quotes, a toddler's word, an official phrase told with irony,
// a friend's joke, words of support passed on in quotes, writing from a friend's address, a municipal deputy's own
// past office, neighbours calling the police over noise. Each class: innocent sentences that stay quiet, risky ones
// of the same shape that still fire. None is a round's or a probe set's sentence.

describeClasses([
  {
    category: 'politics',
    name: 'a daily mode named in quotes or a device mode is not the regime',
    quiet: [
      'Мы живём в режиме «работа — дом — работа».',
      'Телефон держу в режиме экономии, зарядки нет.',
      'Я сейчас в режиме «сессия», так что пишу коротко.',
    ],
    fires: ['Этот режим рано или поздно рухнет.', 'Путинский режим держится на страхе.'],
  },
  {
    category: 'case',
    name: 'a bar or café hall that is full is not the courtroom',
    quiet: ['В баре вчера был полный зал, играли джаз.', 'Открыли кофейню у метро, по утрам полный зал посетителей.'],
    fires: ['В зале суда полный зал, все пришли тебя поддержать.', 'Суд был открытый, в зале сидели журналисты.'],
  },
  {
    category: 'obscene',
    name: 'a goat in the garden or the shed is an animal',
    quiet: [
      'Наш козёл Яшка объел всю капусту на грядке.',
      'Козу с козлом держим за сараем, козёл бодается.',
      'Коза с козлёнком ушли, а козёл остался в сарае.',
    ],
    fires: ['Этот козёл опять не заплатил алименты.', 'Козёл начальник опять орал на всех.'],
  },
  {
    category: 'code',
    name: 'a programmer\'s code broken by an intern or on a server',
    quiet: ['Всю ночь чинили сервер, оказалось, кто-то сломал код.', 'Стажёр опять залил кривой код на прод.'],
    fires: ['Напиши код, как договаривались.', 'Помнишь код, который я тебе дала?'],
  },
  {
    category: 'politics',
    name: 'signing a local petition (a square, a park, a yard) is not a political admission',
    quiet: [
      'Хотят застроить наш двор, собирали подписи, я тоже подписала.',
      'Жильцы требуют светофор у школы, я тоже подписал обращение.',
    ],
    fires: ['Я тоже донатил на адвоката.', 'Я тоже подписала петицию против войны.'],
  },
  {
    category: 'enclosures',
    name: 'a drawing a child will draw, put in the next letter',
    quiet: ['Внучка нарисует тебе кота, вложу в письмо.', 'Сын рисует Вам самолёт, положим его в следующее письмо.'],
    fires: ['Вложила в письмо пакетик чая.', 'Положу в письмо лезвие.'],
  },
  {
    category: 'case',
    name: 'a toddler\'s age, sitting on one\'s knees or in one\'s arms',
    quiet: [
      'Сыну год и два месяца, сидит у меня на руках и смотрит мультики.',
      'Внучке три года, сидит у деда на коленках и рисует.',
    ],
    fires: ['Два года уже сидит, осталось три.', 'Два года отсидел, ещё три сидеть.'],
  },
  {
    category: 'code',
    name: 'a nickname someone used to call us, or a toddler\'s word, is not a signal',
    quiet: [
      'Помнишь, как нас в лагере дразнили «головастики»?',
      'Дочка передаёт тебе «ням-ням», это её новое слово.',
    ],
    fires: ['Помнишь «зелёный чемодан»? Всё в порядке.', 'Тётя передаёт тебе «зелёный привет».'],
  },
  {
    category: 'code',
    name: 'a hairdresser\'s technique in quotes; an official phrase or a friend\'s joke told with irony',
    quiet: [
      'Клиентке сделала «балаяж», ей понравилось.',
      'В школе нам всё объясняли про «светлое будущее».',
      'Жена смеётся, что у нас «дача для своих».',
    ],
    fires: ['Попробую передать на свиданке «пакетик».', 'Передать «груз» можно на свиданке.'],
  },
  {
    category: 'crime',
    name: 'words of support passed on in quotes are not contraband',
    quiet: ['Оля просила передать: «Мы тебя любим и ждём».', 'Соседи просили передать лично: «Гордимся тобой».'],
    fires: ['Попробую передать на свиданке «пакетик».', 'Передать «груз» можно на свиданке.'],
  },
  {
    category: 'contacts',
    name: 'writing from a friend\'s address gives no address',
    quiet: ['Пишу с адреса сестры, мой ящик взломали.', 'Ответ пришёл со адреса его жены, не удивляйся.'],
    fires: ['Дай мне адрес его сестры.', 'Скинь адреса друга и брата.'],
  },
  {
    category: 'politics',
    name: 'a municipal deputy\'s own past office (a district, a term of office)',
    quiet: ['Я была муниципальным депутатом два созыва, теперь пеку торты.', 'После созыва ушёл в школу, депутатская закалка помогает.'],
    fires: ['Депутаты опять приняли людоедский закон.', 'Этот депутат голосовал за все запреты.'],
  },
  {
    category: 'case',
    name: 'neighbours calling the police over noise are not questioning',
    quiet: ['Мы пели в караоке до утра, и соседи вызвали полицию.', 'Дети шумели весь вечер, снизу вызвали полицию.'],
    fires: ['Меня вызывали в полицию и спрашивали про тебя.', 'Опер приходил, спрашивал про тебя.'],
  },
  {
    category: 'code',
    name: '«you know who is in charge» answered at once with a pet or a relative is not an allusion',
    quiet: ['Дома, сами понимаете, кто у нас главный — кошка.', 'Сам понимаешь, кто у нас главный на кухне — бабушка.'],
    fires: ['Сам понимаешь, кто приходил к нам в гости.', 'Наш общий знакомый, ну ты знаешь кто, звонил вчера.'],
  },
  {
    category: 'staff',
    name: 'an idiom with «бьют» (records, the alarm) is not a beating',
    quiet: ['Там у вас в школе, говорят, бьют рекорды по олимпиадам.', 'Родители у вас в классе бьют тревогу из-за оценок.'],
    fires: ['Говорят, у вас заключённых бьют в дежурке.', 'В колонии людей бьют и унижают.'],
  },
]);
