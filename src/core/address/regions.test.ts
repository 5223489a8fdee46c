import { describe, expect, it } from 'vitest';
import postcodes from '../../data/postcodes.json';
import { allRegions, findRegion, regionAsWritten, regionByPostcode, regionInText } from './regions.ts';
import { fold } from './normalize.ts';

describe('regionByPostcode', () => {
  it.each([
    ['445023', 'Самарская обл.'],
    ['601446', 'Владимирская обл.'],
    ['107076', 'г. Москва'],
    ['127055', 'г. Москва'],
    ['143000', 'Московская обл.'],
    ['195009', 'г. Санкт-Петербург'],
    ['188640', 'Ленинградская обл.'],
    ['431200', 'Республика Мордовия'],
    ['428022', 'Чувашская Республика'],
    ['350000', 'Краснодарский край'],
    ['628011', 'Ханты-Мансийский АО — Югра'],
    ['299000', 'г. Севастополь'],
    ['690000', 'Приморский край'],
    ['236000', 'Калининградская обл.'],
  ])('puts %s in %s', (index, region) => {
    expect(regionByPostcode(index)?.name).toBe(region);
  });

  it.each(['000000', '999999', '12345', 'abcdef', ''])('knows no region for %j', (index) => {
    expect(regionByPostcode(index)).toBeNull();
  });
});

describe('postcode data', () => {
  it('is marked as still to be verified', () => {
    expect(postcodes.verified).toBe(false);
  });

  it('gives each three-digit prefix to one region at most', () => {
    const owner = new Map<number, string>();
    const clashes: string[] = [];
    for (const r of allRegions()) {
      for (const range of r.prefixes) {
        const [a, b] = range.split('-').map(Number) as [number, number | undefined];
        for (let p = a; p <= (b ?? a); p++) {
          if (owner.has(p)) clashes.push(`${p}: ${owner.get(p)} / ${r.name}`);
          owner.set(p, r.name);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('covers every federal subject named in the data', () => {
    expect(allRegions().length).toBeGreaterThanOrEqual(85);
    expect(allRegions().every((r) => r.prefixes.length > 0)).toBe(true);
  });
});

describe('findRegion', () => {
  it.each([
    ['Самарская область', 'Самарская обл.'],
    ['обл. Самарская', 'Самарская обл.'],
    ['Респ. Коми', 'Республика Коми'],
    ['Республика Мордовия', 'Республика Мордовия'],
    ['Мордовия', 'Республика Мордовия'],
    ['Чувашская Республика — Чувашия', 'Чувашская Республика'],
    ['Удмуртская Респ.', 'Удмуртская Республика'],
    ['Пермский край', 'Пермский край'],
    ['ХМАО-Югра', 'Ханты-Мансийский АО — Югра'],
    ['ЯНАО', 'Ямало-Ненецкий АО'],
    ['Еврейская автономная область', 'Еврейская АО'],
    ['г. Москва', 'г. Москва'],
    ['СПб', 'г. Санкт-Петербург'],
    ['Республика Северная Осетия — Алания', 'Республика Северная Осетия — Алания'],
    ['РСО-Алания', 'Республика Северная Осетия — Алания'],
    ['РБ', 'Республика Башкортостан'],
    ['РТ', 'Республика Татарстан'],
    ['Кемеровская область — Кузбасс', 'Кемеровская обл. — Кузбасс'],
    ['Кемеровская обл.', 'Кемеровская обл. — Кузбасс'],
  ])('reads %s as %s', (text, name) => {
    expect(findRegion(fold(text))?.region.name).toBe(name);
  });

  it.each(['ул. Севастопольская', 'г. Кировск', 'Алтайская ул.', 'Томский пер.', 'ул. Московская'])('finds no region in %s', (text) => {
    expect(findRegion(fold(text))).toBeNull();
  });
});

describe('regionAsWritten', () => {
  it.each([
    ['Кемеровская обл.', 'Кемеровская обл.'],
    ['Кемеровская область - Кузбасс', 'Кемеровская обл. — Кузбасс'],
    ['Ханты-Мансийский автономный округ', 'Ханты-Мансийский АО'],
    ['ХМАО — Югра', 'Ханты-Мансийский АО — Югра'],
    ['Самарская область', 'Самарская обл.'],
  ])('gives %j as %j', (written, expected) => {
    const region = regionInText(written);
    expect(region && regionAsWritten(region, written)).toBe(expected);
  });
});
