import lists from '../../data/names/first-names.json';

/** Dative endings and the nominative endings that can give them (Петрову ← Петров, Толстому ← Толстой). */
const DATIVE_TO_NOMINATIVE: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ому', ['ой', 'ый', 'ий']],
  ['ему', ['ий']],
  ['ии', ['ия', 'ь']],
  ['ой', ['а', 'ая']],
  ['ей', ['ая', 'яя']],
  ['ю', ['ь', 'й']],
  ['у', ['']],
  ['е', ['а', 'я']],
  ['и', ['ь']],
];

// The first nominative listed for a stem wins: Петру → Пётр, the name's full spelling.
const REVERSE_FLEETING = new Map<string, string>();
for (const [nom, stem] of Object.entries(lists.fleetingVowel as Record<string, string>)) {
  if (!REVERSE_FLEETING.has(stem)) REVERSE_FLEETING.set(stem, nom);
}

/** The spellings a recovered first name with a fleeting vowel should take (Пётр, not Петр). */
export const PREFERRED_FLEETING: ReadonlySet<string> = new Set(REVERSE_FLEETING.values());

/**
 * й only follows a vowel, ь never does, a final ы/ый never follows к, г, х or a hissing letter, ь not a final а:
 * rules out Соболй, Гайдаь, Жуковскый, Лурьа, Кравц. (Inside a word кы is common in Turkic names: Бакыт, Акылбек.)
 */
function wellFormed(word: string): boolean {
  // Nor does a name end in ц after a consonant other than н, р, л (Кранц, Шварц, Шульц; but not Кравц).
  return word.length > 0 && !/[бвгджзкмпстфхчшщ]ц$/u.test(word) && !/[^аеёиоуыэюя]й$/u.test(word) && !/[аеёиоуыэюя]ь$/u.test(word) && !/[кгхжшчщ]ый?$/u.test(word) && !/ь[аоуыэ]$/u.test(word);
}

const FLEETING_EC_STEM = /[бвгдзклмнпрстфхчшщ]ь?ц$/u;

/** Possible nominatives of one lower-case dative word, the unchanged word first. */
export function wordCandidates(word: string): string[] {
  const out = new Set<string>([word]);
  for (const [dat, noms] of DATIVE_TO_NOMINATIVE) {
    if (!word.endsWith(dat)) continue;
    const stem = word.slice(0, -dat.length);
    for (const nom of noms) {
      const candidate = stem + nom;
      if (wellFormed(candidate)) out.add(candidate);
      // Кравцу, Стрельцу: the writer dropped the fleeting vowel of -ец that our own rule keeps.
      if (nom === '' && FLEETING_EC_STEM.test(stem)) out.add(stem.replace(/ь?ц$/u, 'ец'));
      const restored = REVERSE_FLEETING.get(stem);
      if (restored && nom === '') out.add(restored);
    }
  }
  return [...out];
}

/** Candidates for a hyphenated or spaced word: every combination of its parts' candidates. */
export function compoundCandidates(text: string, limit = 64): string[] {
  const parts = text.split(/([- ])/u);
  let acc: string[] = [''];
  for (const part of parts) {
    const options = part === '-' || part === ' ' ? [part] : wordCandidates(part);
    const next: string[] = [];
    for (const head of acc) for (const option of options) if (next.length < limit) next.push(head + option);
    acc = next;
  }
  return acc;
}
