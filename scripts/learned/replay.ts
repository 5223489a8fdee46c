import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { classProbabilities, judgeSentence, learnedHits, sentenceFeatures, type LearnedModel } from '../../src/core/checker/learned.ts';
import { scoreLetters, type LabelledLetter, type Score } from '../../src/core/checker/score.ts';
import { tokenise } from '../../src/core/checker/tokenise.ts';
import type { Hit } from '../../src/core/checker/types.ts';
import { readHistory } from '../eval-history.ts';
import { devCorpus } from './sets.ts';
import { shippedSetting } from './shipped-setting.ts';
import { applyVeto, type VetoScope } from './veto-rule.ts';
import { DEFAULTS, examplesOf, train, type TrainOptions } from './train-model.ts';

// Prospective replay of the learned layer (issue 10 §4): what would it have added on each blind
// round's FIRST run? For every row of the first-run table in docs/checker-eval.md:
//  1. the rules as they were at that row's commit (its src/ and locales/ extracted under /tmp,
//     run by replay-sets-hits.ts) give each letter's high and medium hits; scored alone they must
//     reproduce the recorded first-run figures;
//  2. the model is trained only on what existed at that commit: the fixtures committed there
//     (earlier rounds, probe sets, older blind sets, as they were then) and the dev corpus;
//  3. its hits are added where the old rules were silent, counted as medium.
// Session 6 chose its setting on rounds 1–15; session 8 chose the frozen one (`frozen`: an
// addition and a veto, scripts/learned/veto.ts) on rounds 1–29 and replayed 30–32 once; session
// 9 chose the shipped one (`shipped`, the default, read from src/data/rules/learned/config.json)
// on rounds 30–46 (scripts/learned/variants.ts); later rounds are scored with it unchanged.
// Usage: npm run replay [-- --config NAME] [--thresholds 0.9,0.95,...] [--loso]. Caches under /tmp.

const CACHE = '/tmp/konvert-replay';
const FIXTURES = 'src/core/checker/fixtures';

export interface ReplayRound {
  round: string;
  commit: string;
  recorded: { caught: number; labelled: number; alarms: number; clean: number };
  letters: LabelledLetter[];
  /** Letter text → the old rules' high and medium hits. */
  hits: Map<string, Hit[]>;
}

const sha = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);
const git = (...args: string[]) => {
  const r = spawnSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};
const textOf = (l: LabelledLetter) => l.sentences.map(([s]) => s).join(' ');

/** The old commit's rule hits on a round, computed once and cached by commit and fixture content. */
function oldHits(commit: string, setPath: string): Record<string, Hit[]> {
  const out = `${CACHE}/hits/${commit}-${sha(readFileSync(setPath, 'utf8'))}.json`;
  if (!existsSync(out)) {
    const dir = `${CACHE}/src/${commit}`;
    // package.json too: its "type": "module" is what lets tsx load the old rules' top-level await
    // (src/core/checker/learned-switch.ts, from 4169caa on) as ESM.
    if (!existsSync(`${dir}/package.json`)) {
      mkdirSync(dir, { recursive: true });
      const tar = spawnSync('sh', ['-c', `git archive ${commit} src locales package.json | tar -x -C ${dir}`]);
      if (tar.status !== 0) throw new Error(`cannot extract ${commit}`);
      spawnSync('ln', ['-sfn', `${process.cwd()}/node_modules`, `${dir}/node_modules`]);
    }
    mkdirSync(`${CACHE}/hits`, { recursive: true });
    const run = spawnSync('nice', ['-n', '10', 'node', '--import', 'tsx', 'scripts/learned/replay-sets-hits.ts', dir, setPath, out], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`replay-sets-hits failed for ${commit}`);
  }
  // Only high and medium hits count here (older cache files hold only those).
  const all = JSON.parse(readFileSync(out, 'utf8')) as Record<string, Hit[]>;
  return Object.fromEntries(Object.entries(all).map(([id, hits]) => [id, hits.filter((h) => h.severity !== 'low')]));
}

export function replayRounds(): ReplayRound[] {
  return readHistory('docs/checker-eval.md').flatMap((row) => {
    // «X (rules as Y)»: the round was scored on X with Y's rules; Y is also where its training
    // data stops, so rounds scored together on the same rules never train on one another.
    const commit = /rules as ([0-9a-f]{7,40})/.exec(row.commit)?.[1] ?? /[0-9a-f]{7,40}/.exec(row.commit)?.[0] ?? '';
    const setPath = `${FIXTURES}/letters.${row.round}.json`;
    if (!existsSync(setPath)) return [];
    const letters = JSON.parse(readFileSync(setPath, 'utf8')) as LabelledLetter[];
    const byId = oldHits(commit, setPath);
    const hits = new Map(letters.map((l) => [textOf(l), byId[l.id] ?? []]));
    return [{ round: row.round, commit, recorded: row, letters, hits }];
  });
}

type Example = ReturnType<typeof examplesOf>[number];
const examplesByBlob = new Map<string, Example[]>();

/** Every labelled sentence that existed at a commit: its fixtures as they were then, and the dev corpus. */
export const examplesAt = (commit: string, grams: boolean, bigrams = false): Example[] => exampleSetsAt(commit, grams, bigrams).flatMap((s) => s.examples);

/** The same, set by set (`name`: the fixture's name, `letters.` and `.json` cut off; `dev` for the dev corpus). */
export function exampleSetsAt(commit: string, grams: boolean, bigrams = false): { name: string; examples: Example[] }[] {
  const sets: [string, string, () => string][] = git('ls-tree', commit, `${FIXTURES}/`)
    .split('\n')
    .filter((l) => l.endsWith('.json'))
    .map((l) => {
      const [, , blob = '', path = ''] = l.split(/\s+/);
      return [path.replace(/^.*\/letters\./, '').replace(/\.json$/, ''), blob, () => git('cat-file', 'blob', blob)];
    });
  const dev = devCorpus();
  if (!dev) throw new Error('the dev corpus (../shared/corpus/letters.dev.json) is missing');
  sets.push(['dev', `dev:${sha(readFileSync(dev, 'utf8'))}`, () => readFileSync(dev, 'utf8')]);
  return sets.map(([name, key, read]) => {
    const k = `${key}:${grams}:${bigrams}`;
    let ex = examplesByBlob.get(k);
    if (!ex) {
      ex = examplesOf(JSON.parse(read()) as LabelledLetter[], grams, bigrams);
      examplesByBlob.set(k, ex);
    }
    return { name, examples: ex };
  });
}

export function scoreRound(r: ReplayRound, model?: LearnedModel, config: Config = {}, second?: LearnedModel): Score {
  return scoreLetters(r.letters, (text) => {
    const rules = r.hits.get(text) ?? [];
    if (!model) return rules;
    const kept = config.veto ? applyVeto(model, tokenise(text), rules, config.veto.threshold, config.veto.scope) : rules;
    return [...kept, ...flagged(model, config, text, rules, second)];
  });
}

interface Cell {
  caught: number;
  flagged: number;
  alarms: number;
  clean: number;
}
const cell = (s: Score): Cell => ({ caught: s.caught, flagged: s.flagged, alarms: s.alarms, clean: s.clean });
const add = (a: Cell, b: Cell): Cell => ({ caught: a.caught + b.caught, flagged: a.flagged + b.flagged, alarms: a.alarms + b.alarms, clean: a.clean + b.clean });
const zero: Cell = { caught: 0, flagged: 0, alarms: 0, clean: 0 };
const signed = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)}`;
const fmt = (c: Cell, base?: Cell) =>
  `${(c.caught / c.flagged).toFixed(3)} (${c.caught}/${c.flagged}) / ${((100 * c.alarms) / c.clean).toFixed(1)} % (${c.alarms}/${c.clean})` +
  (base ? ` (${signed((100 * (c.caught - base.caught)) / c.flagged)} pt, ${signed((100 * (c.alarms - base.alarms)) / c.clean)} % FA)` : '');

/**
 * The settings tried. `only`: the model learns and speaks for these categories alone (sentences
 * labelled only with others are left out of training); `byCategory`: a sentence is flagged when
 * the probability of its likeliest category (not 1 − p(clean)) reaches the threshold.
 */
export interface Config {
  train?: Partial<TrainOptions>;
  only?: string[];
  byCategory?: boolean;
  /** A second model, trained with these settings, that must agree (its risk ≥ the threshold too). */
  agree?: Partial<TrainOptions>;
  /** Rule findings of a vetoable kind are dropped where the model's p(clean) reaches this. */
  veto?: { threshold: number; scope: VetoScope };
  /** The addition's threshold when --thresholds is not given. */
  add?: number;
}
export const CONFIGS: Record<string, Config> = {
  default: {},
  stems: { train: { grams: false } },
  l2: { train: { l2: 1e-3 } },
  weak: { only: ['politics', 'case'] },
  'by-category': { byCategory: true },
  'weak-by-category': { only: ['politics', 'case'], byCategory: true },
  bigrams: { train: { bigrams: true } },
  'l2-strong': { train: { l2: 3e-3, epochs: 20 } },
  'min-count-5': { train: { minCount: 5 } },
  'bigrams-and-stems': { train: { bigrams: true }, agree: { grams: false } },
  'bigrams-l2-strong': { train: { bigrams: true, l2: 3e-3, epochs: 20 } },
  // Session 8's frozen setting, chosen on rounds 1–29 (docs/checker-eval.md): stem pairs, an
  // addition at risk ≥ 0.995 and a veto of medium and unprotected high findings at p(clean) ≥ 0.995.
  frozen: { train: { bigrams: true }, add: 0.995, veto: { threshold: 0.995, scope: 'medium+high' } },
  // Session 9's choice (scripts/learned/variants.ts, rule and table in docs/checker-eval.md): the
  // setting that ships, read from src/data/rules/learned/config.json. The default.
  shipped: shippedConfig(),
};

function shippedConfig(): Config {
  const { options, setting } = shippedSetting();
  return { train: options, add: setting.add, ...(setting.veto ? { veto: setting.veto } : {}) };
}

function flagged(model: LearnedModel, config: Config, text: string, rules: Hit[], second?: LearnedModel): Hit[] {
  const hits = learnedHits(config.byCategory ? { ...model, threshold: 0 } : model, tokenise(text), rules, 'medium');
  return hits.filter((h) => {
    if (config.only && !config.only.includes(h.category)) return false;
    if (second && judgeSentence(second, tokenise(text.slice(h.start, h.end))).risk < model.threshold) return false;
    if (!config.byCategory) return true;
    const p = classProbabilities(model, sentenceFeatures(tokenise(text.slice(h.start, h.end)), model.grams, model.bigrams));
    return (p[model.classes.indexOf(h.category)] as number) >= model.threshold;
  });
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const name = opt('config') ?? 'shipped';
  const config = CONFIGS[name];
  if (!config) throw new Error(`no config ${name}: ${Object.keys(CONFIGS).join(', ')}`);
  const options: TrainOptions = { ...DEFAULTS, ...config.train };
  const thresholds = (opt('thresholds') ?? (config.add ? String(config.add) : '0.9,0.95,0.98,0.99,0.995')).split(',').map(Number);
  if (args.includes('--loso')) {
    // The leave-one-set-out figure of `npm run eval -- --loso` for these settings (training
    // options only) at the first threshold given.
    if (config.only || config.byCategory || config.agree) throw new Error('--loso takes training settings, an addition and a veto only');
    const { labelledSets } = await import('./sets.ts');
    const { leaveOneSetOut, losoReport } = await import('./loso.ts');
    const add = thresholds[0] as number;
    const report = losoReport(leaveOneSetOut(labelledSets(), { ...options, threshold: add }, { add, veto: config.veto ?? null }));
    process.stdout.write([`Leave one set out, config ${name}, threshold ${thresholds[0]}:`, ...report.lines].join('\n') + '\n');
    return;
  }
  const rounds = replayRounds();
  const lines = [
    `Prospective replay, config ${name} (${JSON.stringify({ ...config, train: options })})`,
    '',
    `| round | commit | rules (recorded) | rules (replayed) | ${thresholds.map((t) => `+ model ≥ ${t}`).join(' | ')} |`,
    `|---|---|---|---|${thresholds.map(() => '---|').join('')}`,
  ];
  const groups = {
    'rounds 1–15 (session 6 choice)': (n: number) => n <= 15,
    'rounds 16–29': (n: number) => n >= 16 && n <= 29,
    'rounds 1–29 (session 8 choice)': (n: number) => n <= 29,
    'rounds 30–32 (sealed in session 7)': (n: number) => n >= 30 && n <= 32,
    'rounds 33–34 (training, session 8)': (n: number) => n >= 33 && n <= 34,
    'rounds 35–46': (n: number) => n >= 35 && n <= 46,
    'rounds 30–46 (session 9 choice)': (n: number) => n >= 30 && n <= 46,
    'rounds 50+ (training, session 9)': (n: number) => n >= 50,
    'all rounds': () => true,
  };
  const pooled = new Map(Object.keys(groups).map((g) => [g, { rules: zero, models: thresholds.map(() => zero) }]));
  const models = new Map<string, LearnedModel>();
  const seconds = new Map<string, LearnedModel>();
  const agree = config.agree && { ...DEFAULTS, ...config.agree };
  for (const r of rounds) {
    let model = models.get(r.commit);
    if (!model) {
      const keep = (e: Example) => !config.only || e.labels.length === 0 || e.labels.some((l) => config.only?.includes(l));
      model = train(examplesAt(r.commit, options.grams, options.bigrams).filter(keep), options);
      models.set(r.commit, model);
      if (agree) seconds.set(r.commit, train(examplesAt(r.commit, agree.grams, agree.bigrams), agree));
    }
    const rules = cell(scoreRound(r));
    const withModel = thresholds.map((t) => cell(scoreRound(r, { ...(model as LearnedModel), threshold: t }, config, seconds.get(r.commit))));
    const rec = r.recorded;
    const same = rec.caught === rules.caught && rec.labelled === rules.flagged && rec.alarms === rules.alarms && rec.clean === rules.clean;
    lines.push(
      `| ${r.round} | ${r.commit} | ${rec.caught}/${rec.labelled}, ${rec.alarms}/${rec.clean} | ${rules.caught}/${rules.flagged}, ${rules.alarms}/${rules.clean}${same ? '' : ' ≠'} | ${withModel.map((c) => `${c.caught}/${c.flagged}, ${c.alarms}/${c.clean}`).join(' | ')} |`,
    );
    const n = Number(/\d+$/.exec(r.round)?.[0]);
    for (const [g, inGroup] of Object.entries(groups)) {
      if (!inGroup(n)) continue;
      const p = pooled.get(g) as { rules: Cell; models: Cell[] };
      p.rules = add(p.rules, rules);
      p.models = p.models.map((c, i) => add(c, withModel[i] as Cell));
    }
  }
  lines.push('', `| pooled (recall / false alarms) | rules | ${thresholds.map((t) => `+ model ≥ ${t}`).join(' | ')} |`, `|---|---|${thresholds.map(() => '---|').join('')}`);
  for (const [g, p] of pooled) if (p.rules.flagged) lines.push(`| ${g} | ${fmt(p.rules)} | ${p.models.map((c) => fmt(c, p.rules)).join(' | ')} |`);
  const report = lines.join('\n');
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(`${CACHE}/replay-${name}.md`, `${report}\n`);
  process.stdout.write(`${report}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
