import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import table from './fixtures/dative.json';
import { declineName, detectGender, formatFullName, nominativeFromDative, splitFullName, type FullName, type Gender } from './index.ts';

const parts = (table as { nominative: string }[]).map((r) => splitFullName(r.nominative));
const surnames = [...new Set(parts.map((p) => p.surname))];
const firsts = [...new Set(parts.map((p) => p.first).filter((f): f is string => !!f))];
const patronymics = [...new Set(parts.map((p) => p.patronymic).filter((p): p is string => !!p))];

// Any surname with any first name and patronymic from the table, in any case and gender.
const fullName = fc.record<FullName>({
  surname: fc.constantFrom(...surnames),
  first: fc.option(fc.constantFrom(...firsts, 'А.', 'Ё.'), { nil: null }),
  patronymic: fc.option(fc.constantFrom(...patronymics, 'В.'), { nil: null }),
});
const gender = fc.option(fc.constantFrom<Gender>('m', 'f'), { nil: null });

/** Real names agree with themselves: no part, nor the hint, shows the other gender. */
function consistent(name: FullName, hint: Gender | null): boolean {
  const shown = [
    detectGender({ surname: name.surname, first: null, patronymic: null }),
    detectGender({ surname: '', first: name.first, patronymic: null }),
    detectGender({ surname: '', first: null, patronymic: name.patronymic }),
    hint,
  ].filter((g) => g !== null);
  return new Set(shown).size <= 1;
}

describe('name declension properties', () => {
  it('keeps initials and absent parts as they are', () => {
    fc.assert(
      fc.property(fullName, gender, fc.constantFrom('dative', 'genitive' as const), (name, g, grammaticalCase) => {
        const declined = declineName(name, grammaticalCase, g);
        for (const key of ['first', 'patronymic'] as const) {
          const before = name[key];
          if (before === null || /^[А-ЯЁ]\.$/u.test(before)) expect(declined[key]).toBe(before);
        }
      }),
    );
  });

  // Only for self-consistent names: for a contradictory one (Балин Павло Николаевна) the
  // recovery may prefer reading the surname as left undeclined, which does not round-trip.
  it('recovers a nominative that declines back to the same dative', () => {
    fc.assert(
      fc.property(fullName, gender, (name, g) => {
        fc.pre(consistent(name, g));
        const dative = declineName(name, 'dative', g);
        const recovered = nominativeFromDative(dative, g);
        expect(formatFullName(declineName(recovered.name, 'dative', recovered.gender))).toBe(formatFullName(dative));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), gender, (text, g) => {
        const name = splitFullName(text);
        declineName(name, 'dative', g);
        nominativeFromDative(name, g);
      }),
      { numRuns: 300 },
    );
  });
});
