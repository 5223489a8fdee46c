import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAddressLines, formatOneLine } from './format.ts';
import { HOUSE_TYPES, HOUSES, INSTITUTIONS, PLACES, RECIPIENTS, STREETS } from './fixtures/pieces.ts';
import { parseAddress } from './parse.ts';
import { emptyAddress, type Address } from './types.ts';

const address: fc.Arbitrary<Address> = fc
  .record({
    place: fc.constantFrom(...PLACES),
    street: fc.constantFrom(...STREETS),
    house: fc.option(fc.constantFrom(...HOUSES), { nil: null }),
    houseType: fc.constantFrom(...HOUSE_TYPES),
    building: fc.option(fc.constantFrom('1', '2', '3А'), { nil: null }),
    buildingType: fc.constantFrom('корп.' as const, 'стр.' as const),
    flat: fc.option(fc.constantFrom('7', '12', '101'), { nil: null }),
    institution: fc.option(fc.constantFrom(...INSTITUTIONS), { nil: null }),
    recipient: fc.constantFrom(...RECIPIENTS),
    birthYear: fc.option(fc.integer({ min: 1940, max: 2006 }), { nil: null }),
  })
  .map((g) => {
    const a: Address = { ...emptyAddress(), ...g.place, ...g.street, ...(g.institution ?? {}) };
    // A street written without its type word is recognised by the house number after it.
    a.house = g.street.street && (g.house || !g.street.streetType) ? (g.house ?? '3') : null;
    a.houseType = a.house ? g.houseType : null;
    a.building = a.house ? g.building : null;
    a.buildingType = a.building ? g.buildingType : null;
    a.flat = a.house ? g.flat : null;
    a.recipient = { ...g.recipient, birthYear: g.birthYear };
    return a;
  });

describe('parseAddress properties', () => {
  it('never throws on arbitrary strings up to 2,000 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: fc.constantFrom('binary', 'grapheme') as unknown as 'binary' }), (s) => {
        parseAddress(s);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on address-like noise up to 2,000 characters', () => {
    const pieces = fc.constantFrom('г.', 'ул.', 'д.', ',', ' ', '445023', 'ФКУ', 'СИЗО-4', 'Балину', 'обл.', '1974 г. р.', '\n', 'Кому:', '№', '-', '(', 'р-н', 'Москва', 'A', 'о');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 400 }), (parts) => {
        const s = parts.join('').slice(0, 2000);
        const { address } = parseAddress(s);
        expect(Array.isArray(address.unplaced)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back the one-line form it writes', () => {
    fc.assert(
      fc.property(address, (a) => {
        expect(parseAddress(formatOneLine(a)).address).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back the envelope block it writes', () => {
    fc.assert(
      fc.property(address, (a) => {
        expect(parseAddress(formatAddressLines(a)).address).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });
});
