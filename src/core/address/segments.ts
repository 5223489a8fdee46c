/**
 * Cuts an address into pieces at line breaks, commas, semicolons, sentence ends and
 * labels ("Кому:", "Куда:", "Адрес:", "Индекс:"). Labels only mark where parts begin.
 */
const LABEL =
  /(?:^|(?<=[\s,;.]))(?:кому|куда|адрес(?:\s+для\s+(?:писем|переписки))?|почтовый\s+адрес|индекс|получатель|адресат|ф\.?\s?и\.?\s?о\.?|от\s+кого|откуда)\s*:/gi;
// A full stop after a word of four letters or more ends a sentence ("...области. Балину"),
// unlike an abbreviation ("обл.", "ул.", "г.", and the longer ones listed).
const SENTENCE_END = /(?<![А-Яа-яЁё])([А-Яа-яЁё]{4,})\.\s+(?=[А-ЯЁ])/g;
const LONG_ABBREVIATIONS = new Set(['респ', 'просп', 'корп', 'рожд', 'посёлок', 'мкр-н', 'обл', 'пгт']);

export function splitSegments(text: string): string[] {
  return text
    .replace(LABEL, '\n')
    .replace(SENTENCE_END, (m, word: string) => (LONG_ABBREVIATIONS.has(word.toLowerCase()) ? m : `${word}\n`))
    .split(/[\n,;]+/)
    .map((s) => s.trim().replace(/^[.\s:—-]+/, '').replace(/(?<=\d)\.$/, '').trim())
    .filter((s) => s !== '' && /[\p{L}\d]/u.test(s));
}
