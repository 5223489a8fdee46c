import { describeClasses } from './class-tables.ts';

// Known false alarms from earlier notes, fixed by class in session 7: kin in the dative taken for a nickname
// («Маме из больницы передай…»), «скажи, как…» asking the addressee taken for a message to relay, a short
// everyday sentence heavy in ж, ш, ч taken for a shifted alphabet, a song in quotes taken for an organisation,
// a slang word discussed as a word, a band in quotes or a man named Акбар taken for another language, the
// writer's own army past («в лазарете», «взыскание»), «уголовный розыск», «присяжные поверенные»; and the older
// rules' alarms on part A's session-7 probes: a prize «за стихи», soldiers of the First World War, a rehabilitated
// ancestor's file, a contract for a repair, an honour board with portraits, «N лет назад», a flat's survey,
// an IT company, leaflets scolded about in childhood.
// Each class: innocent sentences that stay quiet, risky ones of the same shape that still fire.

describeClasses([
  {
    category: 'contacts',
    name: 'kin in the dative; «скажи, как…» asking the addressee',
    quiet: ['Бабушке из санатория передай, что я скучаю.', 'Скажи, как там у тебя с погодой, холодно?'],
    fires: ['Рыжему из соседней камеры передай, что я жду.', 'Скажи ребятам в отряде, что мы всё знаем.'],
  },
  {
    category: 'code',
    name: 'a short everyday sentence heavy in ж, ш, ч',
    quiet: ['Щётку положила в шкафчик.', 'Жжёшь, чувак, шучу.'],
    fires: ['Жзуйлфя, брат.', 'Пзхзйзрх дф фшлф гцзпп фм.'],
  },
  {
    category: 'politics',
    name: 'a song or a radio station in quotes',
    quiet: ['На концерте пели «Весну», все плакали.', 'Хор исполнил «Весну» Вивальди.'],
    fires: ['Подписалась на «Весну», они молодцы.', 'Мы слушали «Голос Америки» под одеялом.'],
  },
  {
    category: 'crime',
    name: 'a slang word discussed as a word',
    quiet: ['Грев — такое смешное слово, я его в книжке нашла.'],
    fires: ['Грев дошёл до тебя?', 'Общак у вас кто держит?'],
  },
  {
    category: 'foreign',
    name: 'a band in quotes, a man named Акбар',
    quiet: ['Дед слушает «Сябры» по вечерам.', 'У нас новый сосед, его зовут Акбар.', 'Акбар помог донести сумки.'],
    fires: ['Аллаху Акбар, брат, держись.', 'Дарагія сябры, трымайцеся.'],
  },
  {
    category: 'politics',
    name: 'the writer\'s own army past',
    quiet: ['В армии я как-то месяц пролежал в лазарете с ангиной.', 'Брат получил взыскание в армии за самоволку, ещё в девяностых.'],
    fires: ['Сына забирают в армию, а там сразу отправляют на фронт.', 'Мужа мобилизовали, он теперь в армии.'],
  },
  {
    category: 'case',
    name: 'a police job in the criminal investigation department; 19th-century attorneys',
    quiet: ['Зять работает в уголовном розыске, ловит угонщиков.', 'В музее рассказывали про присяжных поверенных Петербурга.'],
    fires: ['Тебя судили без присяжных, это нечестно.', 'Уголовное дело возбудили за один пост.'],
  },
  {
    category: 'case',
    name: 'a prize for poems, «N лет назад», a flat\'s survey, an ancestor\'s file, leaflets in childhood',
    quiet: [
      'Внучке дали грамоту за стихи на районном конкурсе.',
      'Ему дали пять лет назад орден, он им очень гордится.',
      'Экспертиза квартиры показала, что трещины от соседей сверху.',
      'Прадеда реабилитировали посмертно, мы нашли его дело в архиве.',
      'В детстве нас за листовки на заборе отругал сторож.',
    ],
    fires: ['Его посадили за стихи.', 'Ему дали пять лет за один пост.', 'Экспертиза по его делу готова.'],
  },
  {
    category: 'politics',
    name: 'soldiers of the First World War, a contract for a repair, an honour board with portraits',
    quiet: [
      'В библиотеке читали письма солдатам Первой мировой из архива.',
      'Подписали контракт на ремонт подъезда, обещают к лету.',
      'В школе повесили доску почёта с портретами выпускников.',
    ],
    fires: ['Сосед подписал контракт и уехал на фронт.', 'Мы вышли на пикет с плакатами в твою поддержку.'],
  },
  {
    category: 'foreign',
    name: 'a Latin abbreviation joined to a Russian word',
    quiet: ['Сестра теперь работает в IT-отделе банка.', 'Он PR-менеджер в маленькой фирме.'],
    fires: ['Дарагія сябры, трымайцеся.'],
  },
  {
    category: 'enclosures',
    name: 'what the writer wished or dreamt to enclose, but did not',
    quiet: [
      'Хотела положить в конверт пару карамелек, но вспомнила, что нельзя.',
      'Мечтаю когда-нибудь вложить в письмо настоящий чай.',
      'Если бы разрешали, я бы и денег в письмо положила.',
    ],
    fires: ['Положила в конверт пару конфет, хотела порадовать.', 'Вложила в письмо пятьсот рублей.'],
  },
  {
    category: 'code',
    name: 'initials right after a closing formula, mid-letter',
    quiet: ['Скучаем, Т. и В. Пиши, как сможешь.', 'Ваши Г. и Н. До встречи.'],
    fires: ['Передай Т. и В., что всё готово.'],
  },
  {
    category: 'staff',
    name: 'torture as a figure of speech; night checks at the writer\'s own job',
    quiet: ['Внуки пытали меня расспросами про войну с Наполеоном, я не знала ответов.', 'Экзамен по химии был пыткой.', 'На работе ночные проверки, я охранник на складе.'],
    fires: ['Там пытки, это правда.', 'Ночные проверки у вас каждый час?'],
  },
  {
    category: 'politics',
    name: 'a school or club election; a spell in the army sick bay',
    quiet: ['На выборах старосты класса Маша нарисовала смешной плакат.', 'В армии я пролежал месяц в санчасти с ангиной.'],
    fires: ['На выборах всё нарисовали заранее.', 'Сына отправили в армию, а оттуда на фронт.'],
  },
  {
    category: 'crime',
    name: 'shot or killed in a game',
    quiet: ['В лазертаге меня подстрелили первым же выстрелом.', 'В компьютерной игре брата убили на втором уровне.'],
    fires: ['Соседа подстрелили на охоте, он в больнице.', 'Я его убью, если он к тебе подойдёт.'],
  },
  {
    category: 'politics',
    name: 'dancing to a designated singer; «по-военному» as a manner',
    quiet: ['На выпускном все танцевали под Монеточку.', 'Отец собрался по-военному быстро, за пять минут.'],
    fires: ['Были на концерте Монеточки, весь зал пел.', 'Мужа отправили в военную часть под Белгородом.'],
  },
  {
    category: 'staff',
    name: 'pets sleeping in turns',
    quiet: ['Наши кошки так любят новую коробку, что спят в ней по очереди.'],
    fires: ['В камере нас двенадцать, а коек восемь, спим по очереди.'],
  },
  {
    category: 'case',
    name: 'a lawyer in a divorce or an inheritance',
    quiet: ['Юрист по наследству сказал, что дом оформим к лету.', 'Адвокат по разводу говорит, что алименты назначат быстро.'],
    fires: ['Адвокат говорит, что апелляцию подадим весной.'],
  },
]);
