import { describe, expect, it } from 'vitest';
import { strong } from './class-tables.ts';

// False alarms by class (issue 10 §3, session 6, from rounds 22 and 23): household talk that borrows
// a risky word — people who «judge» everyone, plenty «for a company of soldiers», a card or a
// child's drawing signed, a term the writer served himself. Each class: innocent sentences that stay
// quiet and risky ones of the same class that still fire. None is a round's sentence.
const categories = (text: string) => [...new Set(strong(text).map((h) => h.category))];

function byClass(name: string, quiet: string[], fires: [string, string][]) {
  describe(name, () => {
    it.each(quiet)('quiet: «%s»', (text) => expect(strong(text).map((h) => `${h.rule} «${text.slice(h.start, h.end)}»`)).toEqual([]));
    it.each(fires)('fires: «%s» (%s)', (text, category) => expect(categories(text)).toContain(category));
  });
}

byClass(
  'people who judge everyone',
  ['Свекровь всех вокруг осуждает, даже почтальона.', 'Соседка сидит на лавочке и молча осуждает прохожих.'],
  [['Тебя осудили несправедливо, мы все это знаем.', 'case'], ['Суд осуждает его за слова, а не за дела.', 'case']],
);

byClass(
  'plenty «for a company of soldiers»',
  ['Тёща наварила борща на роту солдат.', 'Напекла пирожков столько, что можно накормить роту солдат.'],
  [['Солдат из нашего села опять отправили туда.', 'politics']],
);

byClass(
  "a card or a child's drawing signed",
  ['Мы с девочками хотим подписать тебе одну открытку на всех, можно?', 'Внучка нарисовала тебе кота и сама подписала: «Дедушке».'],
  [['Я тоже подписала то письмо против войны.', 'politics']],
);

byClass(
  'a term the writer served himself',
  ['Я своё отсидел от звонка до звонка ещё в девяностые, так что знаю, о чём пишу.'],
  [['Тебе осталось до звонка два года и четыре месяца.', 'case']],
);

byClass(
  "the writer's own civil suit, a mathematical proof, a concert hall",
  ['Мы судимся по квартире с застройщиком, второй год уже.', 'Сын доказательство теоремы Пифагора выучил наизусть.', 'В зале было битком, артисты выходили на поклон три раза.'],
  [['Суд по твоему делу опять перенесли.', 'case'], ['Доказательств против тебя нет никаких.', 'case'], ['В зале суда было битком, тебя вывели последним.', 'case']],
);
