export const CATEGORIES = ['case', 'politics', 'crime', 'code', 'foreign', 'obscene', 'staff', 'contacts', 'enclosures', 'template'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Lang = 'ru' | 'en';

/** One thing in a letter that a prison censor is likely to stop; offsets are JS string indices into the original text. */
export interface Finding {
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  rule: string;
  /** Why it is risky, naming what was matched («деньги и чай в конверте»), in the asked language. */
  message: string;
  suggestion: string;
  /** What the marked Russian words say, in English, from the checker's own data (no network). */
  gloss: string;
  /** A concrete safer wording for the marked passage, where there is one (the Cyrillic of a Latin name or of translit). */
  replacement?: string;
  /** The passage endangers the writer, not only the letter (admitting donations, protests, approving the act). */
  risksWriter?: boolean;
}

/** A finding before its text is localised: detectors and the lexicon engine return these. */
export interface Hit {
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  rule: string;
  /** English meanings of the matched words, for the message and the gloss («money», «tea»). */
  what?: string[];
  /** The matched words as written, for the Russian message. */
  words?: string[];
  replacement?: string;
}

export interface CheckOptions {
  lang?: Lang;
}
