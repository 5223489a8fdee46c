import rules from '../../data/names/surname-rules.json';
import {
  declineFeminineAdjective,
  declineInA,
  declineMasculineAdjective,
  declineMasculineConsonant,
  endsInFixedVowel,
  syllables,
} from './endings.ts';
import type { Gender, GrammaticalCase } from './types.ts';

const FIXED_PREFIXES = new Set(rules.fixedPrefixes);
const STRESSED_FINAL_A = new Set(rules.stressedFinalA);
const ADJECTIVAL_IH = new RegExp(`[${rules.adjectivalIhAfter}]их$`, 'u');

/** Russian possessive surnames and their feminine forms (Петров, Петрова; Пушкин, Пушкина). */
const POSSESSIVE_M = /(ов|ев|ёв|ин|ын)$/u;
const POSSESSIVE_F = /(ова|ева|ёва|ина|ына)$/u;

/**
 * A feminine possessive form needs a stem of its own before -ов-/-ин- (Петрова, Львова, Ильина);
 * a single consonant before it makes a noun in -а (Сова → Сове, like Муха → Мухе).
 */
function isPossessiveFeminine(word: string): boolean {
  return POSSESSIVE_F.test(word) && (word.length > 5 || syllables(word) > 2);
}
/**
 * Women's adjectival surnames left in Ukrainian spelling (Ковальська, Висоцька) decline like
 * Russian -ская (Ukrainian itself has Ковальській), keeping the ь as the men's Ковальський →
 * Ковальському does, so the written form stays recognisable.
 */
const UKRAINIAN_ADJECTIVE_F = /[сц]ька$/u;
/** Masculine adjectival surnames: Белый, Чайковский, Долгорукий, Рыжий, Крайний, Толстой. */
const ADJECTIVE_M = /(ый|[кгхжшчщн]ий)$/u;

/** Surname shapes that decline as a surname in the first part of a double surname. */
const SURNAME_SHAPED = /(ов|ев|ёв|ин|ын|ский|цкий|ской|цкой|ый|ий|ой|ич|ова|ева|ёва|ина|ына|ая|ська|цька)$/u;

/**
 * Indeclinable whatever the gender (Розенталь, «Справочник по правописанию и литературной
 * правке», склонение фамилий): Russian -ых/-их (Седых, Долгих), vowel endings other than -а/-я
 * (Шевченко, Бойко, Живаго, Гюго, Ли, Камю, Руставели, Гамсахурдиа), stressed French -а (Дюма).
 */
function indeclinable(word: string): boolean {
  // -ых/-их surnames are adjective plurals, so they have two syllables at least; Клых declines.
  if ((word.endsWith('ых') || ADJECTIVAL_IH.test(word)) && syllables(word) > 1) return true;
  if (endsInFixedVowel(word)) return true;
  if (/[аеиоуэюя][ая]$/u.test(word) && !/(ия|ая|яя|ея|ья)$/u.test(word)) return true;
  return STRESSED_FINAL_A.has(word);
}

/** One word of a surname, lower-case. */
export function declineSurnameWord(word: string, grammaticalCase: GrammaticalCase, gender: Gender): string {
  if (!word || indeclinable(word)) return word;
  if (gender === 'f') {
    if (isPossessiveFeminine(word) || UKRAINIAN_ADJECTIVE_F.test(word)) return `${word.slice(0, -1)}ой`;
    // An adjective needs a stem with a vowel of its own (Толстая, Белая), which rules out Цая.
    if (/(ая|яя)$/u.test(word) && syllables(word) > 2) return declineFeminineAdjective(word);
    // Nouns in -а/-я decline for women too (Окуджава → Окуджаве, Данелия → Данелии).
    if (/[ая]$/u.test(word)) return declineInA(word, grammaticalCase);
    // A woman's surname in a consonant does not change (Беркович, Соболь, Пак, Шмидт, Петросян).
    return word;
  }
  if (ADJECTIVE_M.test(word) || (word.endsWith('ой') && syllables(word) > 1)) {
    return declineMasculineAdjective(word, grammaticalCase);
  }
  if (/[ая]$/u.test(word)) return declineInA(word, grammaticalCase);
  // No fleeting vowel in surnames: a name keeps its form so the bearer stays identifiable
  // (Горобец → Горобецу, Кузнец → Кузнецу, Пешок → Пешоку, Воробей → Воробею), as
  // Калакуцкая and the gramota.ru help desk recommend for official use.
  return declineMasculineConsonant(word, grammaticalCase);
}

/**
 * A double surname declines in both parts when the first is a surname of its own
 * (Петров-Водкин → Петрову-Водкину, Римский-Корсаков → Римскому-Корсакову), but a
 * first part that is a particle or not a surname stays (Тер-Петросяну, Бонч-Бруевичу,
 * Кара-Мурзе, Сент-Экзюпери).
 */
function declineHyphenated(word: string, grammaticalCase: GrammaticalCase, gender: Gender): string {
  const parts = word.split('-');
  return parts
    .map((part, i) => {
      if (i === parts.length - 1) return declineSurnameWord(part, grammaticalCase, gender);
      if (FIXED_PREFIXES.has(part) || !SURNAME_SHAPED.test(part)) return part;
      return declineSurnameWord(part, grammaticalCase, gender);
    })
    .join('-');
}

/** A whole surname, lower-case; particles written as separate words ("де Голль") stay. */
export function declineSurname(surname: string, grammaticalCase: GrammaticalCase, gender: Gender): string {
  const words = surname.split(' ');
  const last = words.pop() ?? '';
  const declined = last.includes('-')
    ? declineHyphenated(last, grammaticalCase, gender)
    : declineSurnameWord(last, grammaticalCase, gender);
  return [...words, declined].join(' ');
}

/** The gender a surname's ending shows, if any (Петрова, Чайковская → f; Петров, Толстой → m). */
export function surnameGender(surname: string): Gender | null {
  const word = (surname.toLowerCase().split(/[- ]/u).pop() ?? '').trim();
  if (isPossessiveFeminine(word) || UKRAINIAN_ADJECTIVE_F.test(word)) return 'f';
  if (/(ая|яя)$/u.test(word) && syllables(word) > 2) return 'f';
  if (POSSESSIVE_M.test(word) || ADJECTIVE_M.test(word) || (word.endsWith('ой') && syllables(word) > 1)) return 'm';
  return null;
}
