import { perSpelling, type Token } from '../tokenise.ts';
import type { Hit } from '../types.ts';
import type { DetectorInput } from './context.ts';

// Ukrainian in Cyrillic is a foreign language to the censor, and in wartime a political
// signal too. The letters і ї є ґ never occur in Russian; a few frequent Ukrainian words
// have none of them, so they are listed.

const UKRAINIAN_LETTERS = /[іїєґ]/iu;
const UKRAINIAN_WORDS = new Set(
  ('тримайся тримайтеся тримайтесь дякую дуже кохаю кохана коханий сумую щиро що це чекаю також ' +
    'повагою бажаю пане братку тримаємось обіймаю цілую привіт вітаю добраніч любий бувай бувайте добрий мабуть трохи вже теж бачу бачиш дивись справи гарно щось щастить щасти вечора ' +
    // Belarusian words without і/ў, which the letters above miss.
    'трымайся трымайцеся трымаемся браце дзякуй дзякую вельмі вельми жыве жыве калі ласка сумую чакаю абдымаю шчыра').split(' '),
);
// Short words shared with Russian or ambiguous alone; they extend a Ukrainian passage but never start one.
const WEAK = new Set('ми ти з та але мене тебе тобою нас вас мій твій моя твоя друже шо як бо за на'.split(' '));

const HAS_LETTERS = 1;
const IS_WORD = 2;
const IS_WEAK = 4;
const kindOf = perSpelling(
  (t: Token): number =>
    (t.script === 'cyr' && UKRAINIAN_LETTERS.test(t.raw) ? HAS_LETTERS : 0) | (UKRAINIAN_WORDS.has(t.forms[0] ?? '') ? IS_WORD : 0) | (WEAK.has(t.forms[0] ?? '') ? IS_WEAK : 0),
);
// `letters`: whether the paragraph has a Ukrainian letter at all; most have none, and then no word
// needs to be searched for one.
const isStrong = (t: Token, letters: boolean) => (kindOf(t) & (letters ? HAS_LETTERS | IS_WORD : IS_WORD)) !== 0;
const isWeak = (t: Token) => (kindOf(t) & IS_WEAK) !== 0;

export function detectUkrainian({ text, tokens }: DetectorInput): Hit[] {
  const hits: Hit[] = [];
  const letters = UKRAINIAN_LETTERS.test(text);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!isStrong(t, letters)) {
      i++;
      continue;
    }
    let lo = i;
    let hi = i;
    while (lo > 0 && isWeak(tokens[lo - 1] as Token) && (tokens[lo - 1] as Token).sentence === t.sentence) lo--;
    let j = i + 1;
    while (j < tokens.length && (tokens[j] as Token).sentence === t.sentence) {
      const next = tokens[j] as Token;
      if (isStrong(next, letters)) hi = j;
      else if (!isWeak(next) && next.script !== 'num') break;
      j++;
    }
    const words = hi - lo + 1;
    hits.push({ category: 'foreign', severity: words >= 2 ? 'high' : 'medium', start: (tokens[lo] as Token).start, end: (tokens[hi] as Token).end, rule: 'ukrainian' });
    i = hi + 1;
  }
  return hits;
}
