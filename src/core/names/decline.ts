import { applyCasePattern } from './case-pattern.ts';
import { declineFirstName } from './first-name.ts';
import { detectGender } from './gender.ts';
import { declinePatronymic } from './patronymic.ts';
import { declineSurname } from './surname.ts';
import type { FullName, Gender, GrammaticalCase } from './types.ts';

type PartDecliner = (lower: string, grammaticalCase: GrammaticalCase, gender: Gender) => string;

// Names repeat (address books, lists); a bounded memo keeps bulk declension cheap.
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

function declinePart(part: string, kind: string, decliner: PartDecliner, grammaticalCase: GrammaticalCase, gender: Gender): string {
  const key = `${kind}|${grammaticalCase}|${gender}|${part}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const trimmed = part.trim();
  // Russian endings belong on Cyrillic words only; a name in Latin script stays as written.
  const declined = /[a-z]/iu.test(trimmed)
    ? trimmed
    : applyCasePattern(trimmed, decliner(trimmed.toLowerCase(), grammaticalCase, gender));
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, declined);
  return declined;
}

/**
 * Declines every part of a nominative full name. When no gender can be found from the
 * name or the caller, the masculine pattern is used: it is the commoner case among
 * recipients, and a man's name left undeclined reads worse than the reverse.
 */
export function declineName(name: FullName, grammaticalCase: GrammaticalCase, gender?: Gender | null): FullName {
  const g: Gender = detectGender(name, gender) ?? 'm';
  return {
    surname: name.surname ? declinePart(name.surname, 's', declineSurname, grammaticalCase, g) : name.surname,
    first: name.first ? declinePart(name.first, 'f', declineFirstName, grammaticalCase, g) : name.first,
    patronymic: name.patronymic ? declinePart(name.patronymic, 'p', declinePatronymic, grammaticalCase, g) : name.patronymic,
  };
}
