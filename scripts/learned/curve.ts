import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { LearnedModel } from '../../src/core/checker/learned.ts';
import { letterData, score, type LetterData, type Setting, type Tally } from './grid-score.ts';
import { CONFIGS, exampleSetsAt, replayRounds, type ReplayRound } from './replay.ts';
import { DEFAULTS, seeded, shuffle, train, type TrainOptions } from './train-model.ts';

// Learning curve of the learned second opinion (issue 10 §4, session 8 part 2): does its
// prospective gain grow with training data? For each first-run row of rounds FROM…TO, the frozen
// setting's model is retrained on a seeded random FRACTION of the labelled sentences that existed
// at the row's commit (`--by set`: whole labelled sets, i.e. fewer writers rather than fewer
// sentences per writer) and replayed exactly like `npm run replay`. Reported per group: the
// frozen setting's recall gain and false alarms, and the addition alone's gain at a fixed
// added-false-alarm budget (interpolated between addition thresholds). Nothing is tuned here.
// Usage: node --import tsx scripts/learned/curve.ts [--from 24] [--to 34] [--fractions 0.25,0.5,0.75,1] [--seeds 3] [--by sentence|set]

const CACHE = '/tmp/konvert-replay';
const OFF = 2;
const frozen = CONFIGS.frozen;
if (!frozen?.add || !frozen.veto) throw new Error('replay.ts has no frozen setting with an addition and a veto');
const FROZEN = { ...frozen, add: frozen.add, veto: frozen.veto };
export const OPTIONS: TrainOptions = { ...DEFAULTS, ...FROZEN.train };
/** Addition-only thresholds: the points of the recall/false-alarm curve the budget is read from. */
const ADDS = [0.9, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999];
/** Added false alarms (percentage points of clean sentences) the addition may spend. */
export const BUDGET = 0.5;
export const SETTINGS: Record<string, Setting> = {
  rules: { add: OFF, veto: OFF, scope: 'medium' },
  frozen: { add: FROZEN.add, veto: FROZEN.veto.threshold, scope: FROZEN.veto.scope },
  ...Object.fromEntries(ADDS.map((a) => [`add ${a}`, { add: a, veto: OFF, scope: 'medium' } satisfies Setting])),
};

export type Tallies = Record<string, Tally>;
const empty = (): Tally => ({ caught: 0, labelled: 0, alarms: 0, clean: 0 });

/** Every setting's tally over some rounds' letter data. */
export function tallies(data: readonly LetterData[][]): Tallies {
  return Object.fromEntries(
    Object.entries(SETTINGS).map(([name, s]) => {
      const t = empty();
      for (const d of data) score(d, s, t);
      return [name, t];
    }),
  );
}

const recall = (t: Tally) => (100 * t.caught) / t.labelled;
const fa = (t: Tally) => (100 * t.alarms) / t.clean;
/** A setting's recall gain and added false alarms over the rules alone, in percentage points. */
export const delta = (ts: Tallies, name: string) => ({ gain: recall(ts[name] as Tally) - recall(ts.rules as Tally), addedFa: fa(ts[name] as Tally) - fa(ts.rules as Tally) });

/**
 * The addition alone's recall gain at BUDGET added false alarms: the best threshold within the
 * budget, or the best line between a threshold within it and one beyond (the two used at random).
 */
export function gainAtBudget(ts: Tallies, budget = BUDGET): number {
  const points = [{ gain: 0, addedFa: 0 }, ...ADDS.map((a) => delta(ts, `add ${a}`))];
  const within = points.filter((p) => p.addedFa <= budget);
  const beyond = points.filter((p) => p.addedFa > budget);
  return Math.max(
    ...within.map((p) => p.gain),
    ...within.flatMap((p) => beyond.map((q) => p.gain + ((q.gain - p.gain) * (budget - p.addedFa)) / (q.addedFa - p.addedFa))),
  );
}

type Example = ReturnType<typeof exampleSetsAt>[number]['examples'][number];

/** A seeded random fraction of the training data: of its sentences, or of its whole sets. */
export function subsample(sets: ReturnType<typeof exampleSetsAt>, fraction: number, seed: number, by: 'sentence' | 'set'): Example[] {
  const all = sets.flatMap((s) => s.examples);
  if (fraction >= 1) return all;
  const random = seeded(seed);
  if (by === 'sentence') {
    const order = all.map((_, i) => i);
    shuffle(order, random);
    return order.slice(0, Math.round(fraction * all.length)).sort((a, b) => a - b).map((i) => all[i] as Example);
  }
  const order = [...sets];
  shuffle(order, random);
  const out: Example[] = [];
  for (const s of order) {
    if (out.length >= fraction * all.length) break;
    out.push(...s.examples);
  }
  return out;
}

export const roundNumber = (r: ReplayRound) => Number(/\d+$/.exec(r.round)?.[0]);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const spread = (xs: readonly number[]) => (xs.length > 1 ? ` (${Math.min(...xs).toFixed(1)}…${Math.max(...xs).toFixed(1)})` : '');
const signed = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)}`;

/** Least squares of y on log2(x): the gain per doubling of the data and the gain at x. */
export function logFit(points: readonly [number, number][]): { slope: number; at: (x: number) => number } {
  const xs = points.map(([x]) => Math.log2(x));
  const ys = points.map(([, y]) => y);
  const mx = mean(xs);
  const my = mean(ys);
  const slope = xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] as number) - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return { slope, at: (x) => my + slope * (Math.log2(x) - mx) };
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? (args[at + 1] as string) : fallback;
  };
  const from = Number(opt('from', '24'));
  const to = Number(opt('to', '34'));
  const fractions = opt('fractions', '0.25,0.5,0.75,1').split(',').map(Number);
  const seeds = Number(opt('seeds', '3'));
  const by = opt('by', 'sentence') === 'set' ? 'set' : 'sentence';
  const rounds = replayRounds().filter((r) => roundNumber(r) >= from && roundNumber(r) <= to);
  const groups: [string, (n: number) => boolean][] = [
    [`${from}–29`, (n) => n <= 29],
    ['30–32', (n) => n >= 30 && n <= 32],
    ['33–34', (n) => n >= 33 && n <= 34],
    ['35+', (n) => n >= 35],
    [`all ${from}–${to}`, () => true],
  ];
  // results[fraction][seed] = per-round tallies
  const results = new Map<number, Map<ReplayRound, Tallies>[]>();
  const sizes = new Map<number, number[]>();
  for (const f of fractions) {
    const runs: Map<ReplayRound, Tallies>[] = [];
    for (let s = 0; s < (f >= 1 ? 1 : seeds); s++) {
      const perRound = new Map<ReplayRound, Tallies>();
      for (const commit of [...new Set(rounds.map((r) => r.commit))]) {
        const examples = subsample(exampleSetsAt(commit, OPTIONS.grams, OPTIONS.bigrams), f, 1000 * s + 7, by);
        sizes.set(f, [...(sizes.get(f) ?? []), examples.length]);
        let model: LearnedModel | undefined;
        for (const r of rounds.filter((x) => x.commit === commit)) {
          // Per-sentence probabilities cached by round, commit, fraction, seed and kind of sample.
          const file = `${CACHE}/curve/${by}-${f}-${s}-${r.round}-${commit}.json`;
          if (!existsSync(file)) {
            model ??= train(examples, OPTIONS);
            mkdirSync(`${CACHE}/curve`, { recursive: true });
            writeFileSync(file, JSON.stringify(letterData(r, model)));
          }
          perRound.set(r, tallies([JSON.parse(readFileSync(file, 'utf8')) as LetterData[]]));
        }
      }
      runs.push(perRound);
      process.stderr.write(`fraction ${f} seed ${s} done\n`);
    }
    results.set(f, runs);
  }
  const pool = (perRound: Map<ReplayRound, Tallies>, inGroup: (n: number) => boolean): Tallies => {
    const out: Tallies = Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, empty()]));
    for (const [r, ts] of perRound) {
      if (!inGroup(roundNumber(r))) continue;
      for (const [k, t] of Object.entries(ts)) {
        const o = out[k] as Tally;
        o.caught += t.caught;
        o.labelled += t.labelled;
        o.alarms += t.alarms;
        o.clean += t.clean;
      }
    }
    return out;
  };
  const lines = [
    `Learning curve, frozen setting (${JSON.stringify(OPTIONS)}, add ≥ ${FROZEN.add}, veto ${FROZEN.veto.scope} ≥ ${FROZEN.veto.threshold}), rounds ${from}–${to}, subsample by ${by}, ${seeds} seeds below 100 %`,
    '',
    '| rounds | data | training sentences per commit (mean) | rules alone | frozen: gain / added FA (points; seed range) | frozen: recall / FA | addition alone: gain at +0.5 % FA |',
    '|---|---:|---:|---|---|---|---|',
  ];
  const fitLines: string[] = [];
  for (const [g, inGroup] of groups) {
    if (!rounds.some((r) => inGroup(roundNumber(r)))) continue;
    const frozenPts: [number, number][] = [];
    const budgetPts: [number, number][] = [];
    for (const f of fractions) {
      const pooled = (results.get(f) ?? []).map((perRound) => pool(perRound, inGroup));
      const d = pooled.map((ts) => delta(ts, 'frozen'));
      const b = pooled.map((ts) => gainAtBudget(ts));
      d.forEach((x) => frozenPts.push([f, x.gain]));
      b.forEach((x) => budgetPts.push([f, x]));
      const r0 = (pooled[0] as Tallies).rules as Tally;
      const fr = pooled.map((ts) => ts.frozen as Tally);
      const sum = (k: keyof Tally) => mean(fr.map((t) => t[k]));
      lines.push(
        `| ${g} | ${Math.round(100 * f)} % | ${Math.round(mean(sizes.get(f) ?? [0]))} | ${(r0.caught / r0.labelled).toFixed(3)} (${r0.caught}/${r0.labelled}) / ${fa(r0).toFixed(2)} % (${r0.alarms}/${r0.clean}) | ${signed(mean(d.map((x) => x.gain)))}${spread(d.map((x) => x.gain))} / ${signed(mean(d.map((x) => x.addedFa)))}${spread(d.map((x) => x.addedFa))} | ${(sum('caught') / r0.labelled).toFixed(3)} / ${((100 * sum('alarms')) / r0.clean).toFixed(2)} % | ${signed(mean(b))}${spread(b)} |`,
      );
    }
    if (fractions.length > 1) {
      const fz = logFit(frozenPts);
      const bz = logFit(budgetPts);
      fitLines.push(
        `| ${g} | ${signed(fz.slope)} | ${signed(fz.at(1))} → ${signed(fz.at(1.3))} / ${signed(fz.at(1.6))} / ${signed(fz.at(2))} | ${signed(bz.slope)} | ${signed(bz.at(1))} → ${signed(bz.at(1.3))} / ${signed(bz.at(1.6))} / ${signed(bz.at(2))} |`,
      );
    }
  }
  if (fitLines.length)
    lines.push(
      '',
      'Fit: gain = a + b·log2(data fraction), least squares over every seed; extrapolated to 130 %, 160 % and 200 % of today’s data.',
      '',
      '| rounds | frozen: points per doubling | frozen at 100 % → 130 % / 160 % / 200 % | addition at +0.5 % FA: points per doubling | at 100 % → 130 % / 160 % / 200 % |',
      '|---|---:|---|---:|---|',
      ...fitLines,
    );
  const report = lines.join('\n');
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(`${CACHE}/curve-${from}-${to}-${by}.md`, `${report}\n`);
  process.stdout.write(`${report}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
