import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { delta, gainAtBudget, OPTIONS, roundNumber, tallies, type Tallies } from './curve.ts';
import { letterData } from './grid-score.ts';
import { exampleSetsAt, replayRounds } from './replay.ts';
import { seeded, shuffle, train } from './train-model.ts';
import type { Tally } from './grid-score.ts';

// Held-out check of issue 10 §4 (session 8 part 2): does training on the newer rounds help on
// rounds written before them by other writers? The TEST rounds (33–34) meet their first-run
// rules (as `npm run replay`) and the frozen setting's model trained on:
//  - the data at their first-run commit (= the replay's own figure);
//  - that plus the NEWER training rounds on main (38+), all of them and random k of them;
//  - everything on main except the test rounds and the newer ones, then with the newer ones.
// Sets on main that were not at the first-run commit are listed: a set written after the test
// rounds were seen (precision-probes-7 was built from the false alarms of 33–34) leaks them.
// Usage: node --import tsx scripts/learned/held-out.ts [--test 33,34] [--newer-from 38] [--seeds 3] [--orders 3] [--k 1,2,4,6 | --k '']

const CACHE = '/tmp/konvert-replay';
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] as string) : fallback;
};
const test = opt('test', '33,34').split(',').map(Number);
const newerFrom = Number(opt('newer-from', '38'));
const seeds = Number(opt('seeds', '3'));
const orders = Number(opt('orders', '3'));
const ks = opt('k', '1,2,4,6').split(',').filter(Boolean).map(Number);

const rounds = replayRounds().filter((r) => test.includes(roundNumber(r)));
const commits = [...new Set(rounds.map((r) => r.commit))];
if (commits.length !== 1) throw new Error(`the test rounds were first run on ${commits.length} commits; give rounds of one commit`);
const firstRun = commits[0] as string;
const main = spawnSync('git', ['rev-parse', '--short', 'main'], { encoding: 'utf8' }).stdout.trim();
const roundOf = (name: string) => Number(/^g2-round(\d+)$/.exec(name)?.[1] ?? NaN);

const atFirstRun = exampleSetsAt(firstRun, OPTIONS.grams, OPTIONS.bigrams);
const onMain = exampleSetsAt(main, OPTIONS.grams, OPTIONS.bigrams);
const newer = onMain.filter((s) => roundOf(s.name) >= newerFrom);
const mainBase = onMain.filter((s) => !test.includes(roundOf(s.name)) && !(roundOf(s.name) >= newerFrom));
const known = new Map(atFirstRun.map((s) => [s.name, s.examples]));
const changed = mainBase.filter((s) => known.get(s.name) !== s.examples).map((s) => s.name);

type Sets = typeof onMain;
const count = (sets: Sets) => sets.reduce((n, s) => n + s.examples.length, 0);
const evaluate = (sets: Sets, seed?: number): Tallies => {
  const model = train(
    sets.flatMap((s) => s.examples),
    seed === undefined ? OPTIONS : { ...OPTIONS, seed },
  );
  return tallies(rounds.map((r) => letterData(r, model)));
};

const pct = (t: Tally) => `${(t.caught / t.labelled).toFixed(3)} (${t.caught}/${t.labelled}) / ${((100 * t.alarms) / t.clean).toFixed(2)} % (${t.alarms}/${t.clean})`;
const signed = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)}`;
const rng = (xs: number[]) => `${signed(Math.min(...xs))}…${signed(Math.max(...xs))}`;
/** A variant's row: the default training order, and the spread over ORDERS other orders (the noise floor). */
const row = (label: string, sets: Sets, ts = evaluate(sets)) => {
  const d = delta(ts, 'frozen');
  const bar = d.gain >= 5 && (100 * (ts.frozen as Tally).alarms) / (ts.frozen as Tally).clean <= 3;
  const others = Array.from({ length: orders }, (_, i) => delta(evaluate(sets, i + 1), 'frozen'));
  const noise = others.length ? `${rng(others.map((o) => o.gain))} / ${rng(others.map((o) => o.addedFa))}` : '';
  process.stderr.write(`${label} done\n`);
  return `| ${label} | ${count(sets)} | ${pct(ts.frozen as Tally)} | ${d.gain.toFixed(2)} / ${signed(d.addedFa)} | ${noise} | ${signed(gainAtBudget(ts))} | ${bar ? 'yes' : 'no'} |`;
};

const lines = [
  `Held-out check on rounds ${test.join(', ')} (first run on ${firstRun}); main ${main}; newer training rounds on main: ${newer.map((s) => s.name).join(', ') || 'none'}`,
  `Sets on main (without the test and newer rounds) new or changed since ${firstRun}: ${changed.join(', ') || 'none'}`,
  '',
];
const base = evaluate(atFirstRun);
lines.push(
  `Rules alone: ${pct(base.rules as Tally)}`,
  '',
  `| model trained on | training sentences | frozen: recall / FA | gain / added FA (points) | the same in ${orders} other training orders | addition alone: gain at +0.5 % FA | bar (+5 at ≤ 3 %) |`,
  '|---|---:|---|---|---|---|---|',
  row(`data at the first run (${firstRun})`, atFirstRun, base),
);
if (newer.length) lines.push(row(`${firstRun} + ${newer.length} newer rounds`, [...atFirstRun, ...newer]));
lines.push(row(`main without rounds ${test.join(', ')} and ≥ ${newerFrom}`, mainBase));
if (newer.length) lines.push(row(`main without rounds ${test.join(', ')}`, [...mainBase, ...newer]));
process.stderr.write('variants done\n');

// k of the newer rounds, at random (seeded): the gain per added round of new writers.
if (newer.length > 1 && ks.length) {
  lines.push('', `${firstRun} + k newer rounds chosen at random (${seeds} seeds; mean, range):`, '', '| k | training sentences | frozen gain / added FA | addition alone at +0.5 % FA |', '|---:|---:|---|---|');
  for (const k of ks.filter((n) => n < newer.length)) {
    const gains: number[] = [];
    const fas: number[] = [];
    const budgets: number[] = [];
    const sizes: number[] = [];
    for (let s = 0; s < seeds; s++) {
      const order = [...newer];
      shuffle(order, seeded(100 * k + s));
      const sets = [...atFirstRun, ...order.slice(0, k)];
      const ts = evaluate(sets);
      const d = delta(ts, 'frozen');
      gains.push(d.gain);
      fas.push(d.addedFa);
      budgets.push(gainAtBudget(ts));
      sizes.push(count(sets));
    }
    const m = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const range = (xs: number[]) => `${signed(m(xs))} (${signed(Math.min(...xs))}…${signed(Math.max(...xs))})`;
    lines.push(`| ${k} | ${Math.round(m(sizes))} | ${range(gains)} / ${range(fas)} | ${range(budgets)} |`);
    process.stderr.write(`k=${k} done\n`);
  }
}
const report = lines.join('\n');
mkdirSync(CACHE, { recursive: true });
writeFileSync(`${CACHE}/held-out-${test.join('-')}.md`, `${report}\n`);
process.stdout.write(`${report}\n`);
