/**
 * Cuts an address into pieces at line breaks, commas, semicolons, sentence ends and
 * labels ("Кому:", "Куда:", "Адрес:", "Адрес для писем:", "Писать (по адресу):", "Индекс:"). Labels only mark
 * where parts begin.
 */
const LABEL =
  /(?:^|(?<=[\s,;.]))(?:кому|куда|адрес(?:\s+[а-яё]+){0,3}|почтовый\s+адрес|(?:писать|пишите|письма\s+(?:направлять|отправлять|присылать|писать))(?:\s+по\s+адресу)?|индекс|получатель|адресат|ф\.?\s?и\.?\s?о\.?|от\s+кого|откуда)\s*:/gi;
// A full stop after a word of four letters or more ends a sentence ("...области. Балину"),
// unlike an abbreviation ("обл.", "ул.", "г.", and the longer ones listed).
const SENTENCE_END = /(?<![А-Яа-яЁё])([А-Яа-яЁё]{4,})\.\s+(?=[А-ЯЁ])/g;
// A full stop after a house number ends a sentence too ("ул. Киевская, 4. Иванову").
// So does one before a bracket ("ул. Карналитовая, 98. (Соликамская тюрьма)").
const NUMBER_END = /(?<=\d[А-Яа-яЁё]?)\.\s+(?=[А-ЯЁ][а-яё]|\()/g;
const LONG_ABBREVIATIONS = new Set(['респ', 'просп', 'корп', 'рожд', 'посёлок', 'мкр-н', 'обл', 'пгт']);

export function splitSegments(text: string): string[] {
  return text
    .replace(LABEL, '\n')
    .replace(SENTENCE_END, (m, word: string) => (LONG_ABBREVIATIONS.has(word.toLowerCase()) ? m : `${word}\n`))
    .replace(NUMBER_END, '\n')
    .split(/[\n,;]+/)
    .map((s) => s.trim().replace(/^[.\s:—-]+/, '').replace(/(?<=[\d)])\.$/, '').trim())
    .filter((s) => s !== '' && /[\p{L}\d]/u.test(s));
}
