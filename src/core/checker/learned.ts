import { stem } from './stem.ts';
import type { Token } from './tokenise.ts';
import type { Category, Hit } from './types.ts';

// A statistical second opinion (issue 10, "beyond the lexicon"): a linear model over the stems
// and character four-grams of a sentence's words, trained by `npm run train` on every labelled
// sentence in the repository, its weights kept as data. It only speaks where the rules are
// silent, and only as a hint. Deterministic: the same text always gives the same answer.

/** The model as stored: classes (`clean` first), a bias per class, weights per feature and class. */
export interface LearnedModel {
  classes: string[];
  bias: number[];
  /** Feature → one weight per class (features absent here weigh nothing). */
  weights: Record<string, number[]>;
  /** A sentence is flagged when the probability that it is not clean reaches this. */
  threshold: number;
  /** Whether the features include character four-grams (else stems only). */
  grams: boolean;
  /** Whether the features include pairs of neighbouring stems. */
  bigrams?: boolean;
  /** How the model was made (sets, sentences, settings): for the record, not used to predict. */
  trainedOn?: unknown;
}

const MIN_GRAM_WORD = 4;

/**
 * What a word token contributes as a `w:` feature: the stem of a Cyrillic word, any other word
 * as written. Training (`sentenceFeatures`) and the checker's runtime layer (learned-layer.ts)
 * both read a word through this and `forEachGram`, so they cannot drift apart.
 */
export function wordKey(t: Token): string {
  const word = t.forms[0] ?? '';
  return t.script === 'cyr' || t.script === 'mixed' ? stem(word) : word;
}

/** Each character four-gram of a word padded with `<` and `>` (none for words under four letters). */
export function forEachGram(t: Token, each: (gram: string) => void): void {
  const word = t.forms[0] ?? '';
  if (word.length < MIN_GRAM_WORD) return;
  const padded = `<${word}>`;
  for (let i = 0; i + 4 <= padded.length; i++) each(padded.slice(i, i + 4));
}

/** What a number stands for as a feature, and as the left half of a pair of neighbours. */
export const NUMBER_FEATURE = '#num';
export const NUMBER_PAIR = '#';
export const LATIN_FEATURE = '#lat';

/**
 * The features of one sentence: its words' stems, (with `grams`) the four-grams of its longer
 * words and (with `bigrams`) pairs of neighbouring stems.
 */
export function sentenceFeatures(tokens: readonly Token[], grams = true, bigrams = false): string[] {
  const out = new Set<string>();
  const addGram = (g: string) => out.add(`g:${g}`);
  let previous = '';
  for (const t of tokens) {
    if (t.script === 'num') {
      out.add(NUMBER_FEATURE);
      previous = NUMBER_PAIR;
      continue;
    }
    if (t.script === 'lat') out.add(LATIN_FEATURE);
    const w = wordKey(t);
    out.add(`w:${w}`);
    if (bigrams && previous) out.add(`b:${previous}_${w}`);
    previous = w;
    if (grams) forEachGram(t, addGram);
  }
  return [...out];
}

/** Probabilities of each class for a sentence's features (softmax of the linear scores). */
export function classProbabilities(model: LearnedModel, features: readonly string[]): number[] {
  const z = [...model.bias];
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) + (w[k] ?? 0);
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The likely category of a sentence and how likely it is to be stopped at all. */
export function judgeSentence(model: LearnedModel, tokens: readonly Token[]): { risk: number; category: Category } {
  const p = classProbabilities(model, sentenceFeatures(tokens, model.grams, model.bigrams));
  let best = 1;
  for (let k = 2; k < p.length; k++) if ((p[k] as number) > (p[best] as number)) best = k;
  return { risk: 1 - (p[0] as number), category: model.classes[best] as Category };
}

/**
 * Sentences the model reads as likely to be stopped where no rule found anything of high or
 * medium severity: one hit per sentence, with the likely category.
 */
export function learnedHits(model: LearnedModel, tokens: readonly Token[], ruleHits: readonly Hit[], severity: Hit['severity']): Hit[] {
  const hits: Hit[] = [];
  const strong = ruleHits.filter((h) => h.severity !== 'low');
  for (const { from, to, start, end } of sentenceSpans(tokens)) {
    if (strong.some((h) => h.start < end && h.end > start)) continue;
    const { risk, category } = judgeSentence(model, tokens.slice(from, to));
    if (risk >= model.threshold) hits.push({ category, severity, start, end, rule: 'learned' });
  }
  return hits;
}

/** A sentence of a block: its tokens [from, to) and its offsets [start, end). */
export interface SentenceSpan {
  from: number;
  to: number;
  start: number;
  end: number;
}

export function sentenceSpans(tokens: readonly Token[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const s = (tokens[i] as Token).sentence;
    let j = i;
    while (j < tokens.length && (tokens[j] as Token).sentence === s) j++;
    out.push({ from: i, to: j, start: (tokens[i] as Token).start, end: (tokens[j - 1] as Token).end });
    i = j;
  }
  return out;
}
