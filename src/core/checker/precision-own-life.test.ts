import { describe, expect, it } from 'vitest';
import { findHits } from './index.ts';

// False alarms by class from rounds 21–23 (session 6): the writer's own life — past service and jobs,
// military history as a hobby, books named by title, the prison service's own mail and shop,
// exams «сдал», rustic spelling, a works named by its initials; the parish, the garden and pets;
// an ex-prisoner's own past; relatives of a former cellmate and greetings from friends; the letter
// itself (its smell, a signed drawing, a prayer copied out); a parcel asked about. For each class: innocent sentences
// that stay quiet (no high or medium finding, as the scoring counts alarms) and risky ones of the
// same class that still fire in their category. None is a round's or a probe set's sentence.
const strong = (text: string) => findHits(text).filter((h) => h.severity !== 'low');

describe.each([
  {
    name: 'the writer\'s own old war or service, a military pension',
    quiet: [
      'Я в восемьдесят восьмом воевал в Афганистане, под Кандагаром, вернулся в девятнадцать лет.',
      'Свёкор воевал во вторую чеченскую, теперь разводит кроликов.',
      'Маме назначили военную пенсию за отца, оформили за месяц.',
      'Вам пишет бывший следователь, я давно на пенсии и сажаю картошку.',
      'Когда я работала в военной части поваром, мы пекли хлеб на всю роту.',
    ],
    fires: [
      ['Воевал в Афганистане, а теперь и внука забирают по мобилизации.', 'politics'],
      ['Мой младший сейчас воюет, звонит раз в месяц.', 'politics'],
    ],
  },
  {
    name: 'military history as a hobby: reenactors, search teams, hunting',
    quiet: [
      'Поисковый отряд нашёл под Ржевом блиндаж и каску с именем.',
      'Реконструкторы привезли на праздник настоящую полевую кухню и окопную печку.',
      'Дядя взял ружьё и ушёл на глухаря, вернулся к ночи без глухаря.',
      'Внук делает в кружке военной истории макет крепости.',
    ],
    fires: [
      ['Ружьё у него дома в шкафу, без всяких документов.', 'crime'],
      ['Реконструктор реконструктором, а сына всё равно забрали на фронт.', 'politics'],
    ],
  },
  {
    name: 'a book or film named by its title',
    quiet: [
      'Пришлю тебе «Войну и мир» в двух томах, давно хотел перечитать?',
      '«Солдаты удачи» — фильм старый, но смешной.',
      '«Батальоны просят огня», смотрел?',
    ],
    fires: [['«Нет войне» — мы написали это на асфальте у администрации.', 'politics']],
  },
  {
    name: 'the prison service\'s own mail, shop and phone account',
    quiet: [
      'Напишу Вам ещё через ФСИН-письмо, там можно вложить бланк ответа.',
      'Заказала тебе в интернет-магазине ФСИН носки и тетради.',
      'Положил тебе денег на Зонателеком, звони маме.',
    ],
    fires: [
      ['Напишу на них жалобу в ФСИН, так оставлять нельзя.', 'staff'],
      ['Положила тебе в конверт пятьсот рублей, спрячь.', 'enclosures'],
    ],
  },
  {
    name: 'exams and things handed in: «сдал»',
    quiet: [
      'Внучка у меня биологию сдала на отлично, в медицинский идёт.',
      'Младший у нас сдал на права, теперь катает всех на даче.',
      'Сын у нас нормативы сдал лучше всех в классе.',
    ],
    fires: [
      ['Меня сдал сосед, больше некому.', 'case'],
      ['Нас сдал кто-то свой, иначе бы не нашли.', 'case'],
    ],
  },
  {
    name: 'rustic spelling of a Russian word',
    quiet: ['Цалую тебя, мой хороший, пиши.', 'Цалуем, ждём, твои мама и папа.'],
    fires: [['Дзякуй за ліст, цалую моцна.', 'foreign']],
  },
  {
    name: 'a works named by its initials, a known weapon model',
    quiet: ['Зять работает на КМЗ мастером смены.', 'Отец всю жизнь на ЧМК, теперь на пенсии.', 'В музее видели ППШ и каску.'],
    fires: [['Передай ЖДМ, что всё в силе.', 'code']],
  },
  {
    name: 'the parish, the garden and pets',
    quiet: [
      'Весь приход молился за тебя на Троицу.',
      'Отец Андрей после литургии передал для тебя просфору, но её, наверное, нельзя, так что просто кланяется.',
      'Привила грушу: побег взяла у соседки, посмотрим, примется ли.',
      'Щенок подкопал сетку и удрал в лес за зайцами.',
      'Напекла блинов на роту солдат, а внуки не приехали.',
      'Кот с подоконника осуждает всех прохожих.',
      'Наш хомяк свидетель всех моих ночных перекусов.',
    ],
    fires: [
      ['Сына опять отправили штурмовать, уже третий раз, от роты солдат осталось пятеро.', 'politics'],
      ['Кот скучает по тебе, а суд опять перенесли на месяц.', 'case'],
      ['Словил приход и полночи не спал.', 'crime'],
    ],
  },
  {
    name: 'an ex-prisoner\'s own past',
    quiet: [
      'Я своё отмотал от звонка до звонка ещё в нулевых.',
      'Моё последнее слово тогда заняло полминуты.',
    ],
    fires: [
      ['Тебе до звонка осталось полтора года, держись.', 'case'],
      ['Все говорят, что твоё последнее слово было очень смелым.', 'case'],
    ],
  },
  {
    name: 'relatives of a former cellmate, greetings from friends',
    quiet: [
      'Я отец Вадима, вы были в одной камере в Лефортово, он просил написать Вам.',
      'Передаю Вам привет от Любы и от всей нашей улицы.',
    ],
    fires: [
      ['Он сидит с тобой, передай ему, что мама ждёт.', 'contacts'],
      ['Передай привет Любе из вашего отряда.', 'contacts'],
    ],
  },
  {
    name: 'the letter itself: its smell, a signed drawing, a prayer copied out',
    quiet: [
      'Письмо, наверное, пахнет корицей: я пекла булочки, пока писала.',
      'Сынок нарисовал тебе собаку и сам подписал своё имя.',
      'Вкладываю листочек с молитвой Оптинских старцев, переписала от руки.',
    ],
    fires: [
      ['Сбрызнула конверт духами, чтобы ты вспомнил меня.', 'enclosures'],
      ['Я тоже подписала ту петицию, так что мы с тобой заодно.', 'politics'],
    ],
  },
  {
    name: 'a parcel asked about',
    quiet: ['Получил ли ты бандероль с журналами, или её не приняли?', 'Напиши, передали тебе мои носки или ещё нет.'],
    fires: [['Передачу у нас опять не приняли, сказали, нельзя, и всё.', 'staff']],
  },
])('$name', ({ quiet, fires }) => {
  it.each(quiet)('quiet: «%s»', (text) => {
    expect(strong(text).map((h) => `${h.rule} «${text.slice(h.start, h.end)}»`)).toEqual([]);
  });
  it.each(fires)('fires: «%s» (%s)', (text, category) => {
    expect(strong(text).map((h) => h.category)).toContain(category);
  });
});
