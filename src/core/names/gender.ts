import { firstNameGenderByEnding, listedFirstNameGender } from './first-name.ts';
import { patronymicGender } from './patronymic.ts';
import { surnameGender } from './surname.ts';
import type { FullName, Gender } from './types.ts';

/**
 * The patronymic is the surest sign (-ович/-овна, оглы/кызы), then a first name whose gender
 * is known from the lists. A caller's hint (a directory record, the user's choice) outranks
 * the weaker guesses from endings: a surname that shows gender (Петрова, Толстой), then a
 * first name in -а/-я or in a consonant, which many Turkic women's names defy
 * (Каримова Мухаббат, Гульчатай).
 */
export function detectGender(name: FullName, hint?: Gender | null): Gender | null {
  return (
    (name.patronymic ? patronymicGender(name.patronymic) : null) ??
    (name.first ? listedFirstNameGender(name.first) : null) ??
    hint ??
    surnameGender(name.surname) ??
    (name.first ? firstNameGenderByEnding(name.first) : null) ??
    null
  );
}
