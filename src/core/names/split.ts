import rules from '../../data/names/surname-rules.json';
import type { FullName } from './types.ts';

/** Lower-case nobiliary and patronymic particles written apart before a surname (де Голль, фон Бок, ибн Сина). */
const PARTICLES = new Set(rules.particles);

// "А.", "Ё." and Latin-free two-letter initials like "Дж." count as initials.
const INITIAL = /^[А-ЯЁA-Z][а-яёa-z]?\.$/iu;
/** Turkic patronymic markers written as a separate word after the father's name. */
const TURKIC_MARKER = /^(оглы|оглу|улы|уулу|угли|ули|кызы|гызы|кизи|гизи|кыз)$/iu;

export function isInitial(part: string): boolean {
  return INITIAL.test(part);
}

/** Splits glued initials ("А.А.", "А.А") into separate "А." tokens. */
function tokenize(text: string): string[] {
  const spaced = text
    .replace(/[\u00a0\u2009\u202f]/gu, ' ')
    .replace(/([А-ЯЁA-Z][а-яёa-z]?)\.(?=\S)/gu, '$1. ')
    .trim();
  if (!spaced) return [];
  const tokens = spaced.split(/\s+/u);
  // A trailing bare capital after an initial is an initial with the dot omitted: "Балин А.А" → "А.".
  return tokens.map((t, i) => (i > 0 && /^[А-ЯЁ]$/u.test(t) ? `${t}.` : t));
}

/**
 * Reads "Фамилия Имя Отчество" (the order used in Russian addresses), with initials
 * or a Turkic patronymic ("Гейдар оглы"). Lower-case particles before the surname
 * ("де Голль", "фон Бок") stay with it.
 */
export function splitFullName(text: string): FullName {
  const tokens = tokenize(text);
  const surnameParts: string[] = [];
  while (tokens.length > 1 && PARTICLES.has(tokens[0] as string)) {
    surnameParts.push(tokens.shift() as string);
  }
  surnameParts.push(tokens.shift() ?? '');
  const surname = surnameParts.join(' ');
  // "Гейдар оглы" is one patronymic; otherwise extra words belong to a compound first name.
  const last = tokens[tokens.length - 1];
  const turkic = tokens.length >= 3 && last !== undefined && TURKIC_MARKER.test(last);
  const patronymicWords = tokens.length <= 1 ? 0 : turkic ? 2 : 1;
  const firstWords = tokens.slice(0, tokens.length - patronymicWords);
  const patronymicPart = tokens.slice(tokens.length - patronymicWords);
  return {
    surname,
    first: firstWords.length ? firstWords.join(' ') : null,
    patronymic: patronymicPart.length ? patronymicPart.join(' ') : null,
  };
}

/** Joins the parts with spaces; initials always as "А. А.". */
export function formatFullName(name: FullName): string {
  return [name.surname, name.first, name.patronymic]
    .filter((p): p is string => !!p && p.trim() !== '')
    .map((p) => p.trim().replace(/([А-ЯЁA-Z][а-яёa-z]?)\.(?=\S)/gu, '$1. '))
    .join(' ');
}
