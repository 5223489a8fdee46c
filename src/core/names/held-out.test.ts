import { describe, expect, it } from 'vitest';
import first from './fixtures/held-out.tsv?raw';
import second from './fixtures/held-out-2.tsv?raw';
import third from './fixtures/held-out-3.tsv?raw';
import fourth from './fixtures/held-out-4.tsv?raw';
import fifth from './fixtures/held-out-5.tsv?raw';
import sixth from './fixtures/held-out-6.tsv?raw';
import { declineName, formatFullName, nominativeFromDative, splitFullName, type Gender } from './index.ts';

// Real-world style lists written down before the decliner was run on them (see the header
// line of each file). They now guard against regressions; the threshold is the project's
// target of 98% exactly right, not 100%, because a few entries are disputed usage
// (Орёл → Орлу where our keep-the-vowel rule gives Орёлу).
interface Case { nominative: string; hint: Gender | null; dative: string }

function parse(text: string): Case[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [nominative = '', hint = '', dative = ''] = line.split('\t');
      return { nominative, hint: hint === 'm' || hint === 'f' ? hint : null, dative };
    });
}

const lists = {
  first: parse(first),
  second: parse(second),
  third: parse(third),
  fourth: parse(fourth),
  fifth: parse(fifth),
  sixth: parse(sixth),
};

describe.each(Object.entries(lists))('held-out list %s', (_name, cases) => {
  it('declines at least 98% of the names exactly', () => {
    const wrong = cases.filter((c) => formatFullName(declineName(splitFullName(c.nominative), 'dative', c.hint)) !== c.dative);
    expect(1 - wrong.length / cases.length).toBeGreaterThanOrEqual(0.98);
  });

  it('recovers at least 90% of the nominatives exactly from the dative', () => {
    const right = cases.filter((c) => {
      const recovered = nominativeFromDative(splitFullName(c.dative), c.hint).name;
      return formatFullName(recovered) === formatFullName(splitFullName(c.nominative));
    });
    expect(right.length / cases.length).toBeGreaterThanOrEqual(0.9);
  });
});
