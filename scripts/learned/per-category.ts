import { judgeSentence, learnedHits, type LearnedModel } from '../../src/core/checker/learned.ts';
import { scoreLetters } from '../../src/core/checker/score.ts';
import { tokenise } from '../../src/core/checker/tokenise.ts';
import type { Hit } from '../../src/core/checker/types.ts';
import { CONFIGS, examplesAt, replayRounds, type ReplayRound } from './replay.ts';
import { CLASSES, DEFAULTS, train, type TrainOptions } from './train-model.ts';

// Per-category thresholds for the learned layer, chosen on the replay of rounds 1–15 only and
// then applied unchanged to rounds 16–20 and 21+ (scripts/learned/replay.ts explains the replay).
// For each category in turn (two passes), the threshold from GRID that maximises
// caught − COST × false alarms on rounds 1–15 is kept; «off» is one of the choices.
// Usage: node --import tsx scripts/learned/per-category.ts [--config NAME] [--cost 3]

const GRID = [0.9, 0.95, 0.98, 0.99, 0.995, 2];
const CATS = CLASSES.filter((c) => c !== 'clean');

interface Flag extends Hit {
  risk: number;
}

const args = process.argv.slice(2);
const opt = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const name = opt('config') ?? 'default';
const cost = Number(opt('cost') ?? 3);
const options: TrainOptions = { ...DEFAULTS, ...CONFIGS[name]?.train };

// Every sentence the rules left silent, with the model's likeliest category and risk, once.
const rounds = replayRounds();
const models = new Map<string, LearnedModel>();
const flags = new Map<ReplayRound, Map<string, Flag[]>>();
for (const r of rounds) {
  let model = models.get(r.commit);
  if (!model) {
    model = { ...train(examplesAt(r.commit, options.grams, options.bigrams), options), threshold: 0 };
    models.set(r.commit, model);
  }
  const m = model;
  const byText = new Map<string, Flag[]>();
  for (const [text, rules] of r.hits) {
    const tokens = tokenise(text);
    byText.set(
      text,
      learnedHits(m, tokens, rules, 'medium').map((h) => ({ ...h, risk: judgeSentence(m, tokens.filter((t) => t.start >= h.start && t.end <= h.end)).risk })),
    );
  }
  flags.set(r, byText);
}

const num = (r: ReplayRound) => Number(/\d+$/.exec(r.round)?.[0]);
function pooled(thr: Record<string, number>, pick: (n: number) => boolean) {
  const t = { caught: 0, flagged: 0, alarms: 0, clean: 0, rulesCaught: 0, rulesAlarms: 0 };
  for (const r of rounds.filter((x) => pick(num(x)))) {
    const f = flags.get(r) as Map<string, Flag[]>;
    const s = scoreLetters(r.letters, (text) => [...(r.hits.get(text) ?? []), ...(f.get(text) ?? []).filter((h) => h.risk >= (thr[h.category] ?? 2))]);
    const base = scoreLetters(r.letters, (text) => r.hits.get(text) ?? []);
    t.caught += s.caught;
    t.flagged += s.flagged;
    t.alarms += s.alarms;
    t.clean += s.clean;
    t.rulesCaught += base.caught;
    t.rulesAlarms += base.alarms;
  }
  return t;
}

const tuning = (n: number) => n <= 15;
const thr: Record<string, number> = Object.fromEntries(CATS.map((c) => [c, 2]));
for (let pass = 0; pass < 2; pass++) {
  for (const c of CATS) {
    let best = thr[c] as number;
    let bestValue = -Infinity;
    for (const g of GRID) {
      const t = pooled({ ...thr, [c]: g }, tuning);
      const value = t.caught - cost * t.alarms;
      if (value > bestValue) [best, bestValue] = [g, value];
    }
    thr[c] = best;
  }
}
const line = (label: string, pick: (n: number) => boolean) => {
  const t = pooled(thr, pick);
  const pt = (a: number, b: number) => ((100 * a) / b).toFixed(1);
  return `| ${label} | ${pt(t.rulesCaught, t.flagged)} / ${pt(t.rulesAlarms, t.clean)} % | ${pt(t.caught, t.flagged)} / ${pt(t.alarms, t.clean)} % (+${pt(t.caught - t.rulesCaught, t.flagged)} pt, +${pt(t.alarms - t.rulesAlarms, t.clean)} %) |`;
};
process.stdout.write(
  [
    `Per-category thresholds, config ${name}, cost ${cost} catches per false alarm, chosen on rounds 1–15:`,
    CATS.map((c) => `${c} ${(thr[c] as number) > 1 ? 'off' : thr[c]}`).join(', '),
    '',
    '| rounds | rules recall / false alarms | + model |',
    '|---|---|---|',
    line('1–15 (choice)', tuning),
    line('16–20 (confirmation)', (n) => n >= 16 && n <= 20),
    line('21+ (further)', (n) => n > 20),
    line('all', () => true),
  ].join('\n') + '\n',
);
