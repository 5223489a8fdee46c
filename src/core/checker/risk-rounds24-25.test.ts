import { describeClasses } from './class-tables.ts';

// Risky classes that rounds 24 and 25 showed the checker missing (session 6, last pass): medical
// supplies put in the envelope, a message to an inmate named with where he is held, a wish to
// strangle someone, the prisoner's own escape told to him, one word in a shifted alphabet, news
// that a coded thing arrived, who keeps order inside, a toast or greeting of the writer's new
// country. For each class, risky sentences that must fire in their category and innocent
// look-alikes that must stay quiet; none is a round's sentence: the class, not the line.

describeClasses([
  {
    category: 'enclosures',
    name: 'medical supplies put in the envelope',
    fires: ['Могу положить в конверт пару ланцетов для глюкометра.', 'Вложу в письмо тест-полоски, у тебя же сахар.'],
    quiet: ['Тест-полоски кончились, купила новые в аптеке.', 'Глюкометр показывает семь, врач говорит, нормально.'],
  },
  {
    category: 'contacts',
    name: 'a message to an inmate named with where he is held',
    fires: ['Саше из отряда передайте, что его дочь поступила.', 'Коле из седьмой камеры скажи, что адвокат нашёлся.'],
    quiet: ['Бабушке из деревни скажи, что картошку выкопали.', 'Из отряда ответили, что письмо вручено.'],
  },
  {
    category: 'crime',
    name: 'a wish to strangle someone, a hug that «strangles»',
    fires: ['Этого следователя я бы придушил.', 'Попадись он мне, задушу гада.'],
    quiet: ['Внучка задушила меня в объятиях, еле вырвалась.', 'Кот придушил мышь и принёс на крыльцо.'],
  },
  {
    category: 'crime',
    name: 'the prisoner’s own escape, a schoolboy’s',
    fires: ['Всё думаю: вот бы ты сбежал, и мы бы уехали к морю.', 'Вы сбежали бы, если бы был шанс?'],
    quiet: ['Помнишь, как ты сбежал с уроков на рыбалку?', 'Ты сбежал с выпускного раньше всех, я помню.'],
  },
  {
    category: 'code',
    name: 'one word in a shifted alphabet, a real word poor in vowels',
    fires: ['Ключ тот же, ответ: Хзозчср.', 'Запомни одно слово: фесдсжг.', 'Шифр наш, сдвиг на три: тулзжзх.'],
    quiet: ['Летали в Гданьск через Варшаву, красиво.', 'Здравствуйте, чувствую себя лучше.', 'Здешний француз зайдёт вечером.'],
  },
  {
    category: 'crime',
    name: 'who «keeps order» inside (the overseer in plain words), order kept at home',
    fires: ['Как там у вас, кто за порядком следит, нормальные люди?', 'Кто у тебя за бараком смотрит, не обижают?'],
    quiet: ['Кто за порядком во дворе следит, никто не знает.', 'Кто за хатой смотрит, пока вы на даче?'],
  },
  {
    category: 'code',
    name: 'news that a coded thing arrived, right after the code word; a trip told plainly',
    fires: ['Помнишь «синий зонтик»? Она благополучно добралась, всё чисто.', 'Про «посылку для тёти» не волнуйся. Они доехали, всё на месте.'],
    quiet: ['Дети вернулись из лагеря. Они доехали, всё на месте, даже панамки.', 'Бабушка благополучно добралась до Самары.'],
  },
  {
    category: 'foreign',
    name: 'a greeting or toast of the writer’s new country',
    fires: ['Здесь все при встрече говорят «gagimarjos», и я тоже.', 'В баре кричали «živjeli», пришлось выпить.', 'На рынке отвечаю «гагимарджот», продавцы смеются.'],
    quiet: ['Тут все здороваются, даже незнакомые.', 'Подняли бокалы за твоё здоровье.'],
  },
], { quietIn: 'category' });
