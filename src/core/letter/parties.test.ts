import { describe, expect, it } from 'vitest';
import { parseAddress } from '../address/index.ts';
import { envelopeForms, freeFormForms } from './parties.ts';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const SEED = '445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.';

describe('envelopeForms', () => {
  it('gives the prisoner as recipient (dative) and as the sender of the reply (genitive, with birth year)', () => {
    const forms = envelopeForms(parseAddress(SEED).address);
    expect(forms.recipient.to.map(plain)).toEqual(['Балину Андрею Альбертовичу', '1974 г. р.']);
    expect(forms.sender.to.map(plain)).toEqual(['Балина Андрея Альбертовича', '1974 г. р.']);
    expect(forms.sender.index).toBe('445023');
    expect(forms.sender.where.map(plain)).toContain('ФКУ СИЗО-4 ГУФСИН России по Самарской области');
  });

  it('marks both forms as ending with «RUSSIA / РОССИЯ» when posted from abroad', () => {
    const forms = envelopeForms(parseAddress(SEED).address, { international: true });
    for (const party of [forms.recipient, forms.sender]) {
      expect(party.where.at(-1)).toBe('RUSSIA / РОССИЯ');
      expect(party.endsWithCountry).toBe(true);
    }
    expect(envelopeForms(parseAddress(SEED).address).recipient.endsWithCountry).toBeUndefined();
  });
});

describe('freeFormForms', () => {
  it('keeps a foreign return address as written, name first, the country in capitals and in Russian', () => {
    const party = { to: ['John Smith'], where: ['10 Downing Street', 'London SW1A 2AA', 'UNITED KINGDOM / ВЕЛИКОБРИТАНИЯ'], index: null, international: true, endsWithCountry: true };
    expect(freeFormForms('John Smith, 10 Downing Street, London SW1A 2AA, United Kingdom')).toEqual({
      name: 'John Smith',
      recipient: party,
      sender: party,
      country: 'UNITED KINGDOM / ВЕЛИКОБРИТАНИЯ',
    });
  });

  it.each([
    ['Anna Schmidt\nHauptstrasse 5\n10115 Berlin\nDeutschland', 'DEUTSCHLAND / ГЕРМАНИЯ'],
    ['Jan Novák, Národní 1, 110 00 Praha 1, Czechia', 'CZECHIA / ЧЕХИЯ'],
    ['Giorgi Beridze, Rustaveli Ave 5, 0108 Tbilisi, Georgia', 'GEORGIA / ГРУЗИЯ'],
  ])('names the country of %j in Russian too', (text, line) => {
    expect(freeFormForms(text)?.recipient.where.at(-1)).toBe(line);
  });

  it('leaves an unknown last line as written, in capitals', () => {
    expect(freeFormForms('John Smith, 1 Main Street, Springfield')?.recipient).toMatchObject({ where: ['1 Main Street', 'SPRINGFIELD'], international: true });
  });

  // Second native review §10: Russian speakers in the CIS type their address in Cyrillic.
  it.each([
    ['Иванов Иван, пр. Абая, д. 1, кв. 5, г. Алматы, 050000, Казахстан', ['пр. Абая, д. 1, кв. 5', 'г. Алматы, 050000', 'KAZAKHSTAN / КАЗАХСТАН']],
    ['Петросян Анна, ул. Абовяна, д. 10, кв. 3, Ереван, 0001, Армения', ['ул. Абовяна, д. 10, кв. 3', 'Ереван, 0001', 'ARMENIA / АРМЕНИЯ']],
    ['Беридзе Георгий, Грузия, пр. Руставели, 5, Тбилиси, 0108', ['пр. Руставели, 5', 'Тбилиси, 0108', 'GEORGIA / ГРУЗИЯ']],
  ])('reads %j as an address abroad: its postcode stays in the lines, never in the boxes, and the country ends it', (text, where) => {
    const forms = freeFormForms(text);
    expect(forms?.recipient).toEqual({ to: [text.split(',')[0]], where, index: null, international: true, endsWithCountry: true });
  });

  it('reads a Cyrillic address with no country as abroad when the writer says so, and as Russian otherwise', () => {
    const text = 'Иванов Иван, пр. Абая, д. 1, кв. 5, г. Алматы, 050000';
    expect(freeFormForms(text, { international: true })?.recipient).toMatchObject({ index: null, international: true, where: ['пр. Абая, д. 1, кв. 5', 'г. Алматы, 050000'] });
    expect(freeFormForms(text)?.recipient).toMatchObject({ index: '050000' });
  });

  it.each(['John Smith', '10 Downing Street, London', ''])('refuses %j, which has no name and address', (text) => {
    expect(freeFormForms(text)).toBeNull();
  });
});
