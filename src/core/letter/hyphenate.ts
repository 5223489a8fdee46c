// A simple syllable-based Russian hyphenation after the rules taught in
// Russian schools (and P. Khristov's algorithm): never leave one letter on
// a line, never start a line with ь, ъ or й, both parts keep a vowel; a break
// may come after й/ь/ъ, between two vowels, before a consonant followed by a
// vowel, or anywhere inside a consonant cluster.
const VOWELS = new Set('аеёиоуыэюя');
const SIGNS = new Set('йьъ');
const LETTER = /^[а-яё]$/;

/** Offsets inside `word` where a hyphen may go; empty for words it should not touch. */
export function hyphenationPoints(word: string): number[] {
  const lower = word.toLowerCase();
  const chars = [...lower];
  if (chars.length < 5 || !chars.every((c) => LETTER.test(c))) return [];
  // All-caps words are abbreviations (СИЗО, ГУФСИН): never split them.
  if ([...word].slice(1).some((c) => c !== c.toLowerCase())) return [];
  const isVowel = (i: number) => VOWELS.has(chars[i] as string);
  const vowelBefore = (i: number) => chars.slice(0, i).some((c) => VOWELS.has(c));
  const vowelAfter = (i: number) => chars.slice(i).some((c) => VOWELS.has(c));
  const points: number[] = [];
  for (let i = 2; i <= chars.length - 2; i++) {
    const left = chars[i - 1] as string;
    const right = chars[i] as string;
    if (SIGNS.has(right) || !vowelBefore(i) || !vowelAfter(i)) continue;
    const ok =
      SIGNS.has(left) ||
      (isVowel(i - 1) && isVowel(i)) ||
      (isVowel(i - 1) && !isVowel(i) && isVowel(i + 1)) ||
      (!isVowel(i - 1) && !isVowel(i));
    if (ok) points.push(i);
  }
  return points;
}
