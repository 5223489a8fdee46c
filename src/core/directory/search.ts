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

/** Skeletons of a text's words, in both romanisations when it is Cyrillic. */
function keys(text: string | null | undefined): string[] {
  if (!text) return [];
  const lower = text.toLowerCase();
  // ё is "e" in passports and "yo" in GOST: "Ковалёв" is found as Kovalev and as Kovalyov.
  const forms = /[а-яё]/.test(lower) ? [transliterate(lower.replace(/ё/g, 'е'), 'passport'), transliterate(lower, 'gost779b')] : [lower];
  const out = new Set<string>();
  for (const form of forms) for (const word of form.split(SPLIT)) if (word) out.add(skeleton(word));
  return [...out];
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
