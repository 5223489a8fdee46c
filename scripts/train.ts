import { readFileSync, writeFileSync } from 'node:fs';
import { labelledSets } from './learned/sets.ts';
import { leaveOneSetOut, losoReport } from './learned/loso.ts';
import { DEFAULTS, examplesOf, train, type TrainOptions } from './learned/train-model.ts';
import { compactModel } from '../src/core/checker/learned-data.ts';

// Trains the checker's learned layer on every labelled sentence in the repository (every set
// under src/core/checker/fixtures and the shared dev corpus) with the training settings of
// src/data/rules/learned/config.json, and writes the shipped, compacted weights to
// src/data/rules/learned/model.json. Whether the checker runs the model is that config's
// `enabled` switch alone: the file is loaded (as its own lazy chunk) only when the switch is on.
// The same data always gives the same file (seeded training order, sorted features).
// Usage: npm run train [-- --loso]   (--loso also prints the leave-one-set-out figure: minutes)

const CONFIG = 'src/data/rules/learned/config.json';
const OUT = 'src/data/rules/learned/model.json';
const config = JSON.parse(readFileSync(CONFIG, 'utf8')) as { add: number; train?: Partial<TrainOptions> };
const options: TrainOptions = { ...DEFAULTS, ...config.train, threshold: config.add };
const sets = labelledSets();
const sentences = sets.flatMap((s) => examplesOf(s.letters, options.grams, options.bigrams));
const model = train(sentences, options);
model.trainedOn = { sets: sets.map((s) => s.name), sentences: sentences.length, settings: options };
const compact = compactModel(model);
writeFileSync(OUT, `${JSON.stringify(compact)}\n`);
const lines = [`Wrote ${OUT}: ${compact.features.split('\n').length} of ${Object.keys(model.weights).length} features, ${sentences.length} sentences from ${sets.length} sets.`];
if (process.argv.includes('--loso')) {
  const report = losoReport(leaveOneSetOut(sets, options));
  lines.unshift('Leave-one-set-out (train on all other sets, score the held-out one):', ...report.lines);
}
process.stdout.write(`${lines.join('\n')}\n`);
