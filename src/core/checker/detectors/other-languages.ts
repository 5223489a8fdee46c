import languages from '../../../data/rules/languages.json';
import { perSpelling, type Token } from '../tokenise.ts';
import type { Hit } from '../types.ts';
import type { DetectorInput } from './context.ts';

// Families write greetings and blessings in their own language in Cyrillic: Crimean Tatar,
// Chechen, Tatar, Kazakh, Belarusian, Serbian (ј, љ, њ…), Arabic formulas. To the censor it is a
// foreign language (УИК, ст. 91: up to 7 days for translation), often stopped outright. Ukrainian has its own
// detector. A word is recognised by letters Russian lacks (ә, ө, қ, ў…), by spellings Russian
// never has (къ, гъ before a consonant; хь; a soft sign after a vowel; the Chechen palochka кI),
// or by the word list in src/data/rules/languages.json, which also gives its meaning in English.

// Also Yakut ҕ ҥ, Tajik ҳ ӣ ӯ ҷ, Bashkir ҙ ҡ ҫ, Chuvash ӑ ӗ ӳ, Mari and Altai ӧ ӱ ӹ, Udmurt ӟ ӵ ӝ ӥ, Moldovan ӂ, and
// the Ossetian æ (often typed as the Latin ligature inside a Cyrillic word).
const LETTERS = /[әөүұқғңһҗӏўјљњћџђҕҥҳӣӯҷҙҡҫӑӗӳӧӱӹӂӕæӟӵӝӥ]/u;
// Arabic formulas fuse «Allah» into the word (хасбуналлаху, субханаллахи); Russian has «Аллаху» alone.
const SPELLINGS = /[кгнхтлщ]ъ(?![еёюя])|хь|[аеиоуыэюя]ь|[бвгджзклмнпрстфхцчшщ]ӏ|^ӏ[а-я]|^(?!алл)[а-я]{2,}лл[ая]х[уи]$/u;
const WORDS: Record<string, string[]> = languages.words;
const NAMES = languages.languages as Record<string, string>;
const WEAK = new Set(languages.weak);
const norm = (w: string) => w.replace(/ё/g, 'е');
const KNOWN = new Map(Object.entries(WORDS).map(([w, v]) => [norm(w.toLowerCase().replace(/[iIӀ]/g, 'ӏ')), v]));

/** The key a token is looked up by: lower case, ё as е, a Latin I inside a Cyrillic word as the palochka. */
function keyOf(t: Token): string {
  // Plain lower-case Cyrillic words (most of them) are their own key.
  if (t.script === 'cyr' && t.forms[0] === t.raw) return t.raw;
  const lower = t.raw.toLowerCase();
  return norm(t.script === 'mixed' ? lower.replace(/i/g, 'ӏ') : lower);
}

type Strength = 'strong' | 'weak' | undefined;

const strengthOf = perSpelling((t: Token): 'strong' | 'weak' | 'none' => {
  if (t.script !== 'cyr' && t.script !== 'mixed') return 'none';
  // A Latin abbreviation joined to a Russian word (IT-компании, PR-отдел) is Russian.
  if (t.script === 'mixed' && /^[A-Za-z]{1,5}-[А-Яа-яЁё]+$/u.test(t.raw)) return 'none';
  // A hyphenated word may carry a foreign part (Глеб-кун).
  if (t.forms.length > 1 && t.forms.slice(1).some((f) => KNOWN.has(f) && !WEAK.has(f))) return 'strong';
  const key = keyOf(t);
  return WEAK.has(key) ? 'weak' : KNOWN.has(key) || LETTERS.test(key) || SPELLINGS.test(key) ? 'strong' : 'none';
});

// Words of the list that are also given names (languages.json `givenNames`): capitalised and not
// after «Аллаху», «Акбар» is a man.
const GIVEN_NAMES = new Set(languages.givenNames.map(norm));

/** A listed word used as a name: a band or film, one capitalised word in quotes («Сябры»), or a given name (Акбар принёс плов). */
function namedUse(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!t.cap || t.upper) return false;
  const key = keyOf(t);
  if (!KNOWN.has(key) || LETTERS.test(key) || SPELLINGS.test(key)) return false;
  if (t.inQuote) return tokens[i - 1]?.inQuote !== true && tokens[i + 1]?.inQuote !== true;
  const before = tokens[i - 1];
  return GIVEN_NAMES.has(key) && !(before !== undefined && before.sentence === t.sentence && keyOf(before).startsWith('аллах'));
}

function strength(t: Token): Strength {
  const s = strengthOf(t);
  return s === 'none' ? undefined : s;
}

export function detectOtherLanguages({ tokens }: DetectorInput): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (strength(t) !== 'strong' || namedUse(tokens, i)) {
      i++;
      continue;
    }
    let lo = i;
    while (lo > 0 && (tokens[lo - 1] as Token).sentence === t.sentence && strength(tokens[lo - 1] as Token) === 'weak') lo--;
    let hi = i;
    let strong = 1;
    for (let j = i + 1; j < tokens.length && (tokens[j] as Token).sentence === t.sentence; j++) {
      const s = strength(tokens[j] as Token);
      if (!s) break;
      hi = j;
      if (s === 'strong') strong++;
    }
    const what: string[] = [];
    for (let k = lo; k <= hi; k++) {
      const known = KNOWN.get(keyOf(tokens[k] as Token));
      if (known) {
        const item = `${NAMES[known[0] ?? ''] ?? 'another language'} “${known[1] ?? ''}”`;
        if (!what.includes(item)) what.push(item);
      }
    }
    const words = [tokens.slice(lo, hi + 1).map((x) => x.raw).join(' ')];
    hits.push({ category: 'foreign', severity: strong >= 2 ? 'high' : 'medium', start: (tokens[lo] as Token).start, end: (tokens[hi] as Token).end, rule: 'other-language', words, ...(what.length ? { what } : {}) });
    i = hi + 1;
  }
  return hits;
}
