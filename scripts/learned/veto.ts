import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { classProbabilities, sentenceFeatures, type LearnedModel } from '../../src/core/checker/learned.ts';
import { tokenise } from '../../src/core/checker/tokenise.ts';
import { letterData, overlaps, priorOf, score, type LetterData, type Prior, type Sentence, type Setting, type Tally } from './grid-score.ts';
import { CONFIGS, examplesAt, replayRounds, type ReplayRound } from './replay.ts';
import { replayGroups } from './groups.ts';
import { DEFAULTS, train, type TrainOptions } from './train-model.ts';

// The learned second opinion as a veto as well as an addition (issue 10 §4, session 8), replayed
// on first runs like scripts/learned/replay.ts: each round meets its first-run commit's rules
// and a model trained only on what existed at that commit. Besides adding a medium finding where
// the rules are silent and the model's risk ≥ ADD, a rule's finding of a vetoable kind is dropped
// when the model is very sure its sentence is clean (p(clean) ≥ VETO). Protected kinds are never
// vetoed. Every setting of the grid is scored at once from per-sentence probabilities computed
// once per round. The choice is made on rounds 1–29; 30–32 are printed only with --all, the
// training rounds 33–34 with --training.
// Usage: node --import tsx scripts/learned/veto.ts [--config NAME] [--stacked] [--training] [--all]

const CACHE = '/tmp/konvert-replay';
const args = process.argv.slice(2);
const opt = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const name = opt('config') ?? 'default';
const options: TrainOptions = { ...DEFAULTS, ...CONFIGS[name]?.train };

function roundData(r: ReplayRound, model: LearnedModel): LetterData[] {
  const file = `${CACHE}/veto/${name}-${r.round}-${r.commit}.json`;
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LetterData[];
  const data = letterData(r, model);
  mkdirSync(`${CACHE}/veto`, { recursive: true });
  writeFileSync(file, JSON.stringify(data));
  return data;
}

const OFF = 2;
const ADDS = [OFF, 0.98, 0.99, 0.995];
const VETOS = [OFF, 0, 0.5, 0.9, 0.95, 0.98, 0.99, 0.995];
const SCOPES: Setting['scope'][] = ['medium', 'medium+high', 0.5, 0.7, 0.8, 0.9];

const { num, groups } = replayGroups(args);

// Every round up to the last one shown: the stacked model and the rule priors learn from all
// earlier first runs, printed or not.
const last = Math.max(...replayRounds().filter((r) => groups.some(([, g]) => g(num(r)))).map(num));
const rounds = replayRounds().filter((r) => num(r) <= last);
const models = new Map<string, LearnedModel>();
const data = new Map<ReplayRound, LetterData[]>();
for (const r of rounds) {
  let model = models.get(r.commit);
  if (!model && !existsSync(`${CACHE}/veto/${name}-${r.round}-${r.commit}.json`)) {
    model = train(examplesAt(r.commit, options.grams, options.bigrams), options);
    models.set(r.commit, model);
  }
  data.set(r, roundData(r, model as LearnedModel));
}
// A round's prior: the first runs of the rounds before it in the table scored on other commits.
const priors = new Map<ReplayRound, Prior>();
for (const r of rounds) {
  const before = rounds.slice(0, rounds.indexOf(r)).filter((x) => x.commit !== r.commit);
  priors.set(r, priorOf(before.map((x) => data.get(x) as LetterData[])));
}

// --stacked: a second model learns from the EARLIER rounds' first runs only (rounds scored on
// older commits), with the rules' findings on each sentence as features besides its words, so it
// sees how the rules of the day erred and what they missed on letters new to them.
const STACKED = args.includes('--stacked');
const MIN_STACK = 1500;
if (STACKED) {
  const examples = new Map<ReplayRound, { features: string[]; labels: string[]; at: Sentence }[]>();
  for (const r of rounds) {
    const d = data.get(r) as LetterData[];
    examples.set(
      r,
      r.letters.flatMap((l, i) => {
        const ld = d[i] as LetterData;
        const text = l.sentences.map(([x]) => x).join(' ');
        const tokens = tokenise(text);
        return ld.sentences.map((x) => {
          const words = tokens.filter((t) => t.start >= x.start && t.end <= x.end);
          const hits = ld.hits.filter((h) => overlaps(h, x));
          const features = [...sentenceFeatures(words, options.grams, options.bigrams), ...(hits.length ? ['h:any'] : []), ...hits.flatMap((h) => [`h:${h.category}:${h.severity}`, `r:${h.rule}`])];
          const labels = [...new Set(ld.spans.filter((sp) => overlaps(sp, x)).flatMap((sp) => sp.cats))];
          return { features: [...new Set(features)], labels, at: x };
        });
      }),
    );
  }
  for (const r of rounds) {
    const before = rounds.slice(0, rounds.indexOf(r)).filter((x) => x.commit !== r.commit);
    const train1 = before.flatMap((x) => examples.get(x) ?? []);
    if (train1.length < MIN_STACK) continue;
    const model = train(train1, options);
    for (const e of examples.get(r) ?? []) e.at.q = classProbabilities(model, e.features);
  }
}

const pct = (a: number, b: number) => ((100 * a) / b).toFixed(2);
const lines = [`Veto replay, config ${name}`, '', `| scope | add ≥ | veto p(clean) ≥ | ${groups.map(([g]) => g).join(' | ')} |`, `|---|---|---|${groups.map(() => '---|').join('')}`];
const BY: ['p' | 'q', 'p' | 'q'][] = STACKED ? [['q', 'q'], ['p', 'q']] : [['p', 'p']];
for (const [addBy, vetoBy] of BY)
for (const scope of SCOPES)
  for (const add of ADDS)
    for (const veto of VETOS) {
      if ((scope !== 'medium' && veto === OFF) || (scope === 'medium' && veto === 0)) continue;
      if (STACKED && typeof scope === 'number') continue;
      const cells = groups.map(([, g]) => {
        const t: Tally = { caught: 0, labelled: 0, alarms: 0, clean: 0 };
        for (const r of rounds) if (g(num(r))) score(data.get(r) as LetterData[], { add, veto, scope, addBy, vetoBy }, t, priors.get(r));
        return t.labelled ? `${(t.caught / t.labelled).toFixed(3)} (${t.caught}/${t.labelled}) / ${pct(t.alarms, t.clean)} % (${t.alarms}/${t.clean})` : '—';
      });
      lines.push(`| ${addBy}/${vetoBy} ${scope} | ${add === OFF ? 'off' : add} | ${veto === OFF ? 'off' : veto} | ${cells.join(' | ')} |`);
    }
const report = lines.join('\n');
writeFileSync(`${CACHE}/veto-${name}${STACKED ? '-stacked' : ''}${args.includes('--all') ? '-all' : args.includes('--training') ? '-training' : ''}.md`, `${report}\n`);
process.stdout.write(`${report}\n`);
