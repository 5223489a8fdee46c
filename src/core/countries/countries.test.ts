import { describe, expect, it } from 'vitest';
import data from '../../data/countries.json';
import { buildCountries } from './build-data.ts';
import { countryLine, findCountry } from './index.ts';

describe('countryLine', () => {
  it.each([
    ['Germany', 'GERMANY / ГЕРМАНИЯ'],
    ['germany', 'GERMANY / ГЕРМАНИЯ'],
    ['Deutschland', 'DEUTSCHLAND / ГЕРМАНИЯ'],
    ['United Kingdom', 'UNITED KINGDOM / ВЕЛИКОБРИТАНИЯ'],
    ['UK', 'UK / ВЕЛИКОБРИТАНИЯ'],
    ['USA', 'USA / США'],
    ['U.S.A.', 'U.S.A. / США'],
    ['France', 'FRANCE / ФРАНЦИЯ'],
    ['Sverige', 'SVERIGE / ШВЕЦИЯ'],
    ['Österreich', 'ÖSTERREICH / АВСТРИЯ'],
    ['Czechia', 'CZECHIA / ЧЕХИЯ'],
    ['Georgia', 'GEORGIA / ГРУЗИЯ'],
    ['Israel', 'ISRAEL / ИЗРАИЛЬ'],
    ['Kazakhstan', 'KAZAKHSTAN / КАЗАХСТАН'],
    ['Armenia', 'ARMENIA / АРМЕНИЯ'],
    ['Serbia', 'SERBIA / СЕРБИЯ'],
    ['Finland', 'FINLAND / ФИНЛЯНДИЯ'],
    ['Германия', 'GERMANY / ГЕРМАНИЯ'],
    ['Україна', 'UKRAINE / УКРАИНА'],
    // Second native review §26 and §10.
    ['Moldova', 'MOLDOVA / МОЛДОВА'],
    ['Молдова', 'MOLDOVA / МОЛДОВА'],
    ['North Macedonia', 'NORTH MACEDONIA / СЕВЕРНАЯ МАКЕДОНИЯ'],
    ['Congo', 'CONGO / РЕСПУБЛИКА КОНГО'],
    ['Казахстан', 'KAZAKHSTAN / КАЗАХСТАН'],
    ['Армения', 'ARMENIA / АРМЕНИЯ'],
    ['Тайвань', 'TAIWAN / ТАЙВАНЬ'],
  ])('writes %s as %s', (typed, line) => {
    expect(countryLine(typed)).toBe(line);
  });

  it.each(['Berlin', '10115 Berlin', 'Hauptstrasse 5', ''])('finds no country in %j', (typed) => {
    expect(countryLine(typed)).toBeNull();
  });
});

describe('the country data', () => {
  it('covers every ISO 3166-1 country with an English and a Russian name', () => {
    expect(Object.keys(data.countries).length).toBeGreaterThanOrEqual(249);
    for (const [code, c] of Object.entries(data.countries)) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(c.en.trim(), code).not.toBe('');
      expect(c.ru, code).toMatch(/[А-ЯЁа-яё]/);
    }
  });

  it('finds every country by its English name', () => {
    for (const [code, c] of Object.entries(data.countries)) expect(findCountry(c.en)?.code, c.en).toBe(code);
  });

  it('is what `npm run countries` builds from the pinned package', () => {
    expect(buildCountries()).toEqual(data);
  });
});
