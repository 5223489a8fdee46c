import type { FullName, Gender } from '../names/index.ts';
import type { SituationNeed } from './situation.ts';

/** Text in every language we have; Russian is the letter itself, others are translations and help. */
export type Localized = { ru: string; en: string } & Record<string, string>;

export interface LetterTemplate {
  id: string;
  occasion: Localized;
  note: Localized;
  /** What the template assumes about the letter (a paper card, a writer abroad): see situation.ts. */
  requires?: SituationNeed[];
  /** Letter text with blanks {name} and gender forms {w:masc|fem} (writer), {r:masc|fem} (recipient). */
  text: Localized;
}

export type BlankCase = 'nominative' | 'dative' | 'sentence';

export interface BlankDefinition {
  /** 'recipient' blanks are filled from the recipient's name; 'writer' blanks from what the user types. */
  source: 'recipient' | 'writer';
  case: BlankCase;
  /** A recipient blank that adds the patronymic when it is known («Андрей Альбертович»): how an adult stranger is addressed. */
  withPatronymic?: boolean;
  label: Localized;
  description: Localized;
  example: Localized;
}

export interface FillOptions {
  recipient?: FullName;
  recipientGender?: Gender;
  writerGender?: Gender;
  /** Which text to fill: 'ru' (the letter, default) or a translation such as 'en'. */
  lang?: string;
}

export type FillNoteCode = 'writer-gender-unknown' | 'recipient-gender-unknown' | 'recipient-name-declined';

export interface FillNote {
  code: FillNoteCode;
  params?: Record<string, string>;
}

export interface FilledLetter {
  text: string;
  /** Blanks left empty; they stay in the text as {name} so the user sees where to write. */
  missing: string[];
  notes: FillNote[];
}
