import { describeClasses } from './class-tables.ts';

// False alarms of rounds 35–37 by class (first run on 2abd790, 31 of 757): people who have served and are
// out — their own past term, parole life, a relative's finished term, a term in a past era or of the
// dead; weapons of states in the news; a civil court case in the writer's own life; money put on the
// prison's personal account (the lawful way); health that «сдала»; a rank «запаса»; thanks «за рисунок»;
// a home region named with «родом» after it; a business contract with partners; a book about an escape;
// football league abbreviations. Each class: look-alikes that stay quiet and risky sentences of the same
// shape that still fire. None is a round's sentence.

describeClasses(
  [
    {
      category: 'crime',
      name: 'a fight the writer or someone else once served time for',
      quiet: ['Брат в молодости сидел за драку, теперь тренирует детей.', 'Отец когда-то отсидел за драку, больше не пьёт.'],
      fires: ['Вчера в бараке была драка, двоих увезли.', 'Если он полезет, будет драка, я предупредил.'],
    },
    {
      category: 'case',
      name: 'parole lived outside: checking in at the inspection, working',
      quiet: ['Сосед наш по УДО, отмечается в инспекции каждую неделю.', 'Я тоже был на УДО, работаю теперь на стройке.'],
      fires: ['Надеюсь, тебе дадут УДО весной.', 'Когда можно будет подать на УДО?'],
    },
    {
      category: 'case',
      name: 'a term already served by someone who is out',
      quiet: ['Наш сосед отсидел три года, вышел и женился.', 'Мой сын отсидел пять лет, теперь живёт с нами.', 'Я уже четыре года помогаю семьям тех, кто сидит.'],
      fires: ['Ты отсидел уже три года, осталось два.', 'Тебе дали шесть лет, я всё ещё не верю.'],
    },
    {
      category: 'case',
      name: 'a term of a past era or of someone who has died',
      quiet: ['Прадед в пятидесятые получил десять лет за колоски.', 'Дядя, покойный, отсидел восемь лет за драку в молодости.'],
      fires: ['Ему дали восемь лет за пост в интернете.', 'Сейчас за такое дают пять лет за репост.'],
    },
    {
      category: 'crime',
      name: 'weapons of states in the news or history',
      quiet: ['Смотрела фильм про химическое оружие в Первую мировую.', 'По радио говорили про ядерное оружие и переговоры.'],
      fires: ['Он прятал оружие в гараже.', 'Достань мне оружие, я заплачу.'],
    },
    {
      category: 'case',
      name: "a civil court case in the writer's own life (a traffic accident, a divorce, an inheritance)",
      quiet: ['Меня вызвали в суд, но это из-за соседской машины и того ДТП у магазина.', 'Завтра опять суд, делим с братом наследство от тётки.'],
      fires: ['Завтра твой суд, мы все придём.', 'Суд перенесли на март, адвокат обещает апелляцию.'],
    },
    {
      category: 'crime',
      name: "money put on the prison's personal account",
      quiet: ['Могу закинуть тебе на лицевой счёт, только напиши.', 'Денег на лицевой положим, скажи сколько нужно.'],
      fires: ['Скажи, сколько нужно, скинемся, и он пронесёт.', 'Через смену можно закинуть телефон, договорились.'],
    },
    {
      category: 'case',
      name: 'health that «сдала» (declined)',
      quiet: ['Бабушка совсем сдала после зимы, почти не встаёт.', 'Отец сильно сдал, сердце шалит.'],
      fires: ['Это она тебя сдала, я уверена.', 'Сосед сдал нас, написал заявление.'],
    },
    {
      category: 'staff',
      name: 'a rank of the reserve or the retired writer',
      quiet: ['Пишет вам майор запаса, бывший сосед вашей мамы.', 'Я подполковник в отставке, живу на даче.'],
      fires: ['Майор Сидоров опять лютует.', 'Начальник колонии обещал разобраться.'],
    },
    {
      category: 'case',
      name: 'thanks for a drawing or a poem, not a term «за рисунок»',
      quiet: ['Получила твоё письмо, спасибо за рисунок, он висит на холодильнике.', 'Спасибо за стихи, мы получили их в среду.'],
      fires: ['Его посадили за рисунок в соцсетях.', 'Дали три года за пост.'],
    },
    {
      category: 'politics',
      name: 'a home region named before «родом»',
      quiet: ['Я с Донетчины родом, давно живу в Твери.', 'Мама у меня из-под Харькова родом, печёт вкусные пирожки.'],
      fires: ['Харьков опять обстреливали всю ночь.', 'Из Донецка пишут, что света нет.'],
    },
    {
      category: 'politics',
      name: 'a business contract signed with partners',
      quiet: ['С турками контракт подписали, теперь на поставки.', 'Наконец подписали контракт с новыми партнёрами.'],
      fires: ['Сосед подписал контракт и уехал туда.', 'Брат пошёл по контракту на фронт.'],
    },
    {
      category: 'crime',
      name: 'an escape in a book being read',
      quiet: ['Перечитываю «Побег из Шоушенка», очень сильная книга.', 'Читаю роман про побег с каторги, не оторваться.'],
      fires: ['Они готовят побег, я слышала.', 'Побег из колонии — это глупость, не надо.'],
    },
    {
      category: 'code',
      name: 'football and hockey league abbreviations',
      quiet: ['В РПЛ опять сменили тренера в трёх клубах.', 'ФК «Урал» проиграл, в ФНЛ полетит.'],
      fires: ['Передай ЖДМ, что всё готово.', 'Скажи ПЛН, пусть ждёт.'],
    },
  ],
  { quietIn: 'category' },
);
