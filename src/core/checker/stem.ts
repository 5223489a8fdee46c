import { stemRussian } from '../stemmer/russian.ts';

// Snowball's Russian stemmer folds inflections (суд, суда, судом → суд). Stemming is the
// costliest step per word, so stems are memoised; letters reuse most of their words.
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = stemRussian(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}
