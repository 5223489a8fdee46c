import { transliterate } from '../address/transliterate.ts';
import type { PrisonerRecord } from './types.ts';

/**
 * Finding a prisoner by name, region, institution or town, typed in Cyrillic or in Latin
 * letters however the writer spells them ("Balin", "Tolyatti", "SIZO-4", "Andrey"/"Andrei").
 * Every field is indexed in both official romanisations (the passport/ICAO system and
 * GOST 7.79 B, transliterate.ts); query and index are then reduced to a common skeleton
 * that forgets the usual spelling differences (y/i/j, kh/h, ts/tz/cz, doubled letters).
 */
export interface SearchIndex {
  entries: { record: PrisonerRecord; surname: string[]; words: string[] }[];
}

/** Latin spelling variants of one Russian sound collapse to one letter. */
export function skeleton(latin: string): string {
  return latin
    .toLowerCase()
    .replace(/[`'’ʹ]/g, '')
    .replace(/shch|shh|sch/g, 'sh')
    .replace(/x/g, 'ks')
    .replace(/kh/g, 'h')
    .replace(/zh/g, 'z')
    .replace(/ts|tz|cz/g, 'c')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/q/g, 'k')
    .replace(/[yj]/g, 'i')
    .replace(/(^|[^a-z])ie/g, '$1e')
    .replace(/([a-z])\1+/g, '$1');
}

const SPLIT = /[\s\-,.;:()«»"№/]+/;

// A list repeats its institutions, regions, towns and given names: each text is romanised once.
const keyCache = new Map<string, string[]>();
const KEY_CACHE_MAX = 50_000;

/** Skeletons of a text's words, in both romanisations when it is Cyrillic. */
function keys(text: string | null | undefined): string[] {
  if (!text) return [];
  const cached = keyCache.get(text);
  if (cached) return cached;
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
  const found = romanisedKeys(text);
  keyCache.set(text, found);
  return found;
}

function romanisedKeys(text: string): string[] {
  const lower = text.toLowerCase();
  // ё is "e" in passports and "yo" in GOST: "Ковалёв" is found as Kovalev and as Kovalyov.
  const forms = /[а-яё]/.test(lower) ? [transliterate(lower.replace(/ё/g, 'е'), 'passport'), transliterate(lower, 'gost779b')] : [lower];
  const out = new Set<string>();
  for (const form of forms) for (const word of form.split(SPLIT)) if (word) out.add(skeleton(word));
  return [...out];
}

const built = new WeakMap<readonly PrisonerRecord[], SearchIndex>();

/** The index of a list, built the first time someone searches it (not when the list is shown). */
export function searchIndexFor(records: readonly PrisonerRecord[]): SearchIndex {
  let index = built.get(records);
  if (!index) {
    index = buildSearchIndex(records);
    built.set(records, index);
  }
  return index;
}

export function buildSearchIndex(records: readonly PrisonerRecord[]): SearchIndex {
  return {
    entries: records.map((record) => {
      const a = record.address;
      const words = [record.first, record.patronymic, record.institution, record.institutionFull, a.region, a.district, a.locality].flatMap(keys);
      return { record, surname: keys(record.surname), words };
    }),
  };
}

/** How well one query word fits a list of indexed words: whole word, start of a word, or inside one. */
function fit(token: string, words: string[]): number {
  let best = 0;
  for (const w of words) {
    if (w === token) return 3;
    if (w.startsWith(token)) best = Math.max(best, 2);
    else if (token.length >= 3 && w.includes(token)) best = Math.max(best, 1);
  }
  return best;
}

/**
 * Records matching every word of the query, best first (a surname counts double); an empty
 * query gives every record in its own order.
 */
export function searchPrisoners(index: SearchIndex, query: string, limit = Number.POSITIVE_INFINITY): PrisonerRecord[] {
  const tokens = keys(query);
  if (tokens.length === 0) return index.entries.slice(0, limit).map((e) => e.record);
  const scored: { record: PrisonerRecord; score: number; order: number }[] = [];
  index.entries.forEach((entry, order) => {
    let score = 0;
    for (const token of tokens) {
      const s = Math.max(2 * fit(token, entry.surname), fit(token, entry.words));
      if (s === 0) return;
      score += s;
    }
    scored.push({ record: entry.record, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.record);
}
