import type { GrammaticalCase } from './types.ts';

/** After these letters the genitive of an -а noun takes -и, not -ы (spelling rule: жи, ши, ки). */
const GEN_I_AFTER = /[гкхжшчщ]$/u;

/**
 * The second-declension pattern shared by names in -а/-я of either gender
 * (Никита → Никите, Вишня → Вишне, Мария → Марии). Input is lower-case and ends in а/я.
 */
export function declineInA(word: string, grammaticalCase: GrammaticalCase): string {
  const stem = word.slice(0, -1);
  if (word.endsWith('ия')) return `${stem}и`;
  if (word.endsWith('я')) return grammaticalCase === 'dative' ? `${stem}е` : `${stem}и`;
  if (grammaticalCase === 'dative') return `${stem}е`;
  return GEN_I_AFTER.test(stem) ? `${stem}и` : `${stem}ы`;
}

/** The masculine pattern for a noun-like word in a consonant: -у/-а, -ю/-я after й and ь. */
export function declineMasculineConsonant(word: string, grammaticalCase: GrammaticalCase): string {
  if (/[йь]$/u.test(word)) return word.slice(0, -1) + (grammaticalCase === 'dative' ? 'ю' : 'я');
  return word + (grammaticalCase === 'dative' ? 'у' : 'а');
}

/** Feminine adjectives (Толстая, Горячая, Синяя): -ой, or -ей after a soft or hissing stem. */
export function declineFeminineAdjective(word: string): string {
  const stem = word.slice(0, -2);
  if (word.endsWith('яя') || /[жшчщ]$/u.test(stem)) return `${stem}ей`;
  return `${stem}ой`;
}

/**
 * Masculine adjectives (Толстой, Белый, Чайковский, Рыжий, Крайний, Большой): -ему after an
 * unstressed -ий on a hissing or н stem, -ому otherwise.
 */
export function declineMasculineAdjective(word: string, grammaticalCase: GrammaticalCase): string {
  const stem = word.slice(0, -2);
  const soft = word.endsWith('ий') && /[жшчщн]$/u.test(stem);
  const vowel = soft ? 'е' : 'о';
  return stem + vowel + (grammaticalCase === 'dative' ? 'му' : 'го');
}

export const VOWELS = 'аеёиоуыэюя';

export function syllables(word: string): number {
  let n = 0;
  for (const ch of word) if (VOWELS.includes(ch)) n++;
  return n;
}

/** Ends in a vowel that Russian never declines in a name: -о, -е, -и, -у, -ю, -ы, -э, -ё. */
export function endsInFixedVowel(word: string): boolean {
  return /[оеиуюыэё]$/u.test(word);
}
