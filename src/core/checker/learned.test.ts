import { describe, expect, it } from 'vitest';
import { DEFAULTS, train } from '../../../scripts/learned/train-model.ts';
import { judgeSentence, learnedHits, sentenceFeatures } from './learned.ts';
import { tokenise } from './tokenise.ts';
import type { Hit } from './types.ts';

// The learned layer's parts: features read from the checker's own tokens, training that gives
// the same weights for the same data, and hits only where the rules are silent.

describe('sentence features', () => {
  it.each([
    ['stems fold inflections', 'Судом', ['w:суд']],
    ['four-grams of longer words', 'адвокат', ['g:<адв', 'g:кат>']],
    ['numbers and Latin words are marked', 'Privet 15', ['#lat', '#num', 'w:privet']],
  ])('%s', (_name, text, expected) => {
    expect(sentenceFeatures(tokenise(text))).toEqual(expect.arrayContaining(expected));
  });

  it('leaves out four-grams when asked', () => {
    expect(sentenceFeatures(tokenise('адвокат'), false)).toEqual(['w:адвокат']);
  });

  it.each([
    ['pairs of neighbouring stems when asked', 'Судом адвоката', true, ['w:суд', 'w:адвокат', 'b:суд_адвокат']],
    ['no pairs otherwise', 'Судом адвоката', false, ['w:суд', 'w:адвокат']],
  ])('%s', (_name, text, bigrams, expected) => {
    expect(sentenceFeatures(tokenise(text), false, bigrams)).toEqual(expected);
  });
});

const SENTENCES = [
  ...['Следователь снова вызывал меня', 'Следователь опять звонил маме', 'Адвокат говорит, что следователь врёт'].map((t) => ({ text: t, labels: ['case'] })),
  ...['Вложила в конверт деньги', 'Положила в конверт чай', 'В конверте деньги на ларёк'].map((t) => ({ text: t, labels: ['enclosures'] })),
  ...['У нас тепло и солнечно', 'Кошка спит на диване', 'Мама печёт пироги', 'Погода хорошая, гуляем'].map((t) => ({ text: t, labels: [] })),
];
const examples = SENTENCES.map((s) => ({ features: sentenceFeatures(tokenise(s.text)), labels: s.labels }));
const options = { ...DEFAULTS, minCount: 1, threshold: 0.5 };

describe('training', () => {
  it('is deterministic: the same data gives the same weights', () => {
    expect(train(examples, options)).toEqual(train(examples, options));
  });

  it.each([
    ['Следователь звонил снова', 'case'],
    ['Деньги в конверте', 'enclosures'],
  ])('learns the likely category of %s', (text, category) => {
    const judged = judgeSentence(train(examples, options), tokenise(text));
    expect(judged.category).toBe(category);
    expect(judged.risk).toBeGreaterThan(0.5);
  });

  it('reads an everyday sentence as clean', () => {
    expect(judgeSentence(train(examples, options), tokenise('Кошка спит, погода хорошая')).risk).toBeLessThan(0.5);
  });
});

describe('learned hits', () => {
  const model = train(examples, options);
  const text = 'Следователь звонил снова. Кошка спит.';
  const tokens = tokenise(text);

  it('marks a sentence the rules missed, with its likely category and the asked severity', () => {
    expect(learnedHits(model, tokens, [], 'low')).toEqual([{ category: 'case', severity: 'low', start: 0, end: 24, rule: 'learned' }]);
  });

  it('stays quiet where a rule already found something', () => {
    const rule: Hit = { category: 'case', severity: 'high', start: 0, end: 11, rule: 'case.investigator' };
    expect(learnedHits(model, tokens, [rule], 'low')).toEqual([]);
  });
});
