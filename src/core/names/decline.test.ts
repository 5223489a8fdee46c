import { describe, expect, it } from 'vitest';
import table from './fixtures/dative.json';
import { declineName, formatFullName, splitFullName, type Gender } from './index.ts';

interface Row { rule: string; nominative: string; gender: string | null; dative: string; genitive: string }
const rows = (table as Row[]).map((r) => ({ ...r, hint: r.gender as Gender | null }));

const decline = (text: string, grammaticalCase: 'dative' | 'genitive', hint: Gender | null) =>
  formatFullName(declineName(splitFullName(text), grammaticalCase, hint));

describe('declineName', () => {
  it('has a table of at least 150 names', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
  });

  it.each(rows)('[$rule] $nominative ($hint) → dative $dative', ({ nominative, hint, dative }) => {
    expect(decline(nominative, 'dative', hint)).toBe(dative);
  });

  it.each(rows)('[$rule] $nominative ($hint) → genitive $genitive', ({ nominative, hint, genitive }) => {
    expect(decline(nominative, 'genitive', hint)).toBe(genitive);
  });

  it('keeps absent parts absent', () => {
    expect(declineName({ surname: 'Петров', first: null, patronymic: null }, 'dative')).toEqual({
      surname: 'Петрову',
      first: null,
      patronymic: null,
    });
  });

  it('declines by the masculine pattern when nothing shows the gender', () => {
    expect(decline('Шмидт А. К.', 'dative', null)).toBe('Шмидту А. К.');
  });

  it('lets the patronymic outrank a contradicting hint', () => {
    expect(decline('Шмидт Ольга Карловна', 'dative', 'm')).toBe('Шмидт Ольге Карловне');
  });

  it('leaves a name in Latin script as written', () => {
    expect(decline('Smith John', 'dative', null)).toBe('Smith John');
  });

  it('returns an empty surname unchanged', () => {
    expect(declineName({ surname: '', first: null, patronymic: null }, 'genitive').surname).toBe('');
  });
});
