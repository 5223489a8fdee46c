import { sentenceFeatures, type LearnedModel } from '../../src/core/checker/learned.ts';
import type { LabelledLetter } from '../../src/core/checker/score.ts';
import { tokenise } from '../../src/core/checker/tokenise.ts';
import { CATEGORIES } from '../../src/core/checker/types.ts';

// Multinomial logistic regression (softmax over `clean` and the censor's categories), trained by
// AdaGrad with L2, in a fixed order from a seeded generator: the same data always gives the
// same weights. Small enough to train thirty times for a leave-one-set-out figure.

export const CLASSES = ['clean', ...CATEGORIES.filter((c) => c !== 'template')];

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** A feature seen in fewer training sentences than this is left out (and out of the file). */
  minCount: number;
  threshold: number;
  /** Weights closer to zero than this are dropped from the file. */
  keepAbove: number;
  /** Character four-grams as features besides stems. */
  grams: boolean;
  /** Pairs of neighbouring stems as features. */
  bigrams?: boolean;
  /** The seed of the training order (measurement of noise only; every shipped or replayed model uses the default). */
  seed?: number;
  /**
   * Train once per seed (training order) and average the weights: still one linear model, with
   * less of the noise a single order brings (session 9). Overrides `seed`.
   */
  seeds?: number[];
  /** Weight of clean sentences in the loss (risky ones weigh 1); 1 when absent. */
  cleanWeight?: number;
}

export const DEFAULTS: TrainOptions = { epochs: 12, rate: 0.2, l2: 1e-4, minCount: 3, threshold: 0.9, keepAbove: 0.05, grams: true };

interface Example {
  features: number[];
  /** Target probability per class: a sentence with two labels counts half for each. */
  target: number[];
  /** The example's weight in the loss (class weighting). */
  weight: number;
}

export function examplesOf(letters: readonly LabelledLetter[], grams = DEFAULTS.grams, bigrams = false): { features: string[]; labels: string[] }[] {
  return letters.flatMap((l) => l.sentences.map(([text, labels]) => ({ features: sentenceFeatures(tokenise(text), grams, bigrams), labels })));
}

/** The raw result of training: the vocabulary and unrounded weights (K per feature) and biases. */
export interface Fit {
  vocab: string[];
  w: Float64Array;
  b: Float64Array;
}

export function train(sentences: readonly { features: string[]; labels: string[] }[], options: TrainOptions = DEFAULTS): LearnedModel {
  return toModel(fitAveraged(sentences, options), options);
}

/** One fit per seed of `options.seeds` (or one, with `options.seed`), weights averaged. */
export function fitAveraged(sentences: readonly { features: string[]; labels: string[] }[], options: TrainOptions): Fit {
  const seeds = options.seeds ?? [options.seed ?? DEFAULT_SEED];
  return average(seeds.map((seed) => fit(sentences, options, seed)));
}

export const DEFAULT_SEED = 20261206;

/** The mean of fits over the same sentences (same vocabulary). */
export function average(fits: readonly Fit[]): Fit {
  const first = fits[0] as Fit;
  if (fits.length === 1) return first;
  const w = new Float64Array(first.w.length);
  const b = new Float64Array(first.b.length);
  for (const f of fits) {
    for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) + (f.w[i] as number) / fits.length;
    for (let k = 0; k < b.length; k++) b[k] = (b[k] as number) + (f.b[k] as number) / fits.length;
  }
  return { vocab: first.vocab, w, b };
}

export function fit(sentences: readonly { features: string[]; labels: string[] }[], options: TrainOptions, seed: number): Fit {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()].filter(([, n]) => n >= options.minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const K = CLASSES.length;
  const cleanWeight = options.cleanWeight ?? 1;
  const examples: Example[] = sentences.map((s) => {
    const target = new Array<number>(K).fill(0);
    const labels = s.labels.filter((l) => CLASSES.includes(l));
    if (labels.length === 0) target[0] = 1;
    else for (const l of labels) target[CLASSES.indexOf(l)] = 1 / labels.length;
    return { features: s.features.flatMap((f) => (index.has(f) ? [index.get(f) as number] : [])), target, weight: labels.length === 0 ? cleanWeight : 1 };
  });
  const w = new Float64Array(vocab.length * K);
  const g2 = new Float64Array(vocab.length * K).fill(1e-8);
  const b = new Float64Array(K);
  const gb = new Float64Array(K).fill(1e-8);
  const random = seeded(seed);
  const order = examples.map((_, i) => i);
  const z = new Float64Array(K);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const n of order) {
      const ex = examples[n] as Example;
      for (let k = 0; k < K; k++) z[k] = b[k] as number;
      for (const f of ex.features) for (let k = 0; k < K; k++) z[k] = (z[k] as number) + (w[f * K + k] as number);
      const max = Math.max(...z);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += (z[k] = Math.exp((z[k] as number) - max));
      for (let k = 0; k < K; k++) {
        const grad = ex.weight * ((z[k] as number) / sum - (ex.target[k] as number));
        gb[k] = (gb[k] as number) + grad * grad;
        b[k] = (b[k] as number) - (options.rate * grad) / Math.sqrt(gb[k] as number);
        for (const f of ex.features) {
          const at = f * K + k;
          const gr = grad + options.l2 * (w[at] as number);
          g2[at] = (g2[at] as number) + gr * gr;
          w[at] = (w[at] as number) - (options.rate * gr) / Math.sqrt(g2[at] as number);
        }
      }
    }
  }
  return { vocab, w, b };
}

/** The stored model: weights rounded to 0.01, features whose weights are all near zero left out. */
export function toModel({ vocab, w, b }: Fit, options: TrainOptions): LearnedModel {
  const K = CLASSES.length;
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const row = Array.from({ length: K }, (_, k) => round(w[i * K + k] as number));
    if (row.some((v) => Math.abs(v) >= options.keepAbove)) weights[f] = row;
  });
  return { classes: CLASSES, bias: Array.from(b, round), weights, threshold: options.threshold, grams: options.grams, ...(options.bigrams ? { bigrams: true } : {}) };
}

const round = (v: number) => Math.round(v * 100) / 100;

/** Mulberry32: a small seeded generator, so training is reproducible. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(a: T[], random: () => number) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
}
