import { describeClasses } from './class-tables.ts';

// False alarms by class, session 9: classes chosen from the first-run hits of rounds 1–46 counted per
// rule and ranked by how many rounds and writers they recur in (docs/checker-eval.md, «False alarms by
// rule on first runs»), still live on main 3ce5cff, and the known leftovers of session 8. Censorship
// of films and television; a child asked about school; a parent blocking a site for a child; children
// over a fence; medicines for the writer's own family; the Great Patriotic War of a relative; «как
// солдат» as a simile; a meeting of a committee or club; (second landing, chosen on rounds 1–61) judging as a
// moral idiom, public hearings, a court reporter; a career wish to be a soldier; a car's nickname in
// quotes in any form, a word in a language of Russia's north and east; (third landing, chosen on rounds
// 1–75) a university «автомат», game weapons, the writer's own messenger channel, a relative's blood
// pressure passed on, an army of miniatures, criminal law studied. Each class: innocent sentences that stay quiet
// and risky ones of the same shape that still fire. None is a round's or a probe set's sentence.

describeClasses([
  {
    category: 'staff',
    name: 'censorship of films, shows and songs, not of letters',
    quiet: [
      'В кино цензура вырезала все сцены с курением.',
      'В старом фильме цензоры вырезали поцелуй, смешно смотреть.',
      'В сериале цензура замазала все татуировки.',
      'Из клипа цензоры вырезали половину кадров.',
    ],
    fires: [
      'Письма там просто выбрасывают, цензор режет всё подряд.',
      'Половину твоего письма цензоры вырезали.',
      'Посылку мою, говорят, так и не выдали.',
    ],
  },
  {
    category: 'staff',
    name: 'a child asked how they are treated at school or kindergarten',
    quiet: [
      'Тебя в школе не обижают?',
      'Как тебя в новом классе приняли, не обижают?',
      'Внучку в садике не обижают?',
      'Тебя в институте преподаватели не достают, нормально относятся?',
    ],
    fires: ['Тебя там не обижают?', 'Как к тебе в отряде относятся, не обижают?', 'Сокамерники тебя не обижают?'],
  },
  {
    category: 'politics',
    name: 'a parent blocking a site or an app for a child, adverts, games',
    quiet: [
      'Мама поставила родительский контроль и заблокировала сыну ютуб на ночь.',
      'Я заблокировала этот сайт у дочки, там одна реклама.',
      'Заблокировал внуку игры после десяти вечера, обиделся на меня.',
      'Сайт с казино заблокировали, и слава богу.',
    ],
    fires: [
      'Наш канал заблокировали, переехали на зеркало.',
      'Ютуб заблокировали, смотрим через впн.',
      'Сыну заблокировали ютуб, теперь смотрит через впн.',
    ],
  },
  {
    category: 'crime',
    name: 'children, a ball or apples over a fence',
    quiet: [
      'Соседский мальчишка перелез через забор за мячом.',
      'Малыши перелезли через забор к соседям за яблоками.',
      'Подростки сиганули через забор на стадион.',
    ],
    fires: ['Говорят, из вашей колонии уже уходили через забор.', 'Пора делать ноги, пока не поздно, подумай.'],
  },
  {
    category: 'staff',
    name: "medicines for the writer's own family outside",
    quiet: [
      'Ваша сестра просила передать, что лекарства для неё нашли, она поправляется.',
      'Таблетки для папы нам дали бесплатно в поликлинике.',
      'Лекарства для бабушки теперь дают по льготе.',
    ],
    fires: ['Лекарства в санчасти выдают вовремя?', 'Требуй, чтобы в медчасти дали направление к врачу.'],
  },
  {
    category: 'politics',
    name: 'the Great Patriotic War of a relative (Stalingrad, the Kursk arc, Rzhev, a great-grandmother)',
    quiet: [
      'Отец воевал на Курской дуге, вернулся контуженный.',
      'По телевизору показывали фильм про Курскую дугу, там воевал мой прадед.',
      'Прабабушка в войну работала на заводе, ей было четырнадцать.',
      'Дед погиб подо Ржевом, мы ездили туда на раскопки.',
    ],
    fires: [
      'Сосед вернулся оттуда без руки.',
      'Дед вернулся со Сталинграда без руки, а теперь, выходит, опять всё сначала.',
      'Брат сейчас воюет, писать ему нельзя.',
      'Мужа забрали воевать ещё осенью.',
      'Бабушка боится, что внука заберут на войну.',
    ],
  },
  {
    category: 'politics',
    name: '«как солдат» as a simile',
    quiet: ['Держитесь, как солдат.', 'Стоишь, как оловянный солдат, и не жалуешься.', 'Мой сын встаёт в шесть, как солдат, без будильника.'],
    fires: ['Все солдаты там голодные, пишет сосед.', 'Соседа отправили штурмовиком.', 'Солдаты у нас в городе на каждом углу.'],
  },
  {
    category: 'case',
    name: 'a meeting of a committee, a club or a residents’ board, not a hearing',
    quiet: [
      'У нас было заседание родительского комитета, решали про выпускной.',
      'Вчера было заседание литературного кружка, читали Чехова.',
      'На заседании ТСЖ опять ругались из-за парковки.',
    ],
    fires: ['Следующее заседание суда назначено на пятое.', 'Было заседание, судья опять отложил.', 'Заседание по мере пресечения перенесли.'],
  },
  {
    category: 'case',
    name: 'judging as a moral idiom («не мне судить», the Last Judgement), public hearings, a court reporter',
    quiet: [
      'Не мне, конечно, судить, но я бы так не смогла.',
      'Нам ли судить других, сами не без греха.',
      'На Страшном суде всем воздастся по делам.',
      'Мы ходили на общественные слушания по новой дороге.',
      'Я судебный репортёр, пишу про споры соседей и наследство.',
    ],
    fires: ['Слушание по твоему делу назначили на май.', 'Меня тоже могут судить за репост.', 'Суд опять отложили, адвокат злится.'],
  },
  {
    category: 'politics',
    name: 'a young person who wants to become a soldier or officer as a career',
    quiet: ['Внук хочет в военные, а я хочу, чтобы он стал врачом.', 'В детстве я мечтала стать военной, а стала бухгалтером.'],
    fires: ['Сына хотят забрать в военные, повестку уже принесли.', 'Военные у нас теперь на каждом углу.'],
  },
  {
    category: 'code',
    name: "a car's nickname in quotes, every form; a word in a language of Russia's north and east",
    quiet: [
      'Сосед продал свою «девятку» за копейки.',
      'Брат купил старую «семёрку» и чинит её в гараже.',
      'Это по-якутски «спасибо».',
      'Это по-бурятски «здравствуйте», меня бабушка научила.',
    ],
    fires: ['Передай «зелёному», что всё в силе.', 'Скажи «Рыжему», пусть ждёт.'],
  },
  {
    category: 'crime',
    name: 'a university «автомат» (a pass without the exam); weapons of a computer game being balanced',
    quiet: [
      'Препод по матану обещал поставить мне автомат, если сдам все лабы.',
      'За сессию у меня три автомата, ура.',
      'Сейчас балансим оружие в нашей игре, тестеры жалуются, что лук имба.',
    ],
    fires: ['Ему дали автомат и отправили на передовую.', 'Где бы достать автомат, спроси у своих.', 'Оружие привезли в гараж, никому не говори.'],
  },
  {
    category: 'contacts',
    name: "the writer's own channel or shop chat in a messenger",
    quiet: ['Я веду небольшой телеграм-канал про наш город, там одни ямы и котики.', 'Мёд продаю через чат в телеге, берут хорошо.'],
    fires: ['Найди меня в телеграме, мой ник — zima.', 'Напиши мне в вотсап, когда сможешь.'],
  },
  {
    category: 'staff',
    name: "a relative's blood pressure passed on as news",
    quiet: ['Мама просила передать, что с папой всё хорошо, давление в норме.', 'Бабушка просила передать, что у неё давление скачет, но она держится.'],
    fires: ['Лекарства в санчасти выдают вовремя?', 'Тебе в санчасти дали лекарства?'],
  },
  {
    category: 'politics',
    name: 'an army of painted miniatures',
    quiet: ['Крашу армию космодесанта для настолки, очень успокаивает.', 'Сын собрал целую армию миниатюр и красит их по вечерам.'],
    fires: ['Армия у нас теперь везде, на каждом углу плакаты.', 'Мужа забрали воевать ещё осенью.'],
  },
  {
    category: 'case',
    name: 'criminal law as a subject of study or practice',
    quiet: ['Я учусь на юрфаке, специализируюсь на уголовном праве.', 'Экзамен по уголовному праву сдала на пятёрку.'],
    fires: ['Уголовное дело передали в суд.', 'Тебе предъявили новое обвинение?'],
  },
]);
