import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { classProbabilities, sentenceFeatures, type LearnedModel } from '../../src/core/checker/learned.ts';
import { tokenise } from '../../src/core/checker/tokenise.ts';
import type { Hit } from '../../src/core/checker/types.ts';
import { CONFIGS, examplesAt, replayRounds, type ReplayRound } from './replay.ts';
import { replayGroups } from './groups.ts';
import { sentenceProbabilities, vetoable } from './veto-rule.ts';
import { CLASSES, DEFAULTS, train, type TrainOptions } from './train-model.ts';

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

interface Sentence {
  start: number;
  end: number;
  /** Class probabilities (CLASSES order, clean first). */
  p: number[];
  /** The stacked model's probabilities (--stacked), when it had enough earlier rounds to learn from. */
  q?: number[];
}
interface Span {
  start: number;
  end: number;
  cats: string[];
}
interface LetterData {
  spans: Span[];
  hits: Hit[];
  sentences: Sentence[];
}

function roundData(r: ReplayRound, model: LearnedModel): LetterData[] {
  const file = `${CACHE}/veto/${name}-${r.round}-${r.commit}.json`;
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LetterData[];
  const data = r.letters.map((l) => {
    let text = '';
    const spans: Span[] = [];
    for (const [sent, cats] of l.sentences) {
      if (text) text += ' ';
      spans.push({ start: text.length, end: text.length + sent.length, cats });
      text += sent;
    }
    return { spans, hits: r.hits.get(text) ?? [], sentences: sentenceProbabilities(model, tokenise(text)) };
  });
  mkdirSync(`${CACHE}/veto`, { recursive: true });
  writeFileSync(file, JSON.stringify(data));
  return data;
}

export interface Setting {
  add: number;
  veto: number;
  /** Which model adds and which vetoes: the main one (p) or the stacked one (q). */
  addBy?: 'p' | 'q';
  vetoBy?: 'p' | 'q';
  /**
   * Which findings may be vetoed: medium ones; also high ones outside the protected kinds; or
   * (a number) findings of any unprotected kind whose rule's precision on the EARLIER rounds'
   * first runs (rounds scored on older commits) is below it, with at least MIN_SEEN hits seen.
   */
  scope: 'medium' | 'medium+high' | number;
}

/** Per rule: its hits on clean sentences and on sentences labelled with its category. */
type Prior = Map<string, { alarms: number; correct: number }>;
const MIN_SEEN = 3;

function priorOf(letters: LetterData[][]): Prior {
  const prior: Prior = new Map();
  for (const set of letters)
    for (const l of set)
      for (const sp of l.spans)
        for (const h of l.hits.filter((x) => overlaps(x, sp))) {
          const p = prior.get(h.rule) ?? { alarms: 0, correct: 0 };
          if (!sp.cats.length) p.alarms++;
          else if (sp.cats.includes(h.category)) p.correct++;
          prior.set(h.rule, p);
        }
  return prior;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && a.end > b.start;

function vetoableBy(h: Hit, scope: Setting['scope'], prior?: Prior): boolean {
  if (typeof scope !== 'number') return vetoable(h, scope);
  // By the rule's earlier precision: any kind that `medium+high` may veto.
  const p = prior?.get(h.rule);
  return vetoable(h, 'medium+high') && !!p && p.alarms + p.correct >= MIN_SEEN && p.correct / (p.alarms + p.correct) < scope;
}

/** The findings shown for a letter under a setting: rules minus vetoed, plus the model's additions. */
function shown(l: LetterData, s: Setting, prior?: Prior): { category: string; start: number; end: number }[] {
  const kept = l.hits.filter((h) => {
    if (!vetoableBy(h, s.scope, prior)) return true;
    const at = l.sentences.filter((x) => overlaps(x, h));
    return !(at.length && at.every((x) => (x[s.vetoBy ?? 'p']?.[0] ?? 0) >= s.veto));
  });
  const added = l.sentences.flatMap((x) => {
    const p = x[s.addBy ?? 'p'];
    if (!p || 1 - (p[0] as number) < s.add || l.hits.some((h) => overlaps(h, x))) return [];
    let best = 1;
    for (let k = 2; k < p.length; k++) if ((p[k] as number) > (p[best] as number)) best = k;
    return [{ category: CLASSES[best] as string, start: x.start, end: x.end }];
  });
  return [...kept, ...added];
}

interface Tally {
  caught: number;
  labelled: number;
  alarms: number;
  clean: number;
}
function score(letters: LetterData[], s: Setting, t: Tally, prior?: Prior) {
  for (const l of letters) {
    const found = shown(l, s, prior);
    for (const sp of l.spans) {
      const hits = found.filter((f) => overlaps(f, sp));
      if (sp.cats.length) {
        t.labelled++;
        if (hits.some((f) => sp.cats.includes(f.category))) t.caught++;
      } else {
        t.clean++;
        if (hits.length) t.alarms++;
      }
    }
  }
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
