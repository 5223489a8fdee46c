import { declineName, detectGender } from '../names/index.ts';
import { applyGenderForms } from './gender-forms.ts';
import { blanks } from './templates.ts';
import type { FilledLetter, FillNote, FillOptions, LetterTemplate } from './types.ts';

const BLANK = /\{([a-zA-Z]+)\}/g;

/**
 * Fills a template's blanks. Recipient blanks come from `options.recipient` in the case the blank
 * asks for (Андрей → Андрею for a dative blank); writer blanks from `values`. A value in `values`
 * always wins, so a user's correction of a declined name sticks.
 */
export function fillTemplate(template: LetterTemplate, values: Readonly<Record<string, string>>, options: FillOptions = {}): FilledLetter {
  const lang = options.lang ?? 'ru';
  const source = template.text[lang] ?? template.text.ru;
  const recipientGender = options.recipientGender ?? (options.recipient ? (detectGender(options.recipient) ?? undefined) : undefined);
  const notes: FillNote[] = [];
  const forms = applyGenderForms(source, options.writerGender, recipientGender);
  if (forms.writerUnknown) notes.push({ code: 'writer-gender-unknown' });
  if (forms.recipientUnknown) notes.push({ code: 'recipient-gender-unknown' });

  const missing: string[] = [];
  const text = forms.text.replace(BLANK, (whole, name: string) => {
    const value = values[name]?.trim() || recipientValue(name, lang, options, recipientGender, notes);
    if (value) return value;
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  return { text, missing, notes };
}

function recipientValue(name: string, lang: string, options: FillOptions, gender: FillOptions['recipientGender'], notes: FillNote[]): string {
  const blank = blanks[name];
  const first = options.recipient?.first;
  // An initial (А.) cannot be used to address anyone: leave the blank for the user.
  if (!blank || blank.source !== 'recipient' || !options.recipient || !first || /^\p{L}\.?$/u.test(first)) return '';
  // «Андрей Альбертович» for a first letter to an adult (sixth native review, item 2); an initial or
  // no patronymic leaves the first name alone.
  const patronymic = options.recipient.patronymic;
  if (blank.withPatronymic && patronymic && !/^\p{L}\.?$/u.test(patronymic)) return `${first} ${patronymic}`;
  // Translations have no cases: the English text gets the name as it is.
  if (blank.case !== 'dative' || lang !== 'ru') return first;
  const declined = declineName(options.recipient, 'dative', gender ?? null).first ?? first;
  if (!notes.some((n) => n.code === 'recipient-name-declined')) notes.push({ code: 'recipient-name-declined', params: { name: first, declined } });
  return declined;
}
