import { describeClasses } from './class-tables.ts';

// A prisoner killed, beaten to death or dead after a beating inside (staff.death-inside and
// staff.death-after-beating in src/data/rules/staff.json):
// a death in a colony, a pre-trial prison or a punishment cell is a staff and conditions matter to a
// censor, however it is told. Its look-alikes share a word and not the class: killing time or a
// mosquito, a film's plot, the Gulag told as history (other rules decide on that), a camera's lens,
// a penguin colony, a goal scored, a writer «убита» by the news. None is a labelled set's sentence.

describeClasses([
  {
    category: 'staff',
    name: 'a prisoner killed or dead inside',
    fires: [
      'Его убили в колонии.',
      'Мужа убили в ИК-6, тело отдали только через неделю.',
      'Говорят, его забили в ШИЗО.',
      'Его забили насмерть в изоляторе.',
      'Брат погиб в СИЗО при странных обстоятельствах.',
      'Слышала, что в колонии убит заключённый.',
      'Его нашли мёртвым в камере.',
      'Заключённого убили конвоиры.',
      'Сына забили до смерти в исправительной колонии.',
      'В вашем отряде кого-то убили?',
      'Там в прошлом месяце убили арестанта.',
          ],
    quiet: [
      'Мы вчера убили весь вечер на сериалы.',
      'Убили время в очереди на почте.',
      'Убили комара на стене, теперь пятно.',
      'В фильме героя убили в колонии, но я не досмотрела.',
      'В сериале его убили в тюрьме в третьей серии.',
      'Читаю про ГУЛАГ: в тридцатые годы в колониях погибли тысячи людей.',
      'В книге Солженицына описано, как в лагере убили бригадира.',
      'Колония пингвинов погибла от жары.',
      'Объектив в камере умер, снимков с праздника нет.',
      'Я просто убита новостью, что тебя переводят в другую колонию.',
      'В британских колониях в Африке тогда умерли тысячи.',
      'Он забил гол, и вся зона болельщиков взревела.',
      'Мой дед погиб на войне в сорок третьем.',
      'Бабушка умерла в больнице в прошлом году.',
      // A death inside told without violence is the widow's news, not a complaint (round 28 labels it clean).
      'Он умер в колонии в марте, от сердца.',
      'Мой муж умер в колонии под Тверью пять лет назад.',
    ],
  },
  {
    category: 'staff',
    name: 'a prisoner dead after a beating inside',
    fires: [
      'Он умер после избиения в колонии.',
      'Человек умер в ШИЗО, его били три дня.',
      'Заключённый скончался в изоляторе после побоев.',
    ],
    quiet: [
      'В фильме он умер в тюрьме после пыток.',
      'В сериале заключённый умер в камере после побоев, но это всё выдумка.',
      'Дедушка скончался в изоляторе инфекционной больницы, его навещали каждый день.',
    ],
  },
]);
