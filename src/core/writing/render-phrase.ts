import type { Gender } from '../names/index.ts';
import { applyGenderForms } from './gender-forms.ts';
import type { Phrase } from './phrasebook.ts';

export interface PhraseOptions {
  writerGender?: Gender;
  recipientGender?: Gender;
  recipientFirst?: string | null;
}

/** A first name one can address someone by: not empty, not an initial (А.). */
const usableFirst = (first: string | null | undefined) => {
  const f = first?.trim();
  return f && !/^\p{L}\.?$/u.test(f) ? f : null;
};

// An adjective before the name agrees with the recipient: «Дорогой {name}» is to a man,
// «Дорогая {name}» to a woman.
const TO_A_MAN = /(?:ой|ий|ый)\s+\{name\}/u;
const TO_A_WOMAN = /(?:ая|яя)\s+\{name\}/u;

/**
 * Whether a phrase can go into this letter as it stands: one with the recipient's name
 * needs the name, and one addressed to a man or a woman needs a recipient of that gender.
 * A phrase that cannot is not offered, so no raw {name} or wrong «Дорогая Андрей» is shown.
 */
export function phraseFits(phrase: Phrase, options: PhraseOptions = {}): boolean {
  const text = phrase.text.ru;
  if (!text.includes('{name}')) return true;
  if (!usableFirst(options.recipientFirst)) return false;
  if (TO_A_MAN.test(text)) return options.recipientGender !== 'f';
  if (TO_A_WOMAN.test(text)) return options.recipientGender !== 'm';
  return true;
}

/**
 * A phrase as it goes into the letter: the writer's gender forms chosen (рад/рада)
 * and {name} replaced by the recipient's first name when it is known in full
 * (an initial cannot be used to address anyone, so the blank stays for the writer).
 */
export function renderPhrase(phrase: Phrase, options: PhraseOptions = {}): string {
  const text = applyGenderForms(phrase.text.ru, options.writerGender, options.recipientGender).text;
  const first = usableFirst(options.recipientFirst);
  return first ? text.replaceAll('{name}', first) : text;
}

/** The phrase's meaning in the reader's language, with the recipient's name in place of {name}. */
export function phraseMeaning(phrase: Phrase, lang: string, options: PhraseOptions = {}): string {
  const text = phrase.text[lang] ?? phrase.text.en;
  const first = usableFirst(options.recipientFirst);
  return first ? text.replaceAll('{name}', first).replace(/\s*\((?:to a man|to a woman)\)/, '') : text;
}
