import { classProbabilities, sentenceFeatures, type LearnedModel } from '../../src/core/checker/learned.ts';
import type { Token } from '../../src/core/checker/tokenise.ts';
import type { Hit } from '../../src/core/checker/types.ts';

// The learned veto tried in session 8 (scripts/learned/veto.ts measures it): a rule's finding of
// a vetoable kind is dropped when the model is very sure every sentence it touches is clean.
// Never vetoed, whatever the model says: mat and contact details (phones, e-mails, addresses) at
// any severity, and high findings of crime (drugs, weapons), enclosures (SIM cards, money in the
// envelope) and foreign (a language the censor cannot read).

const PROTECTED = new Set(['obscene', 'contacts']);
const HIGH_PROTECTED = new Set(['crime', 'enclosures', 'obscene', 'contacts', 'foreign']);

/** `medium`: only medium findings may be vetoed; `medium+high`: high ones outside the protected kinds too. */
export type VetoScope = 'medium' | 'medium+high';

export function vetoable(h: Hit, scope: VetoScope): boolean {
  if (PROTECTED.has(h.category)) return false;
  if (h.severity === 'medium') return true;
  return scope === 'medium+high' && h.severity === 'high' && !HIGH_PROTECTED.has(h.category);
}

/** The tokeniser's sentences with their tokens. */
export function sentencesOf(tokens: readonly Token[]): { start: number; end: number; words: readonly Token[] }[] {
  const out: { start: number; end: number; words: readonly Token[] }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const s = (tokens[i] as Token).sentence;
    let j = i;
    while (j < tokens.length && (tokens[j] as Token).sentence === s) j++;
    out.push({ start: (tokens[i] as Token).start, end: (tokens[j - 1] as Token).end, words: tokens.slice(i, j) });
    i = j;
  }
  return out;
}

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
