import { describe, expect, it } from 'vitest';
import { describeClasses, strong } from './class-tables.ts';

// False alarms by class from rounds 28–29 (session 7): relatives of other political prisoners telling their own
// routine (a hometown in an occupied region, a late husband who shares an official's surname, their own pills, the
// queue at the parcel window, a long visit, what may be brought, the year of the term they are in, medicine sent by
// the rules), and young people's figures of speech (home as a prison with a «надзиратель», a quest room «Побег»,
// «на автомате», «казнить нельзя помиловать», a football referee, suing pigeons, a «war» over parking, a complaint
// to the management company, a daily «режим», ironic quotes, a postcard «надеюсь, пропустят», a call-centre script).
// Each class: innocent sentences that stay quiet, risky ones of the same shape that still fire. None is a round's
// or a probe set's sentence.

describeClasses([
  {
    category: 'politics',
    name: 'a hometown in an occupied region; a relative sharing an official\'s surname',
    quiet: [
      'Я родом из Бердянска, а живу теперь в Самаре.',
      'Бабушка родилась в Луганске, до сих пор говорит «шо».',
      'Пишет Вам жена Игоря Пескова, он сидел с Вами в карантине.',
      'Я дочь Олега Медведева, папа много про Вас рассказывал.',
    ],
    fires: ['Бердянск под оккупацией, родные пишут редко.', 'Песков опять сказал, что всё идёт по плану.'],
  },
  {
    category: 'staff',
    name: 'visits and parcels told by a relative who knows the rules',
    quiet: [
      'Напиши, что у вас разрешают приносить на длительное, у каждой колонии своё.',
      'Если нужны витамины, скажи, я узнаю, какие можно передать.',
      'По средам езжу в СИЗО-3 на передачи, очередь с шести утра.',
    ],
    fires: ['Напиши, как у вас кормят и дают ли лекарства.', 'Лекарства ему так и не выдают, медчасть молчит.'],
  },
  {
    category: 'case',
    name: 'the year of the term a relative is in; a long visit',
    quiet: ['Брат уже третий год в колонии под Рязанью, я езжу к нему.', 'Мы ездили на длительное свидание, трое суток прошли быстро.'],
    fires: ['Ему дали восемь лет строгого режима.', 'Дали шесть лет колонии за два поста.'],
  },
  {
    category: 'staff',
    name: 'home or a sick leave as a prison with a «надзиратель»',
    quiet: ['Сижу дома на карантине, а надзиратель у меня — бабушка с градусником.', 'На больничном как в тюрьме, кот надзиратель.'],
    fires: ['Надзиратель опять отобрал у тебя письма?', 'Надзиратели у вас злые?'],
  },
  {
    category: 'crime',
    name: 'a quest room, «на автомате», a call-centre script',
    quiet: [
      'Ходили с группой в квест «Побег из замка», не успели.',
      'Пишу уже на автомате, даже не думаю.',
      'По скрипту, если клиент угрожает взорвать банк, оператор зовёт охрану.',
    ],
    fires: ['Не думай о побеге, это только хуже.', 'У соседа дома автомат, он его не прячет.'],
  },
  {
    category: 'case',
    name: 'a referee, a suit against pigeons or a shop, a complaint to the management company',
    quiet: [
      'Судья на стадионе не видел пенальти, трибуны свистели.',
      'Соседка подала в суд на магазин из-за гнилой картошки.',
      'Мы написали на него жалобу в управляющую компанию из-за протекающей крыши.',
      'Учитель спросил, где в «казнить нельзя помиловать» ставить запятую.',
    ],
    fires: ['Судья даже не слушал адвоката.', 'Кто-то написал на него донос, я знаю кто.'],
  },
  {
    category: 'politics',
    name: 'a daily «режим»; a «war» over parking',
    quiet: ['Режим у меня как у тебя: подъём по будильнику, обед по расписанию.', 'В подъезде война за парковку, соседи ругаются.'],
    fires: ['Режим держится на страхе.', 'Война идёт уже третий год, и конца не видно.'],
  },
  {
    category: 'code',
    name: 'ironic quotes on a pronoun or a verb; a word in another language',
    quiet: ['Он считает лавочку у подъезда «своей».', 'Кот «помог» мне с вязанием, то есть запутал все нитки.', 'Это «спасибо» по-корейски.'],
    fires: ['Передай «рыжему», что всё на месте.', '«Посылка от тёти» у меня, как договаривались.'],
  },
  {
    category: 'enclosures',
    name: 'a postcard or a drawing «надеюсь, пропустят»',
    quiet: ['Кладу открытку с морем, надеюсь, пропустят.', 'Вложила рисунок дочки, может, отдадут.'],
    fires: ['Кладу в конверт пару конфет, вдруг пропустят.', 'Вложила пакетик чая, надеюсь, пропустят.'],
  },
]);

// A follow-up rule reads «и ещё …» after something enclosed as one more thing in the envelope; the writer's own
// pills and a blank sheet for the reply are not. The first sentence fires; nothing may fire after it (same paragraph).
describe('after an enclosure: the writer\'s own pills, a blank sheet for the reply', () => {
  const first = 'Вложила в письмо пятьсот рублей.';
  it.each(['Я пью свои таблетки и ещё витамины, держусь.', 'И ещё чистый лист, чтобы было на чём ответить.'])('quiet after it: «%s»', (next) => {
    const text = `${first} ${next}`;
    expect(strong(text).filter((h) => h.end > first.length).map((h) => h.rule)).toEqual([]);
  });
  it.each(['И ещё пакетик чая там же.', 'И ещё две таблетки, спрячь их.'])('fires after it: «%s»', (next) => {
    const text = `${first} ${next}`;
    expect(strong(text).filter((h) => h.end > first.length).map((h) => h.category)).toContain('enclosures');
  });
});
