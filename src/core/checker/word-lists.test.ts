import { describe, expect, it } from 'vitest';
import languages from '../../data/rules/languages.json';
import { CONTEXT_GROUPS, RULE_FILES } from './catalogue.ts';
import { describeClasses, strong } from './class-tables.ts';
import { validateCatalogue, validateLanguages, type LanguageData } from './schema.ts';

// Two word lists the engine reads from data (src/data/rules): kin in the dative, which never
// count as a nickname (contexts.json `kindative`), and listed foreign words that are also given
// names (languages.json `givenNames`). The schema holds their shape; the tables below hold what
// each entry does, for every entry of the list.

const LANGUAGES = languages as LanguageData;
const KIN = (CONTEXT_GROUPS.kindative ?? []).map((w) => w.replace(/^=/, ''));
const capital = (w: string) => (w[0] ?? '').toUpperCase() + w.slice(1);

describe('the word lists pass their schema', () => {
  it('languages.json', () => expect(validateLanguages(LANGUAGES)).toEqual([]));
  it('contexts.json with its kin group', () => {
    expect(KIN.length).toBeGreaterThan(15);
    expect(validateCatalogue(RULE_FILES, CONTEXT_GROUPS)).toEqual([]);
  });

  it.each([
    ['a given name the list lacks', { givenNames: ['рустам'] }, 'givenNames: "рустам" is not a listed word'],
    ['a given name in capitals', { givenNames: ['Акбар'] }, 'givenNames: "Акбар" must be lower case'],
    ['a repeated weak word', { weak: ['мой', 'мой'] }, 'weak: repeated word'],
    ['a word of an unknown language', { words: { салам: ['xx', 'hello'] } }, 'word "салам": needs a known language code and a meaning'],
    ['a word without a meaning', { words: { салам: ['ar', ' '] } }, 'word "салам": meaning is empty'],
    ['a language named in Russian', { languages: { ar: 'арабский' } }, 'language ar: needs a short code and an English name'],
  ])('languages.json: finds %s', (_name, change, error) => {
    expect(validateLanguages({ ...LANGUAGES, ...change })).toContain(error);
  });

  it.each([['маме'], ['=Маме'], ['мам*']])('contexts.json: finds the kin entry %s that is not an exact lower-case word', (entry) => {
    expect(validateCatalogue([], { naming: ['=зовут'], kindative: [entry] })).toEqual([`group kindative: "${entry}" must be an exact lower-case word (=маме)`]);
  });
});

// A capitalised dative at a sentence start reads as a nickname to pass a message to («Рыжему из
// камеры передай…»), unless it is kin.
describe.each(KIN)('kin in the dative: %s', (kin) => {
  it('is family, not a nickname to pass a message to', () => {
    expect(strong(`${capital(kin)} из больницы передай, что я скучаю.`).filter((h) => h.category === 'contacts')).toEqual([]);
  });
});

describe.each(LANGUAGES.givenNames)('a listed word that is also a given name: %s', (name) => {
  it('capitalised, on its own, is a person', () => {
    expect(strong(`${capital(name)} помог донести сумки.`).filter((h) => h.category === 'foreign')).toEqual([]);
  });
  it('after «Аллаху» it is the formula again', () => {
    expect(strong(`Аллаху ${capital(name)}, брат, держись.`).map((h) => h.category)).toContain('foreign');
  });
});

describeClasses([
  {
    category: 'contacts',
    name: 'a nickname in the dative is still read as one',
    quiet: ['Бабушке из санатория передай, что я скучаю.', 'Дочке передай, что я её люблю.'],
    fires: ['Рыжему из соседней камеры передай, что я жду.', 'Косому передай, что всё в силе.'],
  },
]);
