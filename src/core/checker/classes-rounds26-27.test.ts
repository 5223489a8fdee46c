import { describeClasses } from './class-tables.ts';

// Classes in code, crime, contacts, enclosures and foreign that rounds 26 and 27 showed the
// checker missing or flagging wrongly (session 7, part B). Each row: risky sentences of the class
// that must fire in its category and innocent look-alikes that must stay quiet. None is a round's
// sentence, nor one of probe set 11 (letters.class-probes-b.json, p11-*): the class, not the line.

describeClasses([
  {
    category: 'code',
    name: 'text encoded for a machine: Base64, hex bytes, bits, Morse',
    fires: ['Вот тебе от нас: UHJpdmV0IG90IG5hcw==, догадаешься.', 'Последнее: 4D 61 6D 61 — ты знаешь.', 'Тебе: 01010000 01001001 01010011.', 'Запомни: -.-. --- -.. — и всё.'],
    quiet: ['Трек-номер посылки — RA644000191RU, дошла за неделю.', 'Телефон у меня теперь Samsung Galaxy S23.', 'Сдала на права, категория B, с первого раза.', 'Ну... - сказала она - ... ладно, приезжай.', 'Мой ник в игре — DarkKnight2007.', 'Пароль от вайфая у нас Sunflower2024.'],
  },
  {
    category: 'code',
    name: 'a relative or friend named in quotation marks, an alias',
    fires: ['Твой кузен «Гоша» всё передал.', 'Заходила соседка «Люба», сказала, что бумаги в порядке.', 'Наш «дядя Коля» опять звонил.'],
    quiet: ['Соседка Люба опять звонила, звала на чай.', 'Дочка пошла в кружок «Умелые ручки».', 'Внучка зовёт меня «тётя Галя», смешно.', 'Подвезли на соседской «Ниве».', 'Бабушка «Зина» — так внуки зовут нашу соседку.'],
  },
  {
    category: 'code',
    name: 'a person hinted at as a shared memory; news that a coded person is safe',
    fires: ['Помните, про кого я писала в прошлый раз?', 'Про «племянника» не беспокойся. Он уже у своих людей.', 'Ты знаешь, о чём я, — «синий ящик». Всё спрятано надёжно.'],
    quiet: ['Помнишь, о чём мы говорили на свидании?', 'Сын вернулся из командировки. Он в безопасности, дома.', 'Паспорт я убрала в шкаф. Он в надёжном месте.'],
  },
  {
    category: 'crime',
    name: 'money pooled right after a bribe or contraband; paying «someone» for the prisoner',
    fires: ['Говорят, с кем-то из охраны можно решить вопрос за деньги. Назовите цену, мы скинемся.', 'Может, кому-нибудь занести, чтобы тебе свидание дали?'],
    quiet: ['Скинемся с братом маме на новый холодильник.', 'Надо кому-то заплатить, чтобы забор покрасили.'],
  },
  {
    category: 'crime',
    name: 'drugs taken, told in slang',
    fires: ['В общаге мы шмаль курили каждую пятницу.', 'Он тогда баловался мефом, потом завязал.', 'Косяк забили прямо на крыше.'],
    quiet: ['Шмель залетел в окно и долго жужжал.', 'Сено на даче жгли, дыма было много.', 'Закидывался спиннингом до ночи, поймал щуку.'],
  },
  {
    category: 'enclosures',
    name: 'how to take a medicine just put in the envelope; an enclosure only wished for',
    fires: ['В письме два пакетика регидрона. Разведи один в литре воды, не больше двух в день.'],
    quiet: ['Врач велел папе пить по одной таблетке на ночь.', 'Я бы положила в конверт шоколадку, но её не пропустят.', 'Жаль, в письмо нельзя вложить мамины пирожки.'],
  },
  {
    category: 'foreign',
    name: 'a foreign word quoted with its meaning, or with a cue that people say it abroad',
    fires: ['Турки говорят «хаде», когда зовут обедать.', 'Выучила «кёсёнём», это «спасибо» по-венгерски.', 'Obrigado — так здесь благодарят за всё.', 'Grazie, говорят итальянцы на каждом шагу.'],
    quiet: ['Сын говорит «пожалуйста» только бабушке.', 'Местные говорят, что зима будет тёплой.', 'Mercedes у соседа старый, но ездит.', 'Здесь все говорят «здравствуйте», даже в лифте.'],
  },
  {
    category: 'none',
    name: 'the translation of a phrase just quoted; code at work; initials signing off',
    fires: [],
    quiet: ['Это значит «мир тебе».', 'В переводе: «пусть Бог тебя хранит».', 'Весь день правил исходный код, голова гудит.', 'На корпоратив дресс-код — всё белое.', 'Целуем, В. и Н.'],
  },
]);
