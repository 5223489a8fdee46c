import type { RuleData } from './rule-types.ts';
import { firstEndingAfter } from './lexicon.ts';
import type { Token } from './tokenise.ts';
import type { Hit } from './types.ts';

// A censor reads a letter, not a list of sentences: «Я ничего не сказала» after «следователь
// вызывал меня на допрос» is testimony, though it names nothing. Rules marked `follows` keep
// their hits only where a finding of a named category stands in the same sentence or
// one of the two before it (the block is one paragraph, so context never crosses one).
const REACH = 2;

/** Drops findings that a quiet rule's match overlaps (and the quiet matches themselves). */
export function applyQuiet(hits: readonly Hit[], rules: ReadonlyMap<string, RuleData>): Hit[] {
  const quiet = hits.filter((h) => rules.get(h.rule)?.quiet);
  if (quiet.length === 0) return [...hits];
  return hits.filter((h) => {
    if (rules.get(h.rule)?.quiet) return false;
    return !quiet.some((q) => q.start < h.end && h.start < q.end && rules.get(q.rule)?.quiet?.includes(h.category));
  });
}

export function keepFollowUps(hits: readonly Hit[], tokens: readonly Token[], rules: ReadonlyMap<string, RuleData>): Hit[] {
  if (!hits.some((h) => rules.get(h.rule)?.follows)) return [...hits];
  const sentenceOf = (h: Hit) => (tokens[firstEndingAfter(tokens, h.start)] as Token | undefined)?.sentence ?? 0;
  const anchors = new Map<string, Set<number>>();
  const anchor = (h: Hit, s: number) => {
    const set = anchors.get(h.category) ?? new Set<number>();
    set.add(s);
    anchors.set(h.category, set);
  };
  const out: Hit[] = [];
  const pending: { h: Hit; s: number; follows: readonly string[] }[] = [];
  for (const h of hits) {
    const follows = rules.get(h.rule)?.follows;
    const s = sentenceOf(h);
    if (follows) pending.push({ h, s, follows });
    else {
      out.push(h);
      // Even a hint anchors a continuation: «положила в конверт несколько вещей. Там жвачка…»
      anchor(h, s);
    }
  }
  // In reading order, so that one continuation may carry the context to the next.
  pending.sort((a, b) => a.s - b.s);
  for (const { h, s, follows } of pending) {
    const near = follows.some((c) => {
      const set = anchors.get(c);
      if (!set) return false;
      for (let k = s - REACH; k <= s; k++) if (set.has(k)) return true;
      return false;
    });
    if (!near) continue;
    out.push(h);
    anchor(h, s);
  }
  return out;
}
