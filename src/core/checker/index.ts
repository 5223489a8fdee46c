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
