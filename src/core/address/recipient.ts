import { detectGender, nominativeFromDative, splitFullName, type FullName } from '../names/index.ts';
import common from '../../data/names/common-first-names.json';
import type { Recipient } from './types.ts';

const INITIAL = /^[А-ЯЁ]\.?$/;
// Capitalised, or all capitals as some lists print surnames ("БАЛИНУ Андрею").
const NAME_WORD = /^(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*|[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})*)$/;
// First words of two-word town names ("Нижний Новгород", "Набережные Челны"), never a person's name.
const TOWN_ADJECTIVE = /^(?:нижн|верхн|велик|стар|нов|набережн|минеральн|больш|мал|красн|сергиев|павловск|вышн|петровск|гаврилов|южн|северн|западн|восточн)[а-яё]*$/i;
const PARTICLE = /^(?:оглы|оглу|улы|уулу|кызы|гызы)$/i;
const VOWEL = /[аеёиоуыэюя]/i;
const PATRONYMIC = /(?:вич|вна|ична|инична|вичу|вне|чне|ичу)$/i;

/** Splits glued initials ("И.И.") the way names are written in addresses. */
function nameTokens(text: string): string[] {
  return text
    .replace(/([А-ЯЁ])\.(?=[А-ЯЁ])/g, '$1. ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * How much a piece of text looks like a person's name: 0 means not at all.
 * Patronymics and initials are strong signs; localities rarely have three capitalised words.
 */
export function nameScore(text: string): number {
  const tokens = nameTokens(text);
  if (tokens.length < 2 || tokens.length > 5) return 0;
  if (tokens.length === 2 && TOWN_ADJECTIVE.test(tokens[0] ?? '') && /(?:ый|ий|ой|ая|ое|ые|ие)$/i.test(tokens[0] ?? '')) return 0;
  let score = 0;
  let words = 0;
  for (const tok of tokens) {
    if (INITIAL.test(tok)) score += 2;
    else if (PARTICLE.test(tok)) score += 2;
    else if (NAME_WORD.test(tok)) {
      words++;
      score += PATRONYMIC.test(tok) ? 3 : 1;
    } else return 0;
  }
  return words === 0 ? 0 : score;
}

/** A recipient line is in the dative when its patronymic or first name carries a dative ending. */
function looksDative(name: FullName): boolean {
  const { first, patronymic, surname } = name;
  const turkic = !!patronymic && /\s(?:оглы|оглу|улы|уулу|кызы|гызы)$/i.test(patronymic);
  if (patronymic && !turkic && !INITIAL.test(patronymic)) return /(?:ичу|вне|чне|ичне)$/i.test(patronymic);
  if (first && !INITIAL.test(first) && /[уюеи]$/i.test(first)) return true;
  // "Алиевой Нигяр Эльдар кызы": an indeclinable first name hides the case, which the surname
  // then shows for the gender that кызы / оглы gives.
  if (turkic && patronymic) return (/(?:кызы|гызы)$/i.test(patronymic) ? /(?:ой|ей)$/i : /[ую]$/i).test(surname);
  if (first && !INITIAL.test(first)) return false;
  // With initials only, the surname shows the case: -ову/-ину…, or -у/-ю after a consonant-final
  // man's surname (Шевчуку, Бабичу, Монгушу, Цою); a woman's such surname does not decline at all.
  return /(?:ову|еву|ёву|ину|ыну|ому|ему|ой|ской|цкой|[бвгджзклмнпрстфхцчшщ]у|[аоеу]ю)$/i.test(surname);
}

/** Recovered forms may gain "ё" (Пётр); the address wrote "е", and the post reads it as written. */
function keepYoAsWritten(name: FullName, written: string): FullName {
  if (/ё/i.test(written)) return name;
  const strip = (s: string | null) => (s === null ? null : s.replace(/ё/g, 'е').replace(/Ё/g, 'Е'));
  return { surname: strip(name.surname) ?? '', first: strip(name.first), patronymic: strip(name.patronymic) };
}

/** Lists that print surnames in capitals ("ГОРИНОВУ Алексею") mean emphasis, not spelling: "Горинов". */
function titleCaseCapitals(name: FullName): FullName {
  const title = (s: string | null): string | null =>
    s !== null && /^[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})*$/.test(s) ? s.toLowerCase().replace(/(^|-)([а-яё])/g, (_, d: string, c: string) => d + c.toUpperCase()) : s;
  return { surname: title(name.surname) ?? '', first: title(name.first), patronymic: title(name.patronymic) };
}

/** The dative patronymic still shows gender when recovery of the nominative could not. */
function dativeGender(name: FullName): 'm' | 'f' | null {
  if (!name.patronymic) return null;
  if (/(?:ичу|оглы)$/i.test(name.patronymic)) return 'm';
  if (/(?:вне|чне|кызы)$/i.test(name.patronymic)) return 'f';
  return null;
}

function stillDative(name: FullName): boolean {
  const { first, patronymic } = name;
  if (patronymic && !INITIAL.test(patronymic)) return /(?:ичу|вне|чне)$/i.test(patronymic);
  return !!first && !INITIAL.test(first) && /[ую]$/i.test(first);
}

export function isInitialsName(name: FullName): boolean {
  return [name.first, name.patronymic].some((p) => !!p && INITIAL.test(p));
}

const COMMON_FIRST = new Set([...common.male, ...common.female]);

/** A common first name, in the nominative or recovered from the dative (Юрию → Юрий). */
function isCommonFirstName(word: string): boolean {
  const recovered = nominativeFromDative({ surname: '', first: word, patronymic: null }, null).name.first ?? '';
  return [word, recovered].some((w) => COMMON_FIRST.has(w.toLowerCase().replace(/ё/g, 'е')) || COMMON_FIRST.has(w.toLowerCase()));
}

/**
 * Without a patronymic the order is not fixed: "Юрию Дмитриеву" puts the first name first.
 * Only a common first name beside a word that is not one is moved; anything else stays surname first.
 */
function nameOrder(tokens: string[]): string[] {
  const [a, b] = tokens;
  if (tokens.length !== 2 || !a || !b || !NAME_WORD.test(a) || !NAME_WORD.test(b) || PATRONYMIC.test(b)) return tokens;
  return isCommonFirstName(a) && !isCommonFirstName(b) ? [b, a] : tokens;
}

/** Nominative recipient from an address line, in either case. */
export function readRecipient(text: string, birthYear: number | null): { recipient: Recipient; dative: boolean; guessed: boolean } {
  const split = splitFullName(nameOrder(nameTokens(text)).join(' '));
  const dative = looksDative(split);
  // The dative patronymic already tells the gender (-ичу / -вне); passing it keeps an
  // indeclinable surname (Ким, Пак) from being read as the other gender's.
  let nominative = dative ? nominativeFromDative(split, dativeGender(split)) : { name: split, gender: null };
  // Writers often leave a surname such as Ким or Цой undeclined even for a man ("Ким Сергею");
  // when the whole name will not go back, recover the given names alone and keep the surname as written.
  // Without a full patronymic the case was read from weaker endings: worth a second look.
  let guessed = !split.patronymic || INITIAL.test(split.patronymic);
  if (dative && stillDative(nominative.name)) {
    guessed = true;
    const given = nominativeFromDative({ surname: '', first: split.first, patronymic: split.patronymic }, dativeGender(split));
    if (!stillDative(given.name)) nominative = { name: { ...given.name, surname: split.surname }, gender: given.gender };
  }
  // A recovered surname with no vowel ("Лю" → "Ль") cannot be a name: the surname was indeclinable.
  if (dative && !VOWEL.test(nominative.name.surname) && VOWEL.test(split.surname)) {
    nominative = { ...nominative, name: { ...nominative.name, surname: split.surname } };
  }
  const name = titleCaseCapitals(keepYoAsWritten(nominative.name, text));
  const gender = nominative.gender ?? detectGender(name) ?? dativeGender(split);
  return {
    recipient: {
      surname: name.surname || null,
      first: name.first,
      patronymic: name.patronymic,
      initials: isInitialsName(name),
      gender: gender ?? null,
      birthYear,
    },
    dative,
    guessed,
  };
}
