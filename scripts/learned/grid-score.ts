import type { LearnedModel } from '../../src/core/checker/learned.ts';
import { tokenise } from '../../src/core/checker/tokenise.ts';
import type { Hit } from '../../src/core/checker/types.ts';
import type { ReplayRound } from './replay.ts';
import { sentenceProbabilities, vetoable } from './veto-rule.ts';
import { CLASSES } from './train-model.ts';

// Scoring a replayed round under many settings at once (veto.ts, curve.ts): each letter keeps its
// labelled spans, the old rules' hits and the model's class probabilities per sentence, computed
// once; a setting (addition threshold, veto threshold and scope) is then a cheap pass over them.

export interface Sentence {
  start: number;
  end: number;
  /** Class probabilities (CLASSES order, clean first). */
  p: number[];
  /** The stacked model's probabilities (--stacked), when it had enough earlier rounds to learn from. */
  q?: number[];
}
export interface Span {
  start: number;
  end: number;
  cats: string[];
}
export interface LetterData {
  spans: Span[];
  hits: Hit[];
  sentences: Sentence[];
}

/** A round's letters with the rules' hits and the model's per-sentence probabilities. */
export function letterData(r: ReplayRound, model: LearnedModel): LetterData[] {
  return r.letters.map((l) => {
    let text = '';
    const spans: Span[] = [];
    for (const [sent, cats] of l.sentences) {
      if (text) text += ' ';
      spans.push({ start: text.length, end: text.length + sent.length, cats });
      text += sent;
    }
    return { spans, hits: r.hits.get(text) ?? [], sentences: sentenceProbabilities(model, tokenise(text)) };
  });
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
export type Prior = Map<string, { alarms: number; correct: number }>;
const MIN_SEEN = 3;

export function priorOf(letters: LetterData[][]): Prior {
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

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && a.end > b.start;

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

export interface Tally {
  caught: number;
  labelled: number;
  alarms: number;
  clean: number;
}
export function score(letters: LetterData[], s: Setting, t: Tally, prior?: Prior) {
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

