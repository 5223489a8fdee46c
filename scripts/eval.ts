import { existsSync, readFileSync } from 'node:fs';
import { disableLearnedLayer, enableLearnedLayer, findHits, learnedLayer } from '../src/core/checker/index.ts';
import { falseAlarmRate, recall, scoreLetters, type LabelledLetter } from '../src/core/checker/score.ts';
import { historyLines, readHistory } from './eval-history.ts';

// Scores the checker on labelled letters exactly as ../shared/tools/score-checker.py does,
// calling the core directly. Usage: npm run eval [-- FILE[,FILE...]] [--show N] [--history] [--loso] [--learned | --rules-alone]
// --history prints only the first-run history of issue 10's rounds (docs/checker-eval.md).
// Without files (the dev corpus), or with --loso, it also measures the learned layer leave one
// set out (scripts/learned/): train on every labelled set but one, score the one left out.

const args = process.argv.slice(2);
if (args.includes('--history')) {
  process.stdout.write(`${historyLines(readHistory(new URL('../docs/checker-eval.md', import.meta.url).pathname)).join('\n')}\n`);
  process.exit(0);
}
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1]) : 0;
const positional = args.filter((a, i) => !a.startsWith('--') && (showAt < 0 || i !== showAt + 1));
// Without a file, the shared dev corpus, found the same way from the main checkout or a worktree.
const { devCorpus } = await import('./learned/sets.ts');
const first = positional[0] ?? devCorpus();
if (!first) {
  process.stderr.write('eval: no file given and the dev corpus (../shared/corpus/letters.dev.json) is not there\n');
  process.exit(2);
}
const files = first.split(',');
const missing = files.filter((f) => !existsSync(f));
if (missing.length) {
  process.stderr.write(`eval: no such file: ${missing.join(', ')}\n`);
  process.exit(2);
}
const letters = files.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as LabelledLetter[]);

// The checker as the app runs it: with the learned layer when its switch
// (src/data/rules/learned/config.json) is on. --learned switches it on for this run (the shipped
// model, setting and code path: issue 10 §4's decision), --rules-alone off.
if (args.includes('--learned') && !(await enableLearnedLayer())) {
  process.stderr.write('eval: the learned model (src/data/rules/learned/model.json) could not be loaded\n');
  process.exit(2);
}
if (args.includes('--rules-alone')) disableLearnedLayer();
const score = scoreLetters(letters, findHits);
const fmt = (a: number, b: number) => (b ? (a / b).toFixed(2) : '—');
const lines = ['| category | caught | labelled | recall |', '|---|---:|---:|---:|'];
for (const [cat, t] of [...score.perCategory.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  lines.push(`| ${cat} | ${t.caught} | ${t.labelled} | ${fmt(t.caught, t.labelled)} |`);
}
lines.push(`| **overall** | ${score.caught} | ${score.flagged} | ${score.flagged ? recall(score).toFixed(2) : '—'} |`);
lines.push('', `False alarms on clean sentences: ${score.alarms}/${score.clean} = ${falseAlarmRate(score).toFixed(3)}`);
lines.push(`Letters: ${letters.length} from ${files.join(', ')}; ${learnedLayer() ? 'rules and the learned layer' : 'rules alone'}`);
for (const n of score.notes.slice(0, show)) lines.push(n);
process.stdout.write(`${lines.join('\n')}\n`);

if (positional.length === 0 || args.includes('--loso')) {
  const { labelledSets } = await import('./learned/sets.ts');
  const { leaveOneSetOut, losoReport } = await import('./learned/loso.ts');
  const { shippedSetting } = await import('./learned/shipped-setting.ts');
  const { options, setting } = shippedSetting();
  const report = losoReport(leaveOneSetOut(labelledSets(), options, setting));
  process.stdout.write(['', 'Learned layer in its shipped setting (src/data/rules/learned/config.json), leave one set out:', ...report.lines].join('\n') + '\n');
}
