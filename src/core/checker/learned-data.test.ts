import { describe, expect, it } from 'vitest';
import { labelledSets } from '../../../scripts/learned/sets.ts';
import config from '../../data/rules/learned/config.json';
import shipped from '../../data/rules/learned/model.json';
import { classProbabilities, sentenceFeatures, sentenceSpans, type LearnedModel } from './learned.ts';
import { compactModel, loadModel, type CompactModel, type RuntimeModel } from './learned-data.ts';
import { LearnedLayer } from './learned-layer.ts';
import { tokenise } from './tokenise.ts';

// The shipped learned model (src/data/rules/learned/model.json, written by `npm run train`):
// its loader refuses what it cannot read, its compaction decides every labelled sentence in the
// repository as the full model does, and the checker's runtime features are training's features.

const model = loadModel(shipped) as RuntimeModel;
const setting = { add: config.add, veto: null };

/** The full model back from the shipped one (the compaction is lossless up to centring each row). */
function fullOf(m: RuntimeModel): LearnedModel {
  const K = m.classes.length;
  const weights: Record<string, number[]> = {};
  for (const [f, row] of m.rows) weights[f] = Array.from(m.weights.subarray(row * K, row * K + K), (v) => v / 100);
  return { classes: [...m.classes], bias: [...m.bias], weights, threshold: setting.add, grams: m.grams, bigrams: m.bigrams };
}

describe('the shipped model', () => {
  it('loads', () => {
    expect(model).toBeDefined();
    expect(model.classes[0]).toBe('clean');
    expect(model.rows.size).toBeGreaterThan(1000);
  });

  it('is what compacting it again gives (the file is in the compact form, byte for byte)', () => {
    const again = compactModel({ ...fullOf(model), trainedOn: (shipped as CompactModel).trainedOn });
    expect(again.weights).toBe((shipped as CompactModel).weights);
    expect(again.features).toBe((shipped as CompactModel).features);
  });
});

const corrupt: [string, (m: CompactModel) => unknown][] = [
  ['nothing', () => undefined],
  ['not an object', () => 'model'],
  ['another format', (m) => ({ ...m, format: 'konvert-learned/0' })],
  ['no classes', (m) => ({ ...m, classes: [] })],
  ['clean not first', (m) => ({ ...m, classes: [...m.classes].reverse() })],
  ['an unknown class', (m) => ({ ...m, classes: ['clean', 'weather', ...m.classes.slice(2)] })],
  ['a bias per class missing', (m) => ({ ...m, bias: m.bias.slice(1) })],
  ['a bias not a number', (m) => ({ ...m, bias: m.bias.map(() => 'x') })],
  ['weights cut short', (m) => ({ ...m, weights: m.weights.slice(0, -8) })],
  ['weights not base64', (m) => ({ ...m, weights: '#!' })],
  ['a feature twice', (m) => ({ ...m, features: `${m.features.split('\n')[0]}\n${m.features}`, weights: m.weights })],
  ['a wide weight pointing nowhere', (m) => ({ ...m, wide: [...m.wide, 1e12, 300] })],
  ['a wide weight lost', (m) => ({ ...m, wide: m.wide.slice(2) })],
  ['settings of the wrong type', (m) => ({ ...m, grams: 'yes' })],
];

describe('loading refuses what it cannot read (the checker then runs on its rules alone)', () => {
  it.each(corrupt)('%s', (_name, spoil) => {
    const data = spoil(shipped as CompactModel);
    expect(loadModel(data === undefined ? data : JSON.parse(JSON.stringify(data)))).toBeUndefined();
  });
});

// Every labelled sentence in the repository, as the checker reads it: each letter's text, cut
// into the tokeniser's sentences.
const sentences = labelledSets().flatMap((s) =>
  s.letters.flatMap((l) => {
    const tokens = tokenise(l.sentences.map(([t]) => t).join(' '));
    return sentenceSpans(tokens).map((span) => tokens.slice(span.from, span.to));
  }),
);

describe('runtime features are training features', () => {
  it('every labelled sentence scores as the full model scores it, to rounding', () => {
    const full = fullOf(model);
    const layer = new LearnedLayer(model, setting);
    let worst = 0;
    for (const words of sentences) {
      const expected = classProbabilities(full, sentenceFeatures(words, full.grams, full.bigrams));
      const got = layer.probabilities(words);
      for (let k = 0; k < expected.length; k++) worst = Math.max(worst, Math.abs((got[k] as number) - (expected[k] as number)));
    }
    expect(sentences.length).toBeGreaterThan(20_000);
    expect(worst).toBeLessThan(1e-9);
  });
});

/** The decisions the checker takes on a sentence at the shipped thresholds: added (and as which category), vetoable. */
function decisions(p: readonly number[]): string {
  let best = 1;
  for (let k = 2; k < p.length; k++) if ((p[k] as number) > (p[best] as number) + 1e-9) best = k;
  const veto = config.veto?.threshold ?? 1;
  return `${1 - (p[0] as number) >= config.add ? `add ${best}` : '-'} ${(p[0] as number) >= veto ? 'veto' : '-'}`;
}

describe('compaction', () => {
  // The full model as training writes it (weights in hundredths, not centred), rebuilt from the
  // shipped one by adding a different constant to each row: the softmax must not care.
  const full = fullOf(model);
  const shifted: LearnedModel = {
    ...full,
    weights: Object.fromEntries(Object.entries(full.weights).map(([f, row], i) => [f, row.map((v) => Math.round((v + (i % 7) * 0.13) * 100) / 100)])),
  };

  it('decides every labelled sentence as the uncompacted model does', () => {
    const layer = new LearnedLayer(loadModel(compactModel(shifted)) as RuntimeModel, setting);
    const differ = sentences.filter((words) => decisions(layer.probabilities(words)) !== decisions(classProbabilities(shifted, sentenceFeatures(words, full.grams, full.bigrams))));
    expect(differ.map((w) => w.map((t) => t.raw).join(' '))).toEqual([]);
  });

  it('is deterministic: the same model gives the same file', () => {
    expect(JSON.stringify(compactModel(shifted))).toBe(JSON.stringify(compactModel(shifted)));
  });

  it.each([
    ['a weight beyond one byte of hundredths is kept exactly', { classes: ['clean', 'case'], bias: [0.5, -0.5], weights: { 'w:суд': [-2.5, 3.1] }, threshold: 0.9, grams: false }, 'w:суд', [0, 5.6]],
    ['a row is centred on its lower median', { classes: ['clean', 'case', 'politics'], bias: [0, 0, 0], weights: { 'w:суд': [1, 1.2, 0.7] }, threshold: 0.9, grams: false }, 'w:суд', [0, 0.2, -0.3]],
  ] as [string, LearnedModel, string, number[]][])('%s', (_name, m, feature, expected) => {
    const loaded = loadModel(compactModel(m)) as RuntimeModel;
    const row = loaded.rows.get(feature) as number;
    const K = m.classes.length;
    expect(Array.from(loaded.weights.subarray(row * K, row * K + K), (v) => v / 100)).toEqual(expected);
  });
});
