import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { letterData, score, type Setting, type Tally } from './grid-score.ts';
import { spawnSync } from 'node:child_process';
import { examplesAt, exampleSetsAt, replayRounds, type ReplayRound } from './replay.ts';
import { average, DEFAULT_SEED, DEFAULTS, fit, toModel, type Fit, type TrainOptions } from './train-model.ts';

// Session 9's choice of the learned layer (issue 10 §4), by a rule written before any result
// (docs/checker-eval.md «Session 9»): model variants × decision cells, each replayed
// prospectively like `npm run replay` (every first-run row meets its commit's rules and a model
// trained only on what existed there), each variant in 3 training orders. Per-commit tallies
// are cached under /tmp, so the work can be split between processes (--shard i/n) and re-read.
// `--plus-newer 50`: every commit's data plus main's training rounds 50 and up (written after all
// the replayed rounds, by other writers): the learning curve's new points.
// Usage: node --import tsx scripts/learned/variants.ts [--from 30] [--to 46] [--variants A,B] [--shard 0/2] [--orders 3] [--plus-newer 50] [--report [--cell NAME]]

const CACHE = '/tmp/konvert-replay/s9';
const OFF = 2;
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] as string) : fallback;
};

/** How many of a variant's 3 orders to train (`--orders 1`: the default order alone, the one that ships). */
const ORDERS = Number(opt('orders', '3'));
const BASE: TrainOptions = { ...DEFAULTS, bigrams: true };
/** Extra training orders: seeds 1…8 besides the default one. */
const SEEDS = [DEFAULT_SEED, 1, 2, 3, 4, 5, 6, 7, 8];

interface Variant {
  label: string;
  options: TrainOptions;
  /** The seeds of each of the 3 orders (a group is averaged). */
  orders: number[][];
}
export const VARIANTS: Record<string, Variant> = {
  A: { label: 'frozen model (stems + pairs + 4-grams)', options: BASE, orders: [[SEEDS[0]], [SEEDS[1]], [SEEDS[2]]] as number[][] },
  B: { label: 'A averaged over 3 orders', options: BASE, orders: [[SEEDS[0], SEEDS[3], SEEDS[4]], [SEEDS[1], SEEDS[5], SEEDS[6]], [SEEDS[2], SEEDS[7], SEEDS[8]]] as number[][] },
  C: { label: 'A, 30 epochs', options: { ...BASE, epochs: 30 }, orders: [[SEEDS[0]], [SEEDS[1]], [SEEDS[2]]] as number[][] },
  D: { label: 'A, L2 1e-3', options: { ...BASE, l2: 1e-3 }, orders: [[SEEDS[0]], [SEEDS[1]], [SEEDS[2]]] as number[][] },
  E: { label: 'A, clean sentences weighted 0.5', options: { ...BASE, cleanWeight: 0.5 }, orders: [[SEEDS[0]], [SEEDS[1]], [SEEDS[2]]] as number[][] },
  F: { label: 'stems + pairs, no 4-grams', options: { ...BASE, grams: false }, orders: [[SEEDS[0]], [SEEDS[1]], [SEEDS[2]]] as number[][] },
};

const ADDS = [0.99, 0.995, 0.998];
const VETOES: [string, number, Setting['scope']][] = [
  ['no veto', OFF, 'medium'],
  ['veto m+h 0.99', 0.99, 'medium+high'],
  ['veto m+h 0.995', 0.995, 'medium+high'],
  ['veto m+h 0.998', 0.998, 'medium+high'],
  ['veto medium 0.995', 0.995, 'medium'],
];
export const CELLS: Record<string, Setting> = {
  rules: { add: OFF, veto: OFF, scope: 'medium' },
  ...Object.fromEntries(ADDS.flatMap((a) => VETOES.map(([v, t, scope]) => [`add ${a}, ${v}`, { add: a, veto: t, scope } satisfies Setting]))),
};

/** Per round: per variant, per order, per cell, its tally. */
type RoundTallies = Record<string, Record<string, Tally>[]>;

export const roundNumber = (r: { round: string }) => Number(/\d+$/.exec(r.round)?.[0]);

function tallyRound(r: ReplayRound, fitOf: Fit, options: TrainOptions): Record<string, Tally> {
  const data = letterData(r, toModel(fitOf, options));
  return Object.fromEntries(
    Object.entries(CELLS).map(([name, s]) => {
      const t: Tally = { caught: 0, labelled: 0, alarms: 0, clean: 0 };
      score(data, s, t);
      return [name, t];
    }),
  );
}

/** Training rounds from main added to every commit's data (the learning curve's new points). */
interface Plus {
  tag: string;
  examples: (o: TrainOptions) => ReturnType<typeof examplesAt>;
}

/** Main's training rounds numbered FROM and up (written after every round replayed here). */
function newerRounds(from: number): Plus | undefined {
  const main = spawnSync('git', ['rev-parse', '--short', 'main'], { encoding: 'utf8' }).stdout.trim();
  const pick = (o: TrainOptions) => exampleSetsAt(main, o.grams, o.bigrams).filter((s) => Number(/^g2-round(\d+)$/.exec(s.name)?.[1] ?? 0) >= from);
  const names = pick(BASE).map((s) => s.name.replace('g2-round', ''));
  if (!names.length) return undefined;
  process.stderr.write(`adding rounds ${names.join(', ')} from main ${main}\n`);
  return { tag: names.join('+'), examples: (o) => pick(o).flatMap((s) => s.examples) };
}

/** Every variant's tallies for the rounds first run on one commit (cached). */
function runCommit(commit: string, rounds: ReplayRound[], variants: string[], plus?: Plus): Record<string, RoundTallies> {
  mkdirSync(CACHE, { recursive: true });
  const out: Record<string, RoundTallies> = {};
  for (const v of variants) {
    const file = `${CACHE}/${commit}-${v}-${rounds.map((r) => r.round).join('+')}${plus ? `-plus-${plus.tag}` : ''}${ORDERS === 3 ? '' : `-orders${ORDERS}`}.json`;
    if (existsSync(file)) {
      Object.assign(out, { [v]: JSON.parse(readFileSync(file, 'utf8')) as RoundTallies });
      continue;
    }
    const variant = VARIANTS[v] as Variant;
    const examples = [...examplesAt(commit, variant.options.grams, variant.options.bigrams), ...(plus?.examples(variant.options) ?? [])];
    const fits = new Map<number, Fit>();
    const fitFor = (seed: number) => {
      let f = fits.get(seed);
      if (!f) fits.set(seed, (f = fit(examples, variant.options, seed)));
      return f;
    };
    const started = process.cpuUsage();
    const perRound: RoundTallies = Object.fromEntries(rounds.map((r) => [r.round, [] as Record<string, Tally>[]]));
    for (const group of variant.orders.slice(0, ORDERS)) {
      const f = average(group.map(fitFor));
      for (const r of rounds) (perRound[r.round] as Record<string, Tally>[]).push(tallyRound(r, f, variant.options));
    }
    const cpu = process.cpuUsage(started);
    process.stderr.write(`${commit} ${v}: ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s CPU\n`);
    writeFileSync(file, JSON.stringify(perRound));
    out[v] = perRound;
  }
  return out;
}

const add = (a: Tally, b: Tally): Tally => ({ caught: a.caught + b.caught, labelled: a.labelled + b.labelled, alarms: a.alarms + b.alarms, clean: a.clean + b.clean });
const zero: Tally = { caught: 0, labelled: 0, alarms: 0, clean: 0 };
const recall = (t: Tally) => (100 * t.caught) / t.labelled;
const fa = (t: Tally) => (100 * t.alarms) / t.clean;
const signed = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)}`;

export interface Candidate {
  variant: string;
  cell: string;
  /** Per order: gain and added false alarms (points) pooled over the rounds. */
  orders: { gain: number; addedFa: number; t: Tally }[];
  rules: Tally;
  gain: number;
  addedFa: number;
}

/** Pooled candidates over some rounds' tallies. */
export function candidates(all: Record<string, RoundTallies>, rounds: string[], variants: string[]): Candidate[] {
  return variants.flatMap((v) =>
    Object.keys(CELLS)
      .filter((c) => c !== 'rules')
      .map((cell) => {
        const orders = Array.from({ length: ORDERS }, (_, o) => o).map((o) => {
          let t = zero;
          let rules = zero;
          for (const r of rounds) {
            const at = all[v]?.[r]?.[o];
            if (!at) throw new Error(`no tally for ${v} ${r} order ${o}`);
            t = add(t, at[cell] as Tally);
            rules = add(rules, at.rules as Tally);
          }
          return { gain: recall(t) - recall(rules), addedFa: fa(t) - fa(rules), t, rules };
        });
        const mean = (f: (x: (typeof orders)[number]) => number) => orders.reduce((s, x) => s + f(x), 0) / orders.length;
        return { variant: v, cell, orders, rules: (orders[0] as (typeof orders)[number]).rules, gain: mean((x) => x.gain), addedFa: mean((x) => x.addedFa) };
      }),
  );
}

async function main() {
  const from = Number(opt('from', '30'));
  const to = Number(opt('to', '46'));
  const variants = opt('variants', Object.keys(VARIANTS).join(',')).split(',');
  const [shard, shards] = opt('shard', '0/1').split('/').map(Number) as [number, number];
  const rounds = replayRounds().filter((r) => roundNumber(r) >= from && roundNumber(r) <= to);
  const commits = [...new Set(rounds.map((r) => r.commit))];
  const plusFrom = opt('plus-newer', '');
  const plus = plusFrom ? newerRounds(Number(plusFrom)) : undefined;
  if (plusFrom && !plus) throw new Error(`no rounds ${plusFrom}+ on main`);
  const all: Record<string, RoundTallies> = {};
  commits.forEach((c, i) => {
    if (!args.includes('--report') && i % shards !== shard) return;
    const byVariant = runCommit(
      c,
      rounds.filter((r) => r.commit === c),
      variants,
      plus,
    );
    for (const [v, perRound] of Object.entries(byVariant)) Object.assign((all[v] ??= {}), perRound);
  });
  if (!args.includes('--report')) return;
  const names = rounds.map((r) => r.round);
  const list = candidates(all, names, variants);
  const rules = (list[0] as Candidate).rules;
  const lines = [
    `Rounds ${from}–${to} (${names.length} first-run rows on ${commits.length} commits), rules alone ${(recall(rules) / 100).toFixed(3)} (${rules.caught}/${rules.labelled}) / ${fa(rules).toFixed(2)} % (${rules.alarms}/${rules.clean})`,
    '',
    '| variant | cell | mean gain | mean added FA | per order: gain / added FA |',
    '|---|---|---:|---:|---|',
    ...list.map(
      (c) =>
        `| ${c.variant} ${(VARIANTS[c.variant] as Variant).label} | ${c.cell} | ${signed(c.gain)} | ${signed(c.addedFa)} | ${c.orders.map((o) => `${signed(o.gain)} / ${signed(o.addedFa)}`).join('; ')} |`,
    ),
  ];
  const only = opt('cell', '');
  if (only) {
    // One cell in full: per round and pooled, rules alone and with the layer (the first order: the default seed, as shipped).
    const fmt = (t: Tally) => `${(recall(t) / 100).toFixed(3)} (${t.caught}/${t.labelled}) / ${fa(t).toFixed(2)} % (${t.alarms}/${t.clean})`;
    lines.push('', `| round | commit | rules alone | ${only} (${variants.join(', ')}, default order) |`, '|---|---|---|---|');
    for (const r of rounds) {
      const at = all[variants[0] as string]?.[r.round]?.[0];
      if (at) lines.push(`| ${r.round} | ${r.commit} | ${fmt(at.rules as Tally)} | ${fmt(at[only] as Tally)} |`);
    }
    const c = list.find((x) => x.variant === variants[0] && x.cell === only);
    if (c) lines.push(`| **pooled** | | ${fmt(c.rules)} | ${fmt((c.orders[0] as Candidate['orders'][number]).t)} (${signed((c.orders[0] as Candidate['orders'][number]).gain)} pt, ${signed((c.orders[0] as Candidate['orders'][number]).addedFa)} FA) |`);
  }
  if (plus) lines.unshift(`Training data: each commit's own, plus main's rounds ${plus.tag}`, '');
  const report = lines.join('\n');
  writeFileSync(`${CACHE}/variants-${from}-${to}${plus ? `-plus-${plus.tag}` : ''}${ORDERS === 3 ? '' : `-orders${ORDERS}`}.md`, `${report}\n`);
  process.stdout.write(`${report}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
