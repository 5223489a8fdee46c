import { collapseSpaces } from './normalize.ts';
import { findRegion } from './regions.ts';

/**
 * Penitentiary institutions as the FSIN names them: an organisational form (ФКУ, ФКЛПУ...),
 * a kind (СИЗО, ИК, ЛИУ...) with a number, then the territorial body
 * ("ГУФСИН России по Самарской области").
 */
// Longest first: the alternation must take "ФКУ ЛПУ" whole, not "ФКУ" and leave "ЛПУ".
// The forms written out in words ("Федеральное казённое учреждение") are the same thing.
const ORG_WORDS = [
  'федеральн(?:ое|ого)\\s+каз[её]нн(?:ое|ого)\\s+лечебно[-\\s]профилактическ(?:ое|ого)\\s+учреждени[ея]',
  'федеральн(?:ое|ого)\\s+каз[её]нн(?:ое|ого)\\s+учреждени[ея](?:\\s+здравоохранения)?',
].join('|');
const ORG = `${ORG_WORDS}|фку\\s+лпу|фку|фгу|фклпу|фкуз|фбу|фгку|фкоу`;
// Kinds that are also ordinary short words ("об", "т") need a dash, "№" or an ORG before them.
const SAFE_KINDS = 'сизо|ик|лиу|кп|иц|епкт|пфрси|укп|ктб|мб|оик|вк|уфиц|лпу|мсч|ец|пкт|помещение\\s+камерного\\s+типа';
const RISKY_KINDS = 'т|об|кб|ук|из|тюрьма';
const LONG_KINDS: [RegExp, string][] = [
  [/следственн(?:ый|ого)\s+изолятор(?:а)?/i, 'СИЗО'],
  [/лечебн(?:ое|ого|о)[-\s]+исправительн(?:ое|ого)\s+учреждени[ея]/i, 'ЛИУ'],
  [/лечебно[-\s]профилактическ(?:ое|ого)\s+учреждени[ея]/i, 'ЛПУ'],
  [/исправительн(?:ая|ой)\s+колони[яи]/i, 'ИК'],
  [/воспитательн(?:ая|ой)\s+колони[яи]/i, 'ВК'],
  [/колони[яи][-\s]поселени[ея]/i, 'КП'],
  [/исправительн(?:ый|ого)\s+центр(?:а)?/i, 'ИЦ'],
  [/един(?:ое|ого)\s+помещени[ея]\s+камерного\s+типа/i, 'ЕПКТ'],
  [/медико[-\s]санитарн(?:ая|ой)\s+част[ьи]/i, 'МСЧ'],
  [/краев(?:ая|ой)\s+туберкул[её]зн(?:ая|ой)\s+больниц[аы]/i, 'КТБ'],
  [/краев(?:ая|ой)\s+больниц[аы]/i, 'КБ'],
  [/межобластн(?:ая|ой)\s+больниц[аы]/i, 'МБ'],
  [/участ(?:ок|ка)\s+колонии[-\s]поселения/i, 'УКП'],
  [/областн(?:ая|ой)\s+больниц[аы]/i, 'ОБ'],
  [/республиканск(?:ая|ой)\s+больниц[аы]/i, 'РБ'],
  [/туберкул[её]зн(?:ая|ой)\s+больниц[аы]/i, 'ТБ'],
  // Only a numbered prison shortens to Т-N; the unnumbered Елецкая «Тюрьма» keeps its word.
  [/тюрьм[аы](?=[»"]?\s*(?:№|n|no\.?|[-–—])?\s*\d)/i, 'Т'],
];
const LONG = LONG_KINDS.map(([re]) => re.source).join('|');
const NUM = '(?:\\s*(?:№|n|no\\.?)\\s*|\\s*[-–—]\\s*)\\d+(?:\\/\\d+)?';
const NUM_SPACE = '\\s+\\d+(?:\\/\\d+)?';
const L = '(?<![а-яa-z0-9])';
const R = '(?![а-яa-z])';

const STARTS: RegExp[] = [
  new RegExp(`${L}(?:(?:${ORG})\\s+)?[«"]?(?:${SAFE_KINDS}|${LONG})(?:${NUM}|${NUM_SPACE})?${R}`, 'g'),
  new RegExp(`${L}(?:(?:${ORG})\\s+)?[«"]?(?:${RISKY_KINDS})${NUM}${R}`, 'g'),
  new RegExp(`${L}(?:${ORG})\\s+[«"]?(?:${RISKY_KINDS})${R}`, 'g'),
];
const ORG_START = new RegExp(`^(?:${ORG})\\s`);
const ORG_WORD = new RegExp(`(^|\\s)(?:${ORG})(?=\\s|$)`, 'gi');
// Kinds written in capitals even when the source typed them in lower case ("сизо-1").
const ABBREVIATIONS = new Set(['сизо', 'ик', 'лиу', 'кп', 'иц', 'епкт', 'пфрси', 'укп', 'ктб', 'мб', 'оик', 'вк', 'уфиц', 'лпу', 'мсч', 'пкт', 'т', 'об', 'кб', 'ук', 'из']);
const ASSOCIATION = /(?<=^|\s)(?:ОИК-\d+(?:\/\d+)?|ОУХД|ЛПУ)(?=\s|$)/giu;
const ORG_ABBREVIATION = /(?<![А-Яа-яЁё])Ф[А-ЯЁ]{2,5}(?![А-Яа-яЁё])/u;
const ORG_ABBREVIATION_BEFORE = new RegExp(`${ORG_ABBREVIATION.source}\\s+[«"]?$`, 'u');
const ABBREVIATION_END = /(?:^|[^а-яё])(?:обл|респ|г)\.$/iu;
// The territorial body, abbreviated or in words ("Главного управления Федеральной службы исполнения наказаний").
const SERVICE = 'федеральн(?:ой|ая)\\s+служб[ыа]\\s+исполнения\\s+наказаний';
const BODY = `(?:(?:главн(?:ого|ое)\\s+)?управлени[яе]\\s+(?:${SERVICE}|фсин)|${SERVICE}|г?уфсин|офсин|фсин)`;
const FSIN = new RegExp(`(?<![а-яa-z])${BODY}(?![а-яa-z])`);

export interface InstitutionSpan {
  start: number;
  /** Where the institution's name ends in the piece; text after it ("Иванову И. И.") is someone else's. */
  end: number;
  full: string;
  short: string;
}

const BODY_END = new RegExp(`^${BODY}(?:\\s+(?:россии|рф|российской\\s+федерации))?(?![а-яa-z])`);

/**
 * End of "… УФСИН России по <region>[ и <region>][ (ЕПКТ)]": the territorial body closes an
 * institution's name. Without a recognisable body the name runs to the end of the piece.
 */
function institutionEnd(folded: string, from: number): number {
  const fsin = FSIN.exec(folded.slice(from));
  if (!fsin) return folded.length;
  let pos = from + fsin.index;
  const body = BODY_END.exec(folded.slice(pos));
  if (!body) return folded.length;
  pos += body[0].length;
  for (const joiner of [/^\s+по\s+/, /^\s+и\s+/]) {
    const j = joiner.exec(folded.slice(pos));
    if (!j) break;
    const region = findRegion(folded.slice(pos + j[0].length));
    if (!region || region.start !== 0) return joiner.source.includes('по') ? folded.length : pos;
    pos += j[0].length + region.end;
  }
  const paren = /^\s*[»"]?\s*(?:\([^()]{1,60}\))?\s*[»"]?/.exec(folded.slice(pos));
  if (paren) pos += paren[0].length;
  return pos;
}

/** Finds an institution in a folded piece of text; it runs to the end of the piece. */
export function findInstitution(original: string, folded: string): InstitutionSpan | null {
  let start = -1;
  for (const re of STARTS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      // A bare kind with no number counts only beside an ORG, "при" or the FSIN body
      // ("ЕПКТ ФКУ ИК-1", "ПФРСИ при ФКУ СИЗО-1", "ФКУ ЕПКТ ГУФСИН России").
      const hasNumber = /\d/.test(m[0]);
      const rest = folded.slice(m.index + m[0].length);
      const hasOrg = ORG_START.test(m[0]);
      if (!hasNumber && !hasOrg && !/^\s*(?:при|г?уфсин|фсин|россии|\()/.test(rest) && !ORG_START.test(rest.trimStart())) continue;
      if (start < 0 || m.index < start) start = m.index;
      break;
    }
  }
  if (start < 0) {
    const body = FSIN.exec(folded);
    if (!body) return null;
    start = body.index;
  }
  // An organisational form the list above does not know, in capitals and starting with «Ф»
  // (Федеральное …: "ФКУЧ ИК №38"), is still part of the name as written.
  const orgBefore = ORG_ABBREVIATION_BEFORE.exec(original.slice(0, start));
  if (orgBefore) start -= orgBefore[0].length;
  const end = institutionEnd(folded, start);
  // A closing dot is punctuation unless it ends an abbreviation ("…по Тамбовской обл.").
  const trimmed = collapseSpaces(original.slice(start, end)).replace(/[,;\s]+$/, '');
  const full = ABBREVIATION_END.test(trimmed) ? trimmed : trimmed.replace(/[,;.\s]+$/, '');
  return { start, end, full, short: shortInstitution(full) };
}

/**
 * Brackets that only repeat the unit in other words ("СИЗО-1 (следственный изолятор № 1)",
 * "«Исправительная колония № 2» (ИК-2)") say nothing new; brackets naming a part ("ИК-6 (ЕПКТ)") stay.
 */
function dropRepeatedUnit(s: string): string {
  const units = (text: string): string[] => text.toLowerCase().match(/[а-яё]+-\d+(?:\/\d+)?/g) ?? [];
  return s.replace(/\s*\(([^()]*)\)/g, (bracket: string, inner: string) => {
    const repeated = units(inner);
    const outside = units(s.replace(bracket, ' '));
    const onlyUnits = inner.replace(/[а-яё]+-\d+(?:\/\d+)?/gi, '').trim() === '';
    return onlyUnits && repeated.length > 0 && repeated.every((u) => outside.includes(u)) ? '' : bracket;
  });
}

/** "ФКУ СИЗО № 4 ГУФСИН России по ..." → "СИЗО-4" (the form people search for, DOMAIN.md §3). */
export function shortInstitution(full: string): string {
  let s = full;
  const body = FSIN.exec(s.toLowerCase().replace(/ё/g, 'е'));
  if (body && body.index > 0) s = s.slice(0, body.index);
  for (const [re, abbr] of LONG_KINDS) s = s.replace(new RegExp(re.source, 'gi'), abbr);
  s = s
    .replace(ORG_WORD, '$1')
    .replace(new RegExp(`^\\s*${ORG_ABBREVIATION.source}`, 'u'), '')
    .replace(/[«»"]/g, '')
    .replace(/([А-Яа-яЁё])\s*(?:№|N|No\.?)\s*(\d)/g, '$1-$2')
    .replace(/([А-Яа-яЁё])\s*[-–—]\s*(\d)/g, '$1-$2')
    .replace(/(^|\s)([А-Яа-яЁё]{1,6})\s+(\d)/g, (_m, pre: string, kind: string, d: string) => `${pre}${kind}-${d}`);
  s = dropRepeatedUnit(collapseSpaces(s).replace(/[,;.\s]+$/, ''));
  // A registered name may end with its town ("Исправительная колония № 10 г. Екатеринбурга"); the
  // town is in the address already and is not part of the unit's short form.
  s = s.replace(/(?<=[а-яё]-\d+(?:\/\d+)?)\s+(?:г\.|гор\.|города)\s*[А-ЯЁ][А-Яа-яЁё-]*$/iu, '');
  // An ОИК (ОУХД) is the association a colony belongs to ("ФКУ ИК-10 ОИК-11", "ФКУ ИК-25 ОИК-1 ОУХД"),
  // ЛПУ the generic kind of a numbered hospital ("ФКУ «ЛПУ КБ-11»"): the numbered unit is the address.
  const withoutAssociation = collapseSpaces(s.replace(ASSOCIATION, ' '));
  if (withoutAssociation !== s && /[а-яё]-\d/i.test(withoutAssociation)) s = withoutAssociation;
  return s.replace(/^([а-яё]+)(?=-\d|\s|$)/i, (k) => (ABBREVIATIONS.has(k.toLowerCase()) ? k.toUpperCase() : k));
}
