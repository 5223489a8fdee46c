import { describe, expect, it } from 'vitest';
import { average, DEFAULT_SEED, DEFAULTS, fit, fitAveraged, train, type TrainOptions } from '../../scripts/learned/train-model.ts';

// Training options added in session 9 (scripts/learned/train-model.ts): weights averaged over
// several training orders, and clean sentences weighted in the loss. The shipped model is trained
// with them, so they must be deterministic and reduce to the plain model when absent.

/** A small labelled corpus: «x» words mark politics, «y» words crime, the rest is clean. */
const corpus = Array.from({ length: 60 }, (_, i) => {
  const kind = i % 3;
  const features = [`w:common${i % 5}`, kind === 0 ? 'w:x' : kind === 1 ? 'w:y' : `w:clean${i % 4}`];
  return { features, labels: kind === 0 ? ['politics'] : kind === 1 ? ['crime'] : [] };
});
const options: TrainOptions = { ...DEFAULTS, minCount: 1, epochs: 5 };

describe('train with several orders', () => {
  it.each<[string, Partial<TrainOptions>, Partial<TrainOptions>]>([
    ['no seeds = the default seed', {}, { seed: DEFAULT_SEED }],
    ['one seed in `seeds` = that seed alone', { seeds: [5] }, { seed: 5 }],
    ['clean weight 1 = no weighting', { cleanWeight: 1 }, {}],
  ])('%s', (_, a, b) => {
    expect(train(corpus, { ...options, ...a })).toEqual(train(corpus, { ...options, ...b }));
  });

  it('averages the weights of the orders, feature by feature', () => {
    const fits = [1, 2, 3].map((s) => fit(corpus, options, s));
    const mean = fitAveraged(corpus, { ...options, seeds: [1, 2, 3] });
    expect(mean.vocab).toEqual(fits[0]?.vocab);
    mean.w.forEach((v, i) => expect(v).toBeCloseTo(fits.reduce((s, f) => s + (f.w[i] as number), 0) / 3, 12));
    expect(average(fits)).toEqual(mean);
  });

  it('is deterministic: the same data and seeds give the same model', () => {
    const o = { ...options, seeds: [1, 2, 3], cleanWeight: 0.5 };
    expect(JSON.stringify(train(corpus, o))).toBe(JSON.stringify(train(corpus, o)));
  });

  it('weighting clean sentences less raises the risk the model gives a risky word', () => {
    const risk = (cleanWeight: number) => {
      const m = train(corpus, { ...options, cleanWeight, keepAbove: 0 });
      const x = m.weights['w:x'] as number[];
      return (x[m.classes.indexOf('politics')] as number) - (x[0] as number) + ((m.bias[m.classes.indexOf('politics')] as number) - (m.bias[0] as number));
    };
    expect(risk(0.5)).toBeGreaterThan(risk(1));
  });
});
