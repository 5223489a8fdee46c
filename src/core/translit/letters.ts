// One Latin key becomes one Cyrillic letter unless it completes a digraph with
// the letter already typed (s+h → ш). Digraphs follow the informal style people
// type in chats and e-mails, close to the passport transliteration (Aleksandr,
// Natalya, Zhukov), so a writer abroad can copy names as they see them.
const SINGLE: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', j: 'й', k: 'к', l: 'л',
  m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', c: 'ц',
  // w, q and x have no Russian letter of their own: w → в (Wladimir), q → к,
  // x → кс as in English spellings of names (Alexei, Maxim, Xenia); type kh or h for х.
  w: 'в', q: 'к', x: 'кс',
};

// What a key does to the end of the word: replace the last `drop` letters with `put`.
const H_AFTER: Readonly<Record<string, string>> = { с: 'ш', з: 'ж', к: 'х', ц: 'ч' };
const AFTER_Y: Readonly<Record<string, string>> = { a: 'я', u: 'ю', o: 'ё', e: 'е' };
const VOWELS = 'аеёиоуыэюяьъ';

export interface Merge {
  drop: number;
  put: string;
}

/** The effect of one lower-case Latin key (or ' or #) on a lower-case Cyrillic word. */
export function mergeKey(word: string, key: string): Merge {
  const last = word.at(-1) ?? '';
  const last2 = word.slice(-2);
  switch (key) {
    case 'h':
      // shch and sch both give щ: the s/sh is already there, c gave ц.
      if (last2 === 'шц' || last2 === 'сц') return { drop: 2, put: 'щ' };
      return H_AFTER[last] ? { drop: 1, put: H_AFTER[last] } : { drop: 0, put: 'х' };
    case 's':
      // ts → ц; the т+с words (отсюда, детство, учится) are put back by the exceptions.
      return last === 'т' ? { drop: 1, put: 'ц' } : { drop: 0, put: 'с' };
    case 'y':
      // y is й at the start of a word and after a vowel (мой, поезд ← poyezd), ы after a consonant (мы, был).
      return { drop: 0, put: word === '' || VOWELS.includes(last) ? 'й' : 'ы' };
    case "'":
      // ' is the soft sign; a second ' makes it the hard sign (pod''ezd).
      return last === 'ь' ? { drop: 1, put: 'ъ' } : { drop: 0, put: 'ь' };
    case '#':
      return { drop: 0, put: 'ъ' };
    default:
      break;
  }
  const yVowel = AFTER_Y[key];
  if (yVowel && last === 'й') return { drop: 1, put: yVowel };
  // After a consonant, y+e stays ые (красные, новые); ya/yu/yo soften it (тебя, люди, тёплый).
  if (yVowel && last === 'ы' && key !== 'e') return { drop: 1, put: yVowel };
  return { drop: 0, put: SINGLE[key] ?? key };
}

export function isLatinKey(key: string): boolean {
  return /^[a-z]$/i.test(key);
}
