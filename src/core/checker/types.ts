export const CATEGORIES = ['case', 'politics', 'crime', 'code', 'foreign', 'obscene', 'staff', 'contacts', 'enclosures'] as const;
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
  message: string;
  suggestion: string;
}

/** A finding before its text is localised: detectors and the lexicon engine return these. */
export interface Hit {
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  rule: string;
}

export interface CheckOptions {
  lang?: Lang;
}
