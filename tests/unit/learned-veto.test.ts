import { describe, expect, it } from 'vitest';
import type { LearnedModel } from '../../src/core/checker/learned.ts';
import { tokenise } from '../../src/core/checker/tokenise.ts';
import type { Category, Hit, Severity } from '../../src/core/checker/types.ts';
import { CLASSES } from '../../scripts/learned/train-model.ts';
import { applyVeto, vetoable, type VetoScope } from '../../scripts/learned/veto-rule.ts';

// The veto measured by the replay (scripts/learned/veto.ts): protected kinds are never dropped,
// whatever the model says, and the rest only where the model is sure every touched sentence is clean.

const hit = (category: Category, severity: Severity, start = 0, end = 5): Hit => ({ category, severity, start, end, rule: `${category}.test` });
/** A model whose p(clean) is the same for every sentence: sure (bias 12) or unsure (bias 0). */
const model = (cleanBias: number): LearnedModel => ({ classes: CLASSES, bias: CLASSES.map((_, k) => (k === 0 ? cleanBias : 0)), weights: {}, threshold: 0.995, grams: true });

describe('vetoable', () => {
  it.each<[Category, Severity, VetoScope, boolean]>([
    ['obscene', 'high', 'medium+high', false],
    ['obscene', 'medium', 'medium', false],
    ['contacts', 'high', 'medium+high', false],
    ['contacts', 'medium', 'medium+high', false],
    ['crime', 'high', 'medium+high', false],
    ['enclosures', 'high', 'medium+high', false],
    ['foreign', 'high', 'medium+high', false],
    ['politics', 'high', 'medium', false],
    ['politics', 'high', 'medium+high', true],
    ['case', 'medium', 'medium', true],
    ['crime', 'medium', 'medium', true],
    ['staff', 'low', 'medium+high', false],
  ])('%s at %s severity, scope %s → %s', (category, severity, scope, expected) => {
    expect(vetoable(hit(category, severity), scope)).toBe(expected);
  });
});

describe('applyVeto', () => {
  const text = 'Привет, как дела. Всё хорошо у нас.';
  const tokens = tokenise(text);
  const hits = [hit('politics', 'high'), hit('case', 'medium'), hit('obscene', 'high'), hit('contacts', 'medium'), hit('enclosures', 'high', 20, 30)];

  it.each<[string, number, VetoScope, string[]]>([
    ['a sure model, medium and high', 12, 'medium+high', ['obscene', 'contacts', 'enclosures']],
    ['a sure model, medium only', 12, 'medium', ['politics', 'obscene', 'contacts', 'enclosures']],
    ['an unsure model', 0, 'medium+high', ['politics', 'case', 'obscene', 'contacts', 'enclosures']],
  ])('%s keeps %#', (_, bias, scope, kept) => {
    expect(applyVeto(model(bias), tokens, hits, 0.995, scope).map((h) => h.category)).toEqual(kept);
  });

  it('gives the same answer every time', () => {
    const once = applyVeto(model(12), tokens, hits, 0.995, 'medium+high');
    expect(applyVeto(model(12), tokens, hits, 0.995, 'medium+high')).toEqual(once);
  });
});
