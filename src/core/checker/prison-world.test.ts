import { describe, expect, it } from 'vitest';
import { findHits } from './index.ts';

// Part D of session 6: the prison world and the case as insiders tell them (prison-world.json).
// For each class: risky sentences that must fire in their category, and innocent look-alikes (a
// godfather «кум», a flu «карантин», a sports «этап», a magazine «подписка») that must stay quiet.
// None is a round's or a probe's sentence: the class, not the line.
const strong = (text: string) => findHits(text).filter((h) => h.severity !== 'low');

describe.each([
  {
    category: 'staff',
    name: 'a «red» or «black» zone, activists and the SDP',
    fires: ['Колония там чёрная, живут по понятиям.', 'Активисты с повязками у вас всем заправляют?', 'Сдпшники опять кого-то сдали.'],
    quiet: ['Мы фотографировались на Красной площади.', 'В красной зоне больницы она отработала всю пандемию.', 'Активисты посадили во дворе липы.'],
  },
  {
    category: 'staff',
    name: 'officers by slang and official names',
    fires: ['Дпнк у вас, слышал, лютый.', 'Кум там, говорят, лютует.'],
    quiet: ['Наш кум на крестинах держал малыша.', 'Моя кума прислала варенье.', 'Зять у нас теперь опер в районном отделе, доволен.'],
  },
  {
    category: 'staff',
    name: 'punishment places and strict conditions',
    fires: ['Его снова посадили в СУС.'],
    quiet: ['Олимпиаду проводили в строгих условиях тишины.'],
  },
  {
    category: 'staff',
    name: 'transit: convoy, transit prison, prison car',
    fires: ['В столыпине ехали трое суток.', 'На Владимирской пересылке кормили плохо.', 'Его отправили по этапу в Коми.'],
    quiet: ['Пересылка документов курьером стоит триста рублей.', 'Столыпин был премьер-министром при Николае II.', 'Финальный этап турнира пройдёт в Казани.'],
  },
  {
    category: 'staff',
    name: 'moved to an unknown place',
    fires: ['Мужа ночью увезли, а куда — никто не говорит.'],
    quiet: ['Куда делся мой зонт, не знаю.'],
  },
  {
    category: 'staff',
    name: 'conditions asked or told: heating, diet, the doctor, the medical board, the regime',
    fires: [
      'Батареи в отряде у вас хоть греют?',
      'Ему не дают диетическое питание, хотя гастрит.',
      'В медчасть её не водят уже вторую неделю.',
      'Его на врачебную комиссию так и не возили?',
      'Во сколько у вас подъём?',
      'Расскажи, в каких условиях вас содержат.',
    ],
    quiet: ['Дома батареи чуть тёплые, топят плохо.', 'Сестра сидит на диете перед свадьбой.', 'Завтра у меня медкомиссия на работе.'],
  },
  {
    category: 'staff',
    name: 'letters read, things taken, bullying, quarrels with the staff',
    fires: ['Письма там читают все кому не лень.', 'Получил ли ты книги или их изъяли?', 'Тебя там не гнобят?', 'С администрацией не ссорься, прошу.'],
    quiet: ['Твои письма я перечитываю по вечерам.', 'Меня на работе гнобит начальник.'],
  },
  {
    category: 'staff',
    name: 'complaints and monitors',
    fires: ['Написали жалобу на условия содержания.', 'Если что, пиши в ОНК.', 'Адвокат пойдёт к прокурору по надзору.'],
    quiet: ['Жалобу на условия кредита я отправила в банк.'],
  },
  {
    category: 'case',
    name: 'the case from inside: appeal papers, recognisance, international complaints',
    fires: ['Дополнения к апелляционной жалобе готовы.', 'Его выпустили под подписку о невыезде.', 'Обращение в Комитет ООН по правам человека приняли.'],
    quiet: ['Дополнения к меню: суп дня и пирог.', 'Продлила тебе подписку на журнал.', 'Комитет по образованию утвердил расписание.'],
  },
  {
    category: 'case',
    name: 'who was in the chat, collections for the lawyer, the courtroom, jailed for a word',
    fires: [
      'Не называй, кто ещё состоял в той группе.',
      'На адвоката собрали уже сто тысяч.',
      'Из-за стекла ты нам подмигнул, и зал засмеялся.',
      'Его закрыли за один пост.',
      'По статье о дискредитации ему дали штраф.',
    ],
    quiet: ['В домовом чате опять спорят про парковку.', 'Мы собрали на подарок учительнице.', 'Последнее слово в споре осталось за мамой.', 'Посадили за парту новенького.'],
  },
  {
    category: 'staff',
    name: 'the held-out probes\' classes: no air, letters held, operatives calling in, a parcel «не положено»',
    fires: ['В хате духота, дышать нечем.', 'Письма мои к тебе там, видно, мурыжат.', 'Опера его опять вызывали на разговор?', 'Передачу развернули: не положено.'],
    quiet: ['В вагоне электрички было душно.', 'Перед Новым годом на почте письма задерживают.', 'Опера «Евгений Онегин» шла три часа.', 'Посылку с маркетплейса вернули, я не успела забрать.'],
  },
  {
    category: 'case',
    name: 'Strasbourg and a misspelt appeal',
    fires: ['Жалобу в Страсбург отправили в понедельник.', 'Аппеляционную жалобу подали вовремя.'],
    quiet: ['В Страсбурге мы были на ярмарке.', 'Апельсиновый сок закончился.'],
  },
  {
    category: 'staff',
    name: 'the third probe set\'s classes: privileges withdrawn, a bad record, a parcel opened, trustees, places, the lawyer kept out',
    fires: [
      'Свиданку ему отменили без объяснений, ему обидно.',
      'Характеристику ему испортили перед самым УДО.',
      'Дачку вскрыли, половину растащили.',
      'Бригадир в отряде со всеми начальству стучит.',
      'В локалке сегодня никого не было.',
      'Защитника к нему не допускают уже неделю.',
    ],
    quiet: [
      'Звонки от мошенников надоели, сменю номер.',
      'Учительница дала сыну отличную характеристику.',
      'Кот вскрыл пакет с кормом и всё растащил.',
      'Бригадир на стройке отпустил нас пораньше.',
    ],
  },
])('$name', ({ category, fires, quiet }) => {
  it.each(fires)('fires: «%s»', (text) => expect(strong(text).map((h) => h.category)).toContain(category));
  it.each(quiet)('quiet: «%s»', (text) => expect(strong(text).map((h) => `${h.rule} «${text.slice(h.start, h.end)}»`)).toEqual([]));
});
