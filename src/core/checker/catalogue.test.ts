import { describe, expect, it } from 'vitest';
import { CONTEXT_GROUPS, RULES, RULE_FILES } from './catalogue.ts';
import { Lexicon } from './lexicon.ts';
import { validateCatalogue } from './schema.ts';
import { tokenise } from './tokenise.ts';
import { CATEGORIES } from './types.ts';

const lexicon = new Lexicon(RULES, CONTEXT_GROUPS);
const rulesHitting = (text: string) => new Set(lexicon.check(text, tokenise(text)).map((h) => h.rule));

describe('the rule catalogue', () => {
  it('passes the schema', () => {
    expect(validateCatalogue(RULE_FILES, CONTEXT_GROUPS)).toEqual([]);
  });

  it('has one lexicon file per category (a template blank is found by code, not by rules)', () => {
    const lexicons = RULE_FILES.flatMap((f) => (f.category ? [f.category] : []));
    expect(lexicons.sort()).toEqual(CATEGORIES.filter((c) => c !== 'template').sort());
  });

  const matches = RULES.flatMap((r) => r.examples.match.map((text) => [r.id, text] as const));
  const nonMatches = RULES.flatMap((r) => r.examples.noMatch.map((text) => [r.id, text] as const));

  it.each(matches)('rule %s matches «%s»', (id, text) => {
    expect(rulesHitting(text)).toContain(id);
  });

  it.each(nonMatches)('rule %s leaves «%s» alone', (id, text) => {
    expect(rulesHitting(text)).not.toContain(id);
  });
});
