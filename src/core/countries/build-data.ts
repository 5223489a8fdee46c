// Builds src/data/countries.json from the i18n-iso-countries package (ISO 3166-1 names in
// many languages, a well-kept data package): for every country its English and Russian
// short names, and every name a writer might type for it, normalised for lookup.
// `npm run countries` rewrites the file; countries.test.ts checks it is up to date.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normaliseCountryName } from './normalise.ts';

const require = createRequire(import.meta.url);

// A writer types their own country in English, in Russian or Ukrainian, or in the country's
// own language ("Deutschland", "Sverige"). Names in every language for every country would make
// the file ten times larger for no gain, so each further language counts only for the countries
// where it is official (Latin-script languages; in other scripts writers abroad use the English name).
export const EVERY_COUNTRY = ['en', 'ru', 'uk'] as const;
export const OWN_LANGUAGE: Record<string, readonly string[]> = {
  de: ['DE', 'AT', 'CH', 'LI', 'LU', 'BE'],
  fr: ['FR', 'BE', 'CH', 'LU', 'MC', 'CA'],
  it: ['IT', 'CH', 'SM', 'VA'],
  es: ['ES', 'MX', 'AR', 'CL', 'CO', 'PE', 'UY', 'VE', 'EC', 'BO', 'PY', 'CR', 'PA', 'GT', 'HN', 'SV', 'NI', 'DO', 'CU'],
  pt: ['PT', 'BR'],
  nl: ['NL', 'BE'],
  pl: ['PL'],
  cs: ['CZ'],
  sk: ['SK'],
  sl: ['SI'],
  hr: ['HR', 'BA'],
  bs: ['BA'],
  sr: ['RS', 'ME', 'BA'],
  sq: ['AL', 'XK'],
  ro: ['RO', 'MD'],
  hu: ['HU'],
  et: ['EE'],
  lv: ['LV'],
  lt: ['LT'],
  fi: ['FI'],
  sv: ['SE', 'FI'],
  da: ['DK'],
  nb: ['NO'],
  nn: ['NO'],
  no: ['NO'],
  is: ['IS'],
  ga: ['IE'],
  mt: ['MT'],
  tr: ['TR', 'CY'],
  az: ['AZ'],
  uz: ['UZ'],
  kk: ['KZ'],
  ky: ['KG'],
  be: ['BY'],
  bg: ['BG'],
  mk: ['MK'],
  ca: ['AD'],
  id: ['ID'],
  ms: ['MY'],
  vi: ['VN'],
};

// Names writers type that the package lacks or resolves another way (second native review §26):
// "Moldova" (the package has only "Moldova, Republic of"), and "Congo", which ISO 3166's short
// name list gives to the Republic of the Congo (CG), not to the Democratic Republic (CD).
export const EXTRA_NAMES: Record<string, string> = { Moldova: 'MD', Congo: 'CG', Micronesia: 'FM', Молдова: 'MD' };
// English names printed for a country typed in Cyrillic: the plain short name, without ISO's
// inverted ", Republic of" or a contested qualifier.
export const ENGLISH_SHORT: Record<string, string> = { MD: 'Moldova', FM: 'Micronesia', TW: 'Taiwan', MK: 'North Macedonia', CN: 'China' };

// Russian names printed on the envelope where the package's first one is not the one the country
// itself and Russian Post's classifier (ОКСМ: «Молдова, Республика») use (fifth native review, item 28),
// or is a parenthesis on the envelope's last line («КНР (Китайская Народная Республика)», fourth review, item 12).
export const RUSSIAN_SHORT: Record<string, string> = { MD: 'Молдова', CN: 'Китай', KP: 'КНДР' };

type Names = Record<string, string | string[]>;
const names = (lang: string): Names => (JSON.parse(readFileSync(require.resolve(`i18n-iso-countries/langs/${lang}.json`), 'utf8')) as { countries: Names }).countries;
const all = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export interface CountryData {
  /** English short name as ISO 3166 gives it first, e.g. "Germany", "United States of America". */
  en: string;
  /** Russian short name, e.g. "Германия". */
  ru: string;
}

export interface CountriesFile {
  source: string;
  countries: Record<string, CountryData>;
  /** Normalised name → ISO 3166-1 alpha-2 code. */
  lookup: Record<string, string>;
}

export function buildCountries(): CountriesFile {
  const en = names('en');
  const ru = names('ru');
  const pkg = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/package.json'), 'utf8')) as { version: string };
  const countries: Record<string, CountryData> = {};
  const lookup: Record<string, string> = {};
  for (const code of Object.keys(en).sort()) {
    const enName = all(en[code])[0];
    const ruName = all(ru[code])[0];
    if (!enName || !ruName) continue;
    countries[code] = { en: ENGLISH_SHORT[code] ?? enName, ru: RUSSIAN_SHORT[code] ?? ruName };
  }
  // The first language to claim a name keeps it (English first), so a name shared by two
  // countries in different languages resolves the way an English speaker means it.
  const claim = (lang: string, codes: readonly string[]) => {
    const list = names(lang);
    for (const code of codes) {
      if (!countries[code]) continue;
      for (const name of all(list[code])) {
        const key = normaliseCountryName(name);
        if (key && !(key in lookup)) lookup[key] = code;
      }
    }
  };
  for (const [name, code] of Object.entries(EXTRA_NAMES)) lookup[normaliseCountryName(name)] = code;
  for (const lang of EVERY_COUNTRY) claim(lang, Object.keys(countries));
  for (const [lang, codes] of Object.entries(OWN_LANGUAGE)) claim(lang, codes);
  return { source: `i18n-iso-countries ${pkg.version} (ISO 3166-1): English, Russian and Ukrainian names of every country, and each country's name in its own official language`, countries, lookup };
}
