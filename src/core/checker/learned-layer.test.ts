import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS, train } from '../../../scripts/learned/train-model.ts';
import { checkLetter, createIncrementalCheck, disableLearnedLayer, enableLearnedLayer, findHits } from './index.ts';
import { sentenceFeatures } from './learned.ts';
import { compactModel, loadModel, type RuntimeModel } from './learned-data.ts';
import { LearnedLayer, vetoable, type LearnedSetting } from './learned-layer.ts';
import { settingOf } from './learned-switch.ts';
import { tokenise } from './tokenise.ts';
import type { Hit } from './types.ts';

// The learned layer as the checker runs it: where it adds, what it vetoes, what it names, and
// that the checker with it on is deterministic and the same whole or paragraph by paragraph.

const SENTENCES = [
  ...['Следователь снова вызывал меня', 'Следователь опять звонил маме', 'Адвокат говорит, что следователь врёт'].map((t) => ({ text: t, labels: ['case'] })),
  ...['Вложила в конверт деньги', 'Положила в конверт чай', 'В конверте деньги на ларёк'].map((t) => ({ text: t, labels: ['enclosures'] })),
  ...['У нас тепло и солнечно', 'Кошка спит на диване', 'Мама печёт пироги', 'Погода хорошая, гуляем'].map((t) => ({ text: t, labels: [] })),
];
// A small model trained for real (the same training as the shipped one), compacted and loaded as shipped.
const small = loadModel(
  compactModel(train(SENTENCES.map((s) => ({ features: sentenceFeatures(tokenise(s.text), true, true), labels: s.labels })), { ...DEFAULTS, bigrams: true, minCount: 1 })),
) as RuntimeModel;
const layer = (setting: Partial<LearnedSetting> = {}) => new LearnedLayer(small, { add: 0.5, veto: null, ...setting });

const TEXT = 'Следователь звонил снова. Кошка спит.';
const at = (word: string, h: Omit<Hit, 'start' | 'end'>): Hit => ({ ...h, start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });

describe('the layer on one paragraph', () => {
  it('adds a medium finding of the likely category on a sentence the rules left silent, naming its heaviest words', () => {
    const [hit, ...rest] = layer().apply(tokenise(TEXT), []);
    expect(rest).toEqual([]);
    expect(hit).toEqual({ category: 'case', severity: 'medium', start: 0, end: 24, rule: 'learned', words: expect.arrayContaining(['Следователь']) });
    // Only words of that sentence that weigh toward the category, in text order, at most three.
    expect(hit?.words?.every((w) => TEXT.slice(0, 24).includes(w))).toBe(true);
    expect(hit?.words?.length).toBeLessThanOrEqual(3);
  });

  it.each([
    ['a high rule finding', 'high', 1],
    ['a medium rule finding', 'medium', 1],
    ['only a low hint (the layer still speaks)', 'low', 2],
  ] as const)('on a sentence with %s', (_name, severity, count) => {
    const rule = at('звонил', { category: 'staff', severity, rule: 'staff.x' });
    expect(layer().apply(tokenise(TEXT), [rule])).toHaveLength(count);
  });

  it.each([
    ['a medium finding where the model is sure the sentence is clean is vetoed', at('Кошка', { category: 'politics', severity: 'medium', rule: 'p.x' }), 'medium', 0],
    ['an unprotected high one too, with scope medium+high', at('Кошка', { category: 'politics', severity: 'high', rule: 'p.x' }), 'medium+high', 0],
    ['but not with scope medium', at('Кошка', { category: 'politics', severity: 'high', rule: 'p.x' }), 'medium', 1],
    ['never mat', at('Кошка', { category: 'obscene', severity: 'medium', rule: 'mat' }), 'medium+high', 1],
    ['never contacts', at('Кошка', { category: 'contacts', severity: 'medium', rule: 'c.x' }), 'medium+high', 1],
    ['never a high finding of money in the envelope', at('Кошка', { category: 'enclosures', severity: 'high', rule: 'e.x' }), 'medium+high', 1],
    ['never a finding on a sentence the model reads as risky', at('звонил', { category: 'politics', severity: 'medium', rule: 'p.x' }), 'medium+high', 1],
  ] as const)('%s', (_name, rule, scope, kept) => {
    const out = layer({ add: 0.999999, veto: { threshold: 0.5, scope } }).apply(tokenise(TEXT), [rule]);
    expect(out.filter((h) => h.rule === rule.rule)).toHaveLength(kept);
  });

  it('never vetoes its own findings', () => {
    expect(vetoable({ category: 'case', severity: 'medium', start: 0, end: 1, rule: 'learned' }, 'medium+high')).toBe(false);
  });
});

describe('the setting in the config', () => {
  it.each([
    [{ add: 0.995, veto: null }, { add: 0.995, veto: null }],
    [{ add: 0.99, veto: { threshold: 0.995, scope: 'medium' } }, { add: 0.99, veto: { threshold: 0.995, scope: 'medium' } }],
    [{ add: 1.5, veto: null }, undefined],
    [{ add: 0.99, veto: { threshold: 0.9, scope: 'all' } }, undefined],
    [{}, undefined],
    [null, undefined],
  ])('%j', (data, expected) => {
    expect(settingOf(data)).toEqual(expected);
  });
});

// The shipped model, switched on as the config switch would.
const LETTER = ['Привет! У нас всё хорошо, кошка спит.', 'Соседа этого, говорят, самого прижали, вот он и подписал, что велели.', '', 'Пиши, как ты там.'].join('\n');

describe('the checker with the shipped layer on', () => {
  beforeAll(async () => {
    expect(await enableLearnedLayer()).toBe(true);
  });
  afterAll(() => disableLearnedLayer());

  it('adds its finding and is deterministic', () => {
    const first = checkLetter(LETTER, { lang: 'en' });
    expect(first.filter((f) => f.rule === 'learned')).toHaveLength(1);
    expect(checkLetter(LETTER, { lang: 'en' })).toEqual(first);
    expect(findHits(LETTER).filter((h) => h.rule === 'learned')).toEqual([expect.objectContaining({ category: 'case', severity: 'medium' })]);
  });

  it('gives the same findings paragraph by paragraph as whole, through edits', () => {
    const incremental = createIncrementalCheck();
    for (const text of [LETTER, `${LETTER} Обнимаю.`, LETTER.replace('Соседа', 'Соседа-то'), 'Кошка спит.']) {
      expect(incremental.check(text, { lang: 'ru' })).toEqual(checkLetter(text, { lang: 'ru' }));
    }
  });

  it('checks afresh the paragraphs it remembers when the layer is switched off', () => {
    const incremental = createIncrementalCheck();
    expect(incremental.check(LETTER).some((f) => f.rule === 'learned')).toBe(true);
    disableLearnedLayer();
    expect(incremental.check(LETTER).some((f) => f.rule === 'learned')).toBe(false);
  });
});
