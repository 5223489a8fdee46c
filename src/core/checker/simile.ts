import type { Token } from './tokenise.ts';

// A word the writer compares something to is not about the case: «снег лежит, как приговор»,
// «строгая, как конвой», «это как суд присяжных», «словно на допросе». Rules marked `notInSimile`
// skip a one-word match that stands so. A question («Скажи, как прокурор себя вёл?») and a verb
// right after the word («Напиши, как приговор огласили») read as an account, not a comparison.

const MARKERS = new Set(['словно', 'будто', 'подобно']);
const BEFORE_KAK = new Set(['это', 'будто', 'словно', 'прямо', 'просто', 'совсем', 'точно', 'чисто']);
const VERB_ENDING = /(?:л|ла|ли|ло|ет|ют|ит|ят|ут|ат|ешь|ишь|ете|ите)$/u;

const word = (t: Token | undefined) => t?.forms[0] ?? '';
const isMarker = (w: string) => w === 'как' || MARKERS.has(w);

export function inSimile(text: string, tokens: readonly Token[], i: number, question: boolean): boolean {
  const t = tokens[i] as Token;
  const sameSentence = (k: number) => k >= 0 && (tokens[k] as Token).sentence === t.sentence;
  const next = tokens[i + 1];
  if (next && next.sentence === t.sentence && !/[,—–:;]/u.test(text.slice(t.end, next.start)) && VERB_ENDING.test(word(next))) return false;
  // Up to one word between the marker and the match («как суд присяжных», «как под обстрелом»).
  let j = i - 1;
  if (sameSentence(j) && !isMarker(word(tokens[j]))) j--;
  if (!sameSentence(j)) return false;
  const marker = word(tokens[j]);
  if (MARKERS.has(marker)) return true;
  if (marker !== 'как' || question) return false;
  if (!sameSentence(j - 1)) return false;
  const before = tokens[j - 1] as Token;
  return BEFORE_KAK.has(word(before)) || /[,—–:]/u.test(text.slice(before.end, (tokens[j] as Token).start));
}
