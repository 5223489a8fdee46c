import { mkdirSync, writeFileSync } from 'node:fs';
import { labelledSets } from './learned/sets.ts';
import { leaveOneSetOut, losoReport } from './learned/loso.ts';
import { DEFAULTS, examplesOf, train } from './learned/train-model.ts';

// Trains the checker's learned layer on every labelled sentence in the repository (and the shared
// dev corpus when present), measures it leave-one-set-out, and writes the weights to
// src/data/rules/learned/model.json with the verdict. The checker loads the model only when the
// verdict says it earns its place (scripts/learned/loso.ts: the bars of issue 10 and of every set).
// Usage: npm run train [-- --write]   (--write keeps the weights even when the verdict is "off")

const OUT = 'src/data/rules/learned/model.json';
const sets = labelledSets();
const rows = leaveOneSetOut(sets);
const report = losoReport(rows);
const sentences = sets.flatMap((s) => examplesOf(s.letters));
const model = train(sentences);
model.trainedOn = {
  sets: sets.map((s) => s.name),
  sentences: sentences.length,
  settings: DEFAULTS,
  loso: { recallGain: Number(report.gain.toFixed(4)), worstHeldOutFalseAlarms: Number(report.worstAlarms.toFixed(4)), ship: report.ship },
};
// A model that has not earned its place is not written: it would only weigh on the checker's chunk.
const write = report.ship || process.argv.includes('--write');
if (write) {
  mkdirSync('src/data/rules/learned', { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(model)}\n`);
}
process.stdout.write(
  [
    'Leave-one-set-out (train on all other sets, score the held-out one):',
    ...report.lines,
    `${write ? `Wrote ${OUT}` : 'Not written'}: ${Object.keys(model.weights).length} features, ${sentences.length} sentences from ${sets.length} sets.`,
  ].join('\n') + '\n',
);
