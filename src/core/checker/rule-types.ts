import type { Category, Severity } from './types.ts';

export type Source = 'memorial' | 'ovd-info' | 'rosuznik' | '103-fz-20' | 'uik-91' | 'pvr-110' | 'review-2026';

export interface Localised {
  ru: string;
  en: string;
}

/** Context that cancels a match: any of `near` within `before` words before or `after` words after it, in the same sentence. */
export interface RuleException {
  near: string;
  before?: number;
  after?: number;
  /**
   * Cancels only a match that starts or ends on one of these terms: a context may cancel an
   * ambiguous word of a rule («премьера» of a play, «армия» of the writer's own service), never the
   * rule's unambiguous ones in the same sentence (issue 10 §3).
   */
  only?: string;
}

/**
 * One rule of the catalogue (src/data/rules/*.json). A term is written as:
 * `слово` — any word with the same Snowball stem; `следовател*` — any word starting so;
 * `урод+` — the stem with a noun or adjective ending (урода, уродов, not уродился);
 * `=опер` — exactly this word; `@Name` — a capitalised word; `@NameDat` — one with a dative ending (Пете, Рыжему); `@Quoted` — a word in
 * quotation marks that are not a title; `@QuotedPlain` — one in quotation marks that start with a small letter; `#group` — the words of a context group (contexts.json). `a|b` means either.
 */
export interface RuleData {
  id: string;
  category: Category;
  severity: Severity;
  /** Single words, each enough on its own. */
  terms?: string[];
  /** Words in order, each part `a|b`, separated by spaces, with up to `gap` other words between parts. */
  phrases?: string[];
  gap?: number;
  /** Parts that must all occur, in any order, within `window` words of the first, in one sentence. */
  together?: string[];
  window?: number;
  /** Regular expressions over the original text (flags `giu`; `gu` with `matchCase`). */
  patterns?: string[];
  /** Patterns tell capitals from small letters («Дождь» the channel, дождь the weather). */
  matchCase?: boolean;
  /**
   * The patterns run only on a text holding one of these (lower-case) strings. Rarely needed: the
   * engine derives such strings from each pattern itself (`literals.ts`); this adds a cue it cannot see.
   */
  patternsNeed?: string[];
  unless?: RuleException[];
  /** Match inside quoted titles too (by default «Прощай, оружие!» does not count). */
  inTitles?: boolean;
  /** Match only in a sentence that ends with a question mark («Как Вас там кормят?»). */
  inQuestion?: boolean;
  /** Skip a one-word match the writer compares something to: «снег лежит, как приговор» (see simile.ts). */
  notInSimile?: boolean;
  /** English meanings of terms, named in the message and the gloss: `{ "=чай": "tea" }`. */
  meanings?: Record<string, string>;
  /** English meaning of a passage this rule marks, when no term has one (defaults to the English message). */
  gloss?: string;
  /** The passage endangers the writer, not only the letter. */
  risksWriter?: boolean;
  /**
   * A continuation: counts only when a finding of one of these categories stands in the same
   * sentence or one of the two before it, in the same paragraph («…вызывал на допрос. Я ничего
   * не сказала.»). A word that is innocent alone reads otherwise after the case was raised.
   */
  follows?: Category[];
  /**
   * A context rule that finds nothing itself: its match silences findings of these categories
   * that overlap it («мой папа был следователем» is a job, not the case). Only an ambiguous
   * reading is silenced, so a quiet rule names the exact construction, never a single word.
   */
  quiet?: Category[];
  message: Localised;
  suggestion: Localised;
  source: Source;
  examples: { match: string[]; noMatch: string[] };
}

/**
 * A file of rules: either one category's lexicon (`category`), or one class of text a censor
 * stops (`class`: the case told without legal terms, questions about conditions…), whose rules
 * may belong to several categories.
 */
export interface RuleFile {
  category?: Category;
  class?: string;
  /** Where a lexicon's words and meanings come from (published glossaries). */
  sources?: { id: string; title: string; url: string }[];
  rules: RuleData[];
}
