import { CONTEXT_GROUPS, RULES } from './catalogue.ts';
import { detectCiphers } from './detectors/ciphers.ts';
import { findContacts } from './detectors/contacts.ts';
import type { Detector } from './detectors/context.ts';
import { detectLatin } from './detectors/latin.ts';
import { detectNumbers } from './detectors/numbers.ts';
import { detectObscene } from './detectors/obscene.ts';
import { detectShouting } from './detectors/shouting.ts';
import { detectUkrainian } from './detectors/ukrainian.ts';
import { Lexicon } from './lexicon.ts';
import { mergeHits } from './merge.ts';
import { localise } from './messages.ts';
import { tokenise } from './tokenise.ts';
import type { CheckOptions, Finding, Hit } from './types.ts';

export type { Category, CheckOptions, Finding, Hit, Lang, Severity } from './types.ts';
export { CATEGORIES, SEVERITIES } from './types.ts';

// Compiled once per page load; every keystroke then costs one pass over the text.
const lexicon = new Lexicon(RULES, CONTEXT_GROUPS);
const rulesById = new Map(RULES.map((r) => [r.id, r]));
const DETECTORS: Detector[] = [detectLatin, detectUkrainian, detectNumbers, detectCiphers, detectObscene, detectShouting];

/** Findings as codes (rule ids), merged and sorted: for callers that translate themselves. */
export function findHits(text: string): Hit[] {
  if (text.length <= CHUNK * 2) return findHitsIn(text);
  // Every rule looks no further than its sentence, so a long text is checked a few
  // paragraphs at a time: the tokens of one chunk die young instead of piling up for the
  // garbage collector to copy, which made a 500k-character text cost twice as much per
  // character as a letter. Chunks end at a line break or a sentence end, so no context is cut.
  const out: Hit[] = [];
  for (let start = 0; start < text.length; ) {
    const end = chunkEnd(text, start);
    for (const h of findHitsIn(text.slice(start, end))) {
      h.start += start;
      h.end += start;
      out.push(h);
    }
    start = end;
  }
  return out;
}

const CHUNK = 4096;

/** Where the chunk that begins at `start` should end: after a line break, else after a sentence. */
export function chunkEnd(text: string, start: number): number {
  if (text.length - start <= CHUNK + CHUNK / 2) return text.length;
  const limit = start + CHUNK;
  const newline = text.lastIndexOf('\n', limit);
  if (newline >= start + CHUNK / 4) return newline + 1;
  for (let i = limit; i > start + CHUNK / 4; i--) {
    // «…дома. Потом» ends a sentence; «г. Пущино» (a short word before the stop) does not.
    if (/[.!?…]/.test(text[i - 1] ?? '') && text[i] === ' ' && /\p{Lu}/u.test(text[i + 1] ?? '') && /\p{L}{3}$/u.test(text.slice(i - 4, i - 1))) return i + 1;
  }
  const space = text.lastIndexOf(' ', limit);
  return space > start ? space + 1 : limit;
}

// Merged hits are fresh objects, so findHits may shift their offsets in place.
function findHitsIn(text: string): Hit[] {
  const tokens = tokenise(text);
  const contacts = findContacts(text);
  const input = { text, tokens, contactSpans: contacts };
  return mergeHits([...contacts, ...lexicon.check(text, tokens), ...DETECTORS.flatMap((d) => d(input))]);
}

/** Everything in a letter a prison censor is likely to stop, with messages in `lang` (Russian by default). */
export function checkLetter(text: string, options: CheckOptions = {}): Finding[] {
  const lang = options.lang ?? 'ru';
  return findHits(text).map((h) => localise(h, lang, rulesById));
}
