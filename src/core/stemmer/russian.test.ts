import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import snowball from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { stemRussian } from './russian.ts';

// Every Russian word in the project's own texts (rules, templates, phrasebook,
// guidance) and the letter corpus, against the reference port of the algorithm.
function wordsIn(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...wordsIn(path));
    else if (entry.name.endsWith('.json')) out.push(...(readFileSync(path, 'utf8').toLowerCase().match(/[а-я]+/g) ?? []));
  }
  return out;
}

const root = join(__dirname, '../../..');
const words = [...new Set([...wordsIn(join(root, 'src/data')), ...wordsIn(join(root, 'src/core/checker/fixtures'))])].sort();
const reference = snowball.newStemmer('russian');

describe('stemRussian', () => {
  it('has a few thousand words to compare', () => {
    expect(words.length).toBeGreaterThan(2000);
  });

  it('gives the same stem as the reference Snowball port for every word', () => {
    const differences = words.filter((w) => stemRussian(w) !== reference.stem(w)).map((w) => `${w}: ${stemRussian(w)} ≠ ${reference.stem(w)}`);
    expect(differences).toEqual([]);
  });

  it.each([
    ['побегами', 'побег'],
    ['адвокатом', 'адвокат'],
    ['красивейшая', 'красив'],
    ['ёлками', 'елк'],
    ['в', 'в'],
    ['', ''],
  ])('stems %s to %s', (word, stem) => {
    expect(stemRussian(word)).toBe(stem);
  });
});
