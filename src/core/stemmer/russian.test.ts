import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import snowball from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { stemRussian } from './russian.ts';

// Every Russian word in the project's own texts (rules, templates, phrasebook,
// guidance) and the letter corpus, against the reference port of the algorithm.
function wordsIn(dir: string, out = new Set<string>()): Set<string> {
  // A set filled in place: spreading whole folders' word lists into push() overflowed the call stack
  // once the fixtures and the learned model grew past a few hundred thousand words.
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) wordsIn(path, out);
    else if (entry.name.endsWith('.json')) for (const w of readFileSync(path, 'utf8').toLowerCase().match(/[а-я]+/g) ?? []) out.add(w);
  }
  return out;
}

const root = join(__dirname, '../../..');
const words = [...wordsIn(join(root, 'src/core/checker/fixtures'), wordsIn(join(root, 'src/data')))].sort();
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
