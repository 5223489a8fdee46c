import { vetoable, type VetoScope } from '../../src/core/checker/learned-layer.ts';
import { classProbabilities, sentenceFeatures, sentenceSpans, type LearnedModel } from '../../src/core/checker/learned.ts';
import type { Token } from '../../src/core/checker/tokenise.ts';
import type { Hit } from '../../src/core/checker/types.ts';

// The learned veto tried in session 8 (scripts/learned/veto.ts measures it): a rule's finding of
// a vetoable kind is dropped when the model is very sure every sentence it touches is clean.
// Never vetoed, whatever the model says: mat and contact details (phones, e-mails, addresses) at
// any severity, and high findings of crime (drugs, weapons), enclosures (SIM cards, money in the
// envelope) and foreign (a language the censor cannot read). The rule is the app's own
// (`vetoable` in src/core/checker/learned-layer.ts), so what the replay measures is what would ship.

export { vetoable, type VetoScope };

/** The sentences of the tokeniser with their tokens. */
export const sentencesOf = (tokens: readonly Token[]): { start: number; end: number; words: readonly Token[] }[] =>
  sentenceSpans(tokens).map(({ from, to, start, end }) => ({ start, end, words: tokens.slice(from, to) }));

/** Each sentence's class probabilities (clean first). */
export const sentenceProbabilities = (model: LearnedModel, tokens: readonly Token[]) =>
  sentencesOf(tokens).map(({ start, end, words }) => ({ start, end, p: classProbabilities(model, sentenceFeatures(words, model.grams, model.bigrams)) }));

/** The rule findings that survive the veto at `threshold` (p(clean) of every sentence the finding touches). */
export function applyVeto(model: LearnedModel, tokens: readonly Token[], hits: readonly Hit[], threshold: number, scope: VetoScope): Hit[] {
  const sentences = sentenceProbabilities(model, tokens);
  return hits.filter((h) => {
    if (!vetoable(h, scope)) return true;
    const at = sentences.filter((x) => x.start < h.end && x.end > h.start);
    return !(at.length && at.every((x) => (x.p[0] as number) >= threshold));
  });
}
