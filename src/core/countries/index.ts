import data from '../../data/countries.json';
import { normaliseCountryName } from './normalise.ts';

export { normaliseCountryName } from './normalise.ts';

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** English short name ("Germany"). */
  en: string;
  /** Russian short name ("Германия"). */
  ru: string;
}

const countries = data.countries as Record<string, { en: string; ru: string }>;
const lookup = data.lookup as Record<string, string>;

/** The country a writer typed, in English, Russian, Ukrainian or the country's own language; null if unknown. */
export function findCountry(name: string): Country | null {
  const code = lookup[normaliseCountryName(name)];
  const c = code ? countries[code] : undefined;
  return code && c ? { code, ...c } : null;
}

const hasCyrillic = (s: string) => /[А-Яа-яЁёІіЇїЄєЎў]/.test(s);

/**
 * «GERMANY / ГЕРМАНИЯ»: the last line of an address abroad on mail leaving Russia.
 * Russian Post wants the country in the destination's script and also in Russian;
 * the writer's own spelling is kept ("DEUTSCHLAND / ГЕРМАНИЯ"), and a name typed
 * in Cyrillic gives the English one for the first half.
 */
export function countryLine(typed: string): string | null {
  const country = findCountry(typed);
  if (!country) return null;
  const latin = hasCyrillic(typed) ? country.en : typed.replace(/\s+/g, ' ').trim();
  return `${latin.toUpperCase()} / ${country.ru.toUpperCase()}`;
}
