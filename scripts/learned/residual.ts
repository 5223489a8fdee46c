import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { classProbabilities, sentenceFeatures, type LearnedModel } from '../../src/core/checker/learned.ts';
import type { LabelledLetter } from '../../src/core/checker/score.ts';
import { tokenise } from '../../src/core/checker/tokenise.ts';
import type { Hit } from '../../src/core/checker/types.ts';
import { replayRounds, type ReplayRound } from './replay.ts';
import { replayGroups } from './groups.ts';
import { devCorpus } from './sets.ts';
import { sentencesOf } from './veto-rule.ts';
import { CLASSES, DEFAULTS, train, type TrainOptions } from './train-model.ts';

// Residual model and near-miss features, replayed on first runs (issue 10 §4, session 8).
// For each first-run commit, that commit's rules run on every labelled set that existed there
// (and on the rounds scored on it), keeping low hits too (replay-sets-hits.ts, cached under /tmp).
// Variants, each trained only on what existed at the commit:
//  full      every sentence, words only (the replay's model, for an equal comparison);
//  full+near every sentence, words and the rules' low hits («n:category», «n:rule»);
//  resid     only sentences where that commit's rules have no high or medium hit, words only;
//  resid+near the same with the low hits.
// The model adds a medium finding on a sentence the rules left silent when its risk ≥ t.
// Rounds 30–32 are printed only with --all, 33–34 with --training or --all. Usage: node --import tsx scripts/learned/residual.ts [--bigrams] [--training] [--all]

const CACHE = '/tmp/konvert-replay';
const FIXTURES = 'src/core/checker/fixtures';
const args = process.argv.slice(2);
const options: TrainOptions = { ...DEFAULTS, bigrams: args.includes('--bigrams') };
const sha = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);
const git = (...a: string[]) => spawnSync('git', a, { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;

interface Labelled {
  features: string[];
  labels: string[];
  strong: boolean;
}

/** The sets at a commit (fixtures as they were, the dev corpus) and the rounds scored on it: path → key. */
function setsAt(commit: string, rounds: ReplayRound[]): { train: [string, string][]; test: Map<ReplayRound, [string, string]> } {
  mkdirSync(`${CACHE}/blobs`, { recursive: true });
  const train: [string, string][] = git('ls-tree', commit, `${FIXTURES}/`)
    .split('\n')
    .filter((l) => l.endsWith('.json'))
    .map((l) => {
      const blob = l.split(/\s+/)[2] as string;
      const path = `${CACHE}/blobs/${blob}.json`;
      if (!existsSync(path)) writeFileSync(path, git('cat-file', 'blob', blob));
      return [path, blob];
    });
  const dev = devCorpus() as string;
  train.push([dev, `dev-${sha(readFileSync(dev, 'utf8'))}`]);
  const test = new Map(rounds.map((r) => [r, [`${FIXTURES}/letters.${r.round}.json`, `${r.round}-${sha(readFileSync(`${FIXTURES}/letters.${r.round}.json`, 'utf8'))}`] as [string, string]]));
  return { train, test };
}

function allHits(commit: string, sets: [string, string][]): Map<string, Record<string, Hit[]>> {
  mkdirSync(`${CACHE}/allhits`, { recursive: true });
  const out = (key: string) => `${CACHE}/allhits/${commit}-${key}.json`;
  const todo = sets.filter(([, key]) => !existsSync(out(key)));
  if (todo.length) {
    const run = spawnSync('nice', ['-n', '10', 'node', '--import', 'tsx', 'scripts/learned/replay-sets-hits.ts', `${CACHE}/src/${commit}`, ...todo.flatMap(([p, key]) => [p, out(key)])], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`replay-sets-hits failed for ${commit}`);
  }
  return new Map(sets.map(([, key]) => [key, JSON.parse(readFileSync(out(key), 'utf8')) as Record<string, Hit[]>]));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && a.end > b.start;
const near = (hits: Hit[]) => hits.filter((h) => h.severity === 'low').flatMap((h) => [`n:${h.category}`, `nr:${h.rule}`]);

/** Training sentences of a set with the old rules' hits: words, near-miss features, and whether a strong hit covers it. */
function labelledOf(letters: LabelledLetter[], hits: Record<string, Hit[]>): Labelled[] {
  return letters.flatMap((l) => {
    const found = hits[l.id] ?? [];
    let at = 0;
    return l.sentences.map(([sent, labels]) => {
      const span = { start: at, end: at + sent.length };
      at += sent.length + 1;
      const on = found.filter((h) => overlaps(h, span));
      const words = sentenceFeatures(tokenise(sent), options.grams, options.bigrams);
      return { features: [...new Set([...words, ...near(on)])], labels, strong: on.some((h) => h.severity !== 'low') };
    });
  });
}

type Variant = 'full' | 'full+near' | 'resid' | 'resid+near';
const VARIANTS: Variant[] = ['full', 'full+near', 'resid', 'resid+near'];
const THRESHOLDS = [0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995];

interface Tally {
  caught: number;
  labelled: number;
  alarms: number;
  clean: number;
}

/** Scores a round: the old rules' strong hits plus the model's additions at each threshold. */
function scoreRound(r: ReplayRound, hits: Record<string, Hit[]>, model: LearnedModel | undefined, withNear: boolean, tallies: Tally[]) {
  for (const l of r.letters) {
    const text = l.sentences.map(([s]) => s).join(' ');
    const found = hits[l.id] ?? [];
    const strong = found.filter((h) => h.severity !== 'low');
    const tokens = tokenise(text);
    const judged: { start: number; end: number; risk: number; category: string }[] = [];
    if (model) {
      for (const { words, ...span } of sentencesOf(tokens)) {
        if (strong.some((h) => overlaps(h, span))) continue;
        const f = sentenceFeatures(words, options.grams, options.bigrams);
        const p = classProbabilities(model, withNear ? [...f, ...near(found.filter((h) => overlaps(h, span)))] : f);
        let best = 1;
        for (let k = 2; k < p.length; k++) if ((p[k] as number) > (p[best] as number)) best = k;
        judged.push({ ...span, risk: 1 - (p[0] as number), category: CLASSES[best] as string });
      }
    }
    let at = 0;
    for (const [sent, cats] of l.sentences) {
      const span = { start: at, end: at + sent.length };
      at += sent.length + 1;
      const rules = strong.filter((h) => overlaps(h, span));
      const mine = judged.filter((x) => overlaps(x, span));
      THRESHOLDS.forEach((t, n) => {
        const tally = tallies[n] as Tally;
        const add = mine.filter((x) => x.risk >= t);
        if (cats.length) {
          tally.labelled++;
          if (rules.some((h) => cats.includes(h.category)) || add.some((x) => cats.includes(x.category))) tally.caught++;
        } else {
          tally.clean++;
          if (rules.length || add.length) tally.alarms++;
        }
      });
    }
  }
}

const { num, groups } = replayGroups(args);
const rounds = replayRounds().filter((r) => groups.some(([, g]) => g(num(r))));
const commits = [...new Set(rounds.map((r) => r.commit))];

const fresh = (): Tally[] => THRESHOLDS.map(() => ({ caught: 0, labelled: 0, alarms: 0, clean: 0 }));
const results = new Map<string, Map<ReplayRound, Tally[]>>();
for (const commit of commits) {
  const at = rounds.filter((r) => r.commit === commit);
  const { train: sets, test } = setsAt(commit, at);
  const hits = allHits(commit, [...sets, ...test.values()]);
  const data = sets.flatMap(([path, key]) => labelledOf(JSON.parse(readFileSync(path, 'utf8')) as LabelledLetter[], hits.get(key) ?? {}));
  for (const v of ['rules', ...VARIANTS]) {
    let model: LearnedModel | undefined;
    if (v !== 'rules') {
      const resid = v.startsWith('resid');
      const withNear = v.endsWith('+near');
      const wordsOnly = (e: Labelled) => (withNear ? e.features : e.features.filter((f) => !f.startsWith('n:') && !f.startsWith('nr:')));
      model = train(
        data.filter((e) => !resid || !e.strong).map((e) => ({ features: wordsOnly(e), labels: e.labels })),
        options,
      );
    }
    const byRound = results.get(v) ?? new Map<ReplayRound, Tally[]>();
    for (const r of at) {
      const tallies = fresh();
      scoreRound(r, hits.get((test.get(r) as [string, string])[1]) ?? {}, model, v.endsWith('+near'), tallies);
      byRound.set(r, tallies);
    }
    results.set(v, byRound);
  }
  process.stderr.write(`${commit} done\n`);
}

const lines = [`Residual / near-miss replay (${JSON.stringify(options)})`, '', `| variant | threshold | ${groups.map(([g]) => g).join(' | ')} |`, `|---|---|${groups.map(() => '---|').join('')}`];
for (const [v, byRound] of results)
  for (const [n, t] of THRESHOLDS.entries()) {
    if (v === 'rules' && n > 0) continue;
    const cells = groups.map(([, g]) => {
      const s = { caught: 0, labelled: 0, alarms: 0, clean: 0 };
      for (const [r, tallies] of byRound)
        if (g(num(r))) for (const k of ['caught', 'labelled', 'alarms', 'clean'] as const) s[k] += (tallies[n] as Tally)[k];
      return `${(s.caught / s.labelled).toFixed(3)} (${s.caught}/${s.labelled}) / ${((100 * s.alarms) / s.clean).toFixed(2)} % (${s.alarms}/${s.clean})`;
    });
    lines.push(`| ${v} | ${v === 'rules' ? '—' : t} | ${cells.join(' | ')} |`);
  }
const report = lines.join('\n');
writeFileSync(`${CACHE}/residual${options.bigrams ? '-bigrams' : ''}${args.includes('--all') ? '-all' : args.includes('--training') ? '-training' : ''}.md`, `${report}\n`);
process.stdout.write(`${report}\n`);
