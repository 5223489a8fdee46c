import { getFirstnameGender } from 'lvovich';
import common from '../../data/names/common-first-names.json';
import lists from '../../data/names/first-names.json';
import { declineInA, declineMasculineConsonant } from './endings.ts';
import { isInitial } from './split.ts';
import type { Gender, GrammaticalCase } from './types.ts';

const THIRD_DECLENSION = new Set(lists.femaleThirdDeclension);
const FLEETING: Record<string, string> = lists.fleetingVowel;
const FEMALE = new Set([...lists.femaleConsonant, ...lists.femaleThirdDeclension, ...lists.femaleVowel, ...common.female]);
const MALE = new Set([...lists.maleVowelA, ...lists.maleVowel, ...lists.ukrainianMaleO, ...common.male]);
const UKRAINIAN_MALE_O = new Set(lists.ukrainianMaleO);
/** Arabic theophoric men's names in -улла/-улло (Абдулла, Хабибулла, Нурулло). */
const MASCULINE_SHAPE = /(улла|улло)$/u;
const ANDROGYNOUS = new Set(lists.androgynous);
/**
 * Women's names in a consonant recognisable by their shape: Turkic names built on гуль/гюль
 * «flower» (Гульнара, Айгуль, Назгуль) and the Dagestani -ият, -ижат, -имат, -унат
 * (Асият, Хадижат, Патимат, Маймунат).
 */
const FEMININE_SHAPE = /(^гуль|^гюль|гуль$|гюль$|ият$|ижат$|имат$|унат$)/u;

function declineWord(word: string, grammaticalCase: GrammaticalCase, gender: Gender): string {
  if (/[ая]$/u.test(word)) {
    // Vowel + а (Гиа, Франсуа) does not decline; -ия/-ья/-ея do (Мария → Марии, Илья → Илье).
    if (/[аеиоуэю]а$/u.test(word)) return word;
    return declineInA(word, grammaticalCase);
  }
  if (UKRAINIAN_MALE_O.has(word)) return declineMasculineConsonant(word.slice(0, -1), grammaticalCase);
  if (/[оеёиуыэю]$/u.test(word)) return word;
  if (gender === 'f') {
    // Only Любовь and a few biblical names decline by the third declension; Любовь keeps its о.
    return THIRD_DECLENSION.has(word) ? `${word.slice(0, -1)}и` : word;
  }
  return declineMasculineConsonant(FLEETING[word] ?? word, grammaticalCase);
}

/**
 * A first name, lower-case. In a compound name the last part declines; an earlier part
 * declines only when it is itself an -а/-я name (Анна-Мария → Анне-Марии), while one in a
 * consonant stays, as usage of Crimean Tatar, Caucasian and French compound names has it
 * (Эмир-Усеин → Эмир-Усеину, Магомед-Расул → Магомед-Расулу, Жан-Поль → Жан-Полю).
 */
export function declineFirstName(first: string, grammaticalCase: GrammaticalCase, gender: Gender): string {
  if (isInitial(first)) return first;
  const parts = first.split(/([- ])/u);
  return parts
    .map((part, i) => {
      if (part === '-' || part === ' ') return part;
      if (i === parts.length - 1 || /[^аеиоуэю][ая]$/u.test(part)) return declineWord(part, grammaticalCase, gender);
      return part;
    })
    .join('');
}

/** The gender our word lists give a lower-case first name, without lvovich's guesses. */
export function listedGender(word: string): Gender | null {
  if (FEMALE.has(word)) return 'f';
  if (MALE.has(word)) return 'm';
  return null;
}

function lastPart(first: string): string {
  return first.toLowerCase().split(/[- ]/u).pop() ?? '';
}

function genderByEnding(word: string): Gender | null {
  if (/[ая]$/u.test(word)) return 'f';
  if (/[бвгджзйклмнпрстфхцчшщь]$/u.test(word)) return 'm';
  return null;
}

/**
 * The gender of a first name that our lists know, or that lvovich knows against its ending
 * (its exception lists: Никита, Ингрид). lvovich's suffix guesses that merely repeat the
 * ending do not count here, so a caller's hint can overrule them.
 */
export function listedFirstNameGender(first: string): Gender | null {
  if (isInitial(first)) return null;
  const word = lastPart(first);
  if (!word || ANDROGYNOUS.has(word)) return null;
  if (FEMALE.has(word)) return 'f';
  if (MALE.has(word)) return 'm';
  if (FEMININE_SHAPE.test(word)) return 'f';
  if (MASCULINE_SHAPE.test(word)) return 'm';
  const known = getFirstnameGender(word);
  const lv: Gender | null = known === 'male' ? 'm' : known === 'female' ? 'f' : null;
  return lv !== genderByEnding(word) ? lv : null;
}

/** The gender a first name's ending suggests: -а/-я feminine, a consonant masculine. */
export function firstNameGenderByEnding(first: string): Gender | null {
  if (isInitial(first)) return null;
  const word = lastPart(first);
  if (!word || ANDROGYNOUS.has(word)) return null;
  return genderByEnding(word);
}
