import type { Letter } from '../../src/core/letter/types.ts';

// One everyday letter shared by the PDF tests and the benchmark: paragraphs of
// varying length from a fixed rotation, so pages break mid-paragraph.
export const sampleSentences = [
  'Пишу Вам из Самары, где наконец выпал первый снег.',
  'Я вспомнил, как в детстве мы с братом катались на санках с горы у Волги и возвращались домой к ночи.',
  'Читаю сейчас "Войну и мир" - медленно, по главе в день, и удивляюсь, как много в ней о терпении.',
  'У нас в саду побеги на яблоне пережили заморозки, а кот по-прежнему спит на подоконнике.',
  'Расскажите, пожалуйста, что Вы читаете и какие книги есть в библиотеке.',
  'Если захотите, напишите о своём дне: о погоде, о прогулках, о том, что радует.',
  'В субботу ездили к тёте в с. Воскресенка, д. 12 — там всё так же тихо.',
];

/** A letter of `count` paragraphs, each of 2 to `span + 1` sentences. */
export function sampleLetter(count: number, span = 5): Letter {
  return {
    date: '2026-11-25',
    recipientLine: 'Балину Андрею Альбертовичу, 1974 г. р.',
    runningHead: 'Балину А. А.',
    greeting: 'Здравствуйте, Андрей Альбертович!',
    paragraphs: Array.from({ length: count }, (_, i) => Array.from({ length: 2 + (i % span) }, (_, j) => sampleSentences[(i + j) % sampleSentences.length]).join(' ')),
    closing: ['С уважением,', 'Мария Петрова'],
    returnAddress: 'Мой адрес для ответа: Петрова Мария Ивановна, 443001, г. Самара, ул. Ленина, д. 5, кв. 12',
  };
}
