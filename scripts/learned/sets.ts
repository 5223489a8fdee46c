import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { LabelledLetter } from '../../src/core/checker/score.ts';

// The labelled sets the learned layer may learn from: every set committed under the checker's
// fixtures (the regression rounds, the team's blind sets, the clean letters) and the shared dev
// corpus when it is there. Never the sealed rounds: those are opened only for a first run.

const FIXTURES = 'src/core/checker/fixtures';
const DEV = ['../shared/corpus/letters.dev.json', '../../shared/corpus/letters.dev.json'];

/** The shared dev corpus, wherever this worktree sits relative to ../shared. */
export const devCorpus = (): string | undefined => DEV.find((f) => existsSync(f));

export interface LabelledSet {
  name: string;
  letters: LabelledLetter[];
}

export function labelledSets(): LabelledSet[] {
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${FIXTURES}/${f}`);
  const dev = devCorpus();
  if (dev) files.push(dev);
  return files.map((f) => ({ name: basename(f, '.json').replace(/^letters\./, ''), letters: JSON.parse(readFileSync(f, 'utf8')) as LabelledLetter[] }));
}
