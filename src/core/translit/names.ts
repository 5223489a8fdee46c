import data from './names.json';
import { translit } from './translit.ts';

// A Latin name in a Russian letter (Jane, London) reads as foreign to a censor, and the
// informal translit of the letter box is the wrong tool for it: it reads "Jane" as Russian
// typed in Latin and gives «Йане». Names are written the way Russian books and maps write
// them, by sound: a dictionary of the usual spellings first, then English spelling rules.

const known: ReadonlyMap<string, string> = new Map(Object.entries({ ...data.names, ...data.places }));

/** Spellings that only Russian typed in Latin has: such a word goes through the letter box's translit. */
const RUSSIAN_IN_LATIN = /zh|kh|shch|ya|yu|yo|iy$|yy$|ij$|[^aeiou](ei|ai|ii)$|[^aeiou]y[^aeiouy]|(ov|ova|ev|eva|in|ina|sky|skiy|skaya|enko|uk|yuk|ich|ovna|evna)$/;

// Ordered: longer spellings first. Each entry maps a Latin spelling to its Russian sound.
const ENGLISH: readonly (readonly [RegExp, string])[] = [
  [/^wr/, 'р'],
  [/^kn/, 'н'],
  [/^wh/, 'у'],
  [/^w(?=[aeiou])/, 'у'],
  [/^y(?=[aeiou])/, 'й'],
  [/^e/, 'э'],
  [/tch/, 'ч'],
  [/sch/, 'ш'],
  [/sh/, 'ш'],
  [/ch/, 'ч'],
  [/th/, 'т'],
  [/ph/, 'ф'],
  [/ck/, 'к'],
  [/igh/, 'ай'],
  [/gh/, ''],
  [/qu/, 'кв'],
  [/ee|ea/, 'и'],
  [/oo/, 'у'],
  [/ou/, 'ау'],
  [/ow$/, 'оу'],
  [/^(ay|ai)/, 'эй'],
  [/ay|ai|ey(?=.)/, 'ей'],
  [/ey$|ie$|y$/, 'и'],
  [/j/, 'дж'],
  [/x/, 'кс'],
  [/c(?=[eiy])/, 'с'],
  [/g(?=e)/, 'дж'],
];

const SINGLE: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', k: 'к', l: 'л', m: 'м', n: 'н',
  o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', y: 'и', z: 'з',
  ä: 'э', ö: 'ё', ü: 'ю', ß: 'сс', é: 'е', è: 'е', á: 'а', í: 'и', ó: 'о', ú: 'у',
};

/** A silent final e makes the vowel before it long: Jane → Джейн, Mike → Майк, Rose → Роуз. */
function silentE(word: string): string {
  const m = /^(.*?)([aiou])([^aeiouy]{1,2})e$/.exec(word);
  if (!m) return word;
  const [, head = '', vowel = '', tail = ''] = m;
  // After another vowel (Brooke) the e is silent but lengthens nothing.
  if (/[aeiou]$/.test(head)) return word.slice(0, -1);
  const long: Record<string, string> = { a: head ? 'ей' : 'эй', i: 'ай', o: 'оу', u: 'ю' };
  return `${head}\u0000${long[vowel]}\u0000${tail}`;
}

function byEnglishRules(lower: string): string {
  let word = silentE(lower);
  // Sounds found: mark them so the single-letter pass leaves them alone.
  for (const [pattern, sound] of ENGLISH) word = word.replace(new RegExp(pattern.source, 'g'), `\u0000${sound}\u0000`);
  return word
    .split('\u0000')
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((ch) => SINGLE[ch] ?? ch).join('')))
    .join('');
}

const capitalise = (word: string, like: string) => {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  return like[0] && like[0] !== like[0].toLowerCase() ? (word[0] ?? '').toUpperCase() + word.slice(1) : word;
};

/** The Russian spelling of one Latin word that is a name or a place: Jane → Джейн, London → Лондон, Natalya → Наталья. */
export function cyrillicWord(word: string): string {
  const lower = word.toLowerCase();
  const listed = known.get(lower);
  if (listed) return word.length > 1 && word === word.toUpperCase() ? listed.toUpperCase() : listed;
  if (RUSSIAN_IN_LATIN.test(lower)) return translit(word);
  return capitalise(byEnglishRules(lower), word);
}

const LATIN_WORD = /[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ]+)*/g;

/**
 * Every Latin word of a text respelled in Cyrillic, the rest kept: "Jane Smith" → "Джейн Смит",
 * "New York" → "Нью-Йорк". Null when the text has no Latin letters, so a caller shows no suggestion.
 */
export function cyrillicNames(text: string): string | null {
  if (!/[A-Za-zÀ-ÖØ-öø-ÿ]/.test(text)) return null;
  // Two-word places first (New York, Tel Aviv).
  const joined = text.replace(/\b([A-Za-z]+) ([A-Za-z]+)\b/g, (whole, a: string, b: string) => known.get(`${a} ${b}`.toLowerCase()) ?? whole);
  return joined.replace(LATIN_WORD, (word) => word.split(/(['’-])/).map((part, i) => (i % 2 === 1 ? (part === '-' ? '-' : '') : cyrillicWord(part))).join(''));
}
