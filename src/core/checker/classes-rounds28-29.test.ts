import { describeClasses } from './class-tables.ts';

// Classes in code, crime and foreign that rounds 28 (relatives of other political prisoners) and 29
// (young people) showed the checker missing (session 7, part B). Each row: risky sentences of the
// class that must fire in its category and innocent look-alikes that must stay quiet; none is a
// round's sentence.

describeClasses([
  {
    category: 'crime',
    name: '«whom and how much», knowing whom to approach; a deal with the staff or about a phone',
    fires: ['Узнай, кому и сколько, деньги найдём.', 'Там всё решается, если знать, к кому подойти.', 'С начальником отряда там можно договориться, у всего есть цена.', 'Говорят, у вас можно договориться насчёт мобилы.'],
    quiet: ['Скажи, сколько тебе прислать марок.', 'Не знаю, к кому обратиться с этим вопросом на работе.', 'Договорились с начальником на работе об отпуске.', 'С начальником там можно договориться об отпуске, цена вопроса — выходные.', 'Скажи, кому и сколько заплатить за коммуналку, я разберусь.'],
  },
  {
    category: 'crime',
    name: 'a parcel «with a filling»; contraband told on after it is named',
    fires: ['Соберём тебе грев «с сюрпризом».', 'Сунула между страниц пару сигарет, спрячь. Если не отберут, пришлю ещё.'],
    quiet: ['Посылку «до востребования» заберу завтра.', 'Если не найдут ключи, вызовем мастера.', 'Тариф на свет опять подняли.'],
  },
  {
    category: 'code',
    name: 'a quoted message «you will understand»; read skipping lines; «we agreed: if …, writes «…»»',
    fires: ['Скажу только: «зима будет долгой», ты поймёшь.', 'Прочти каждое третье слово, там главное.', 'Условились так: если всё спокойно, напишу «испекла пирог».'],
    quiet: ['Дочка говорит «лабубу», и это поймёт только её поколение.', 'Книгу читаю через день, по главе.', 'Читаю через слово, глаза уже не те.', 'Мы договорились: если пойдёт дождь, перенесём шашлыки.'],
  },
  {
    category: 'code',
    name: 'a chess reply with its move number (1... d5)',
    fires: ['На твой первый ход отвечу 1... d5, жди.'],
    quiet: ['Вернулась в час ночи... нет, в два.'],
  },
  {
    category: 'foreign',
    name: 'a Korean greeting in Cyrillic; a Latin word defined right after its language is named',
    fires: ['Аннёнг, как ты там?', 'Выучила венгерское слово: Egészségedre — это «на здоровье».'],
    quiet: ['Škoda — это машина моего деда.', 'Привет, как ты там?'],
  },
]);
