import { translit } from '../translit/index.ts';
import { allowedTypos, editDistance } from './edit-distance.ts';
import { bothGenders, words } from './normalise.ts';
import { phrases, type Phrase } from './phrasebook.ts';

export type SearchLang = 'ru' | 'en' | 'auto';

export interface SearchOptions {
  lang?: SearchLang;
  topic?: string;
  limit?: number;
}

export interface PhraseMatch {
  phrase: Phrase;
  score: number;
  /** The language the match was found in. */
  lang: 'ru' | 'en';
}

// Words that match nearly every phrase; ignored unless the query has nothing else.
const STOP_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'and', 'i', 'is', 'in', 'my', 'me', 'you', 'your', 'it', 'и', 'в', 'на', 'я', 'с', 'не', 'а', 'по', 'у', 'о', 'за', 'вы', 'вам', 'вас']);

const index = phrases.map((phrase) => ({
  phrase,
  ru: words(bothGenders(phrase.text.ru).replace(/\{name\}/g, '')),
  en: words(phrase.text.en.replace(/\{name\}/g, '')),
}));

/** How well one query word matches one phrase word: whole word 1, the start of it while typing 0.8, with a typo less. */
function wordScore(query: string, word: string): number {
  if (query === word) return 1;
  if (query.length >= 2 && word.startsWith(query)) return 0.8;
  const typos = allowedTypos(query.length);
  if (typos === 0) return 0;
  const whole = editDistance(query, word, typos);
  if (whole <= typos) return 0.7 - 0.15 * (whole - 1);
  // A typo in a word still being typed: compare with the same-length start of the phrase word.
  if (word.length > query.length && editDistance(query, word.slice(0, query.length), 1) <= 1) return 0.5;
  return 0;
}

function score(queryWords: readonly string[], phraseWords: readonly string[]): number {
  if (queryWords.length === 0) return 0;
  let total = 0;
  let matched = 0;
  for (const q of queryWords) {
    let best = 0;
    for (const w of phraseWords) best = Math.max(best, wordScore(q, w));
    total += best;
    if (best > 0) matched++;
  }
  if (matched === 0) return 0;
  // Phrases matching every query word rank above any partial match; shorter phrases win ties.
  const coverage = matched / queryWords.length;
  return coverage * (total / queryWords.length) + (coverage === 1 ? 1 : 0) - phraseWords.length * 0.001;
}

const meaningful = (ws: string[]) => {
  const kept = ws.filter((w) => !STOP_WORDS.has(w));
  return kept.length > 0 ? kept : ws;
};

/**
 * Finds phrases by words in Russian or English, ranked. Tolerates е for ё, small typos and
 * unfinished words. With lang 'auto', a Latin query is also read as Russian typed in Latin (spasibo).
 */
export function searchPhrases(query: string, options: SearchOptions = {}): PhraseMatch[] {
  const lang = options.lang ?? 'auto';
  const raw = words(query);
  if (raw.length === 0) return [];
  const cyrillic = /[а-яё]/i.test(query);
  // A Latin query in Russian mode, or in auto mode, is read as translit too: spasibo → спасибо.
  const ruQuery = meaningful(words(cyrillic ? query : translit(query)));
  const enQuery = meaningful(raw);
  const searchRu = lang !== 'en';
  const searchEn = lang === 'en' || (lang === 'auto' && !cyrillic);

  const results: PhraseMatch[] = [];
  for (const entry of index) {
    if (options.topic && entry.phrase.topic !== options.topic) continue;
    const ru = searchRu ? score(ruQuery, entry.ru) : 0;
    const en = searchEn ? score(enQuery, entry.en) : 0;
    const best = Math.max(ru, en);
    if (best > 0) results.push({ phrase: entry.phrase, score: Math.round(best * 1000) / 1000, lang: ru >= en ? 'ru' : 'en' });
  }
  results.sort((a, b) => b.score - a.score || a.phrase.id.localeCompare(b.phrase.id));
  return options.limit ? results.slice(0, options.limit) : results;
}
