import type { Gender } from '../names/index.ts';
import { applyGenderForms } from './gender-forms.ts';
import type { Phrase } from './phrasebook.ts';

/**
 * A phrase as it goes into the letter: the writer's gender forms chosen (рад/рада)
 * and {name} replaced by the recipient's first name when it is known in full
 * (an initial cannot be used to address anyone, so the blank stays for the writer).
 */
export function renderPhrase(phrase: Phrase, options: { writerGender?: Gender; recipientGender?: Gender; recipientFirst?: string | null } = {}): string {
  const text = applyGenderForms(phrase.text.ru, options.writerGender, options.recipientGender).text;
  const first = options.recipientFirst?.trim();
  return first && !/^\p{L}\.?$/u.test(first) ? text.replaceAll('{name}', first) : text;
}
