import lists from '../../data/names/first-names.json';
import rules from '../../data/names/surname-rules.json';
import { applyCasePattern } from './case-pattern.ts';
import { compoundCandidates, PREFERRED_FLEETING } from './candidates.ts';
import { syllables } from './endings.ts';
import { declineFirstName, listedGender } from './first-name.ts';
import { detectGender } from './gender.ts';
import { declinePatronymic, patronymicGender } from './patronymic.ts';
import { isInitial } from './split.ts';
import { declineSurname, surnameGender } from './surname.ts';
import type { FullName, Gender, GrammaticalCase } from './types.ts';

const FLEETING = new Set(Object.keys(lists.fleetingVowel));

type Decliner = (lower: string, grammaticalCase: GrammaticalCase, gender: Gender) => string;
type Scorer = (candidate: string, dative: string, gender: Gender) => number;
interface Pick { value: string | null; score: number }

/** How many hyphen or space separated parts a candidate leaves as they were in the dative. */
function unchangedParts(candidate: string, dative: string): number {
  const a = candidate.split(/[- ]/u);
  const b = dative.split(/[- ]/u);
  return a.filter((part, i) => part === b[i]).length;
}

/** Endings of surnames that never decline, so a dative in them is most likely the nominative too. */
const INDECLINABLE_SUFFIX = /(дзе|заде|швили|енко|ко|ых|их|ели|ани|ури|иа|уа|ье)$/u;
/**
 * Rarer nominative shapes that compete with commoner ones for the same dative: -кой beside -кий
 * (Римскому ← Римский, Гладкому ← Гладкий), and stressed -ой beside -ый outside the -овой
 * type (Лысому ← Лысый, but Луговому ← Луговой).
 */
const RARE_SHAPE = /[^в]ой$/u;
const RARE_SHAPE_PENALTY = 0.5;
const STRESSED_OI = new Set(rules.stressedOi);

const surnameScore: Scorer = (c, dative, g) => {
  const shown = surnameGender(c);
  const parts = c.split(/[- ]/u);
  let score = -unchangedParts(c, dative) + (shown === g ? 1 : shown ? -3 : 0);
  for (const [i, part] of dative.split(/[- ]/u).entries()) {
    if (INDECLINABLE_SUFFIX.test(part) && parts[i] === part) score += 2;
    if (RARE_SHAPE.test(parts[i] ?? '') && !STRESSED_OI.has(parts[i] ?? '')) score -= RARE_SHAPE_PENALTY;
  }
  return score;
};

function firstPartScore(part: string, dativePart: string, g: Gender): number {
  let score = part === dativePart ? -1 : 0;
  const listed = listedGender(part);
  if (listed === g || FLEETING.has(part)) score += 3;
  else if (listed) score += 1;
  if (PREFERRED_FLEETING.has(part)) score += 1;
  if (syllables(part) === 0) score -= 3;
  // Unknown names: -а is far commoner than -я after a hard consonant (Никите ← Никита).
  if (/[^ьи]а$/u.test(part)) score += 0.1;
  return score;
}

const firstScore: Scorer = (c, dative, g) => {
  const datives = dative.split(/[- ]/u);
  return c.split(/[- ]/u).reduce((sum, part, i) => sum + firstPartScore(part, datives[i] ?? '', g), 0);
};

// A patronymic that shows no gender (neither -ич/-на nor оглы/кызы) is an unlikely reading.
const patronymicScore: Scorer = (c, dative, g) => {
  const shown = patronymicGender(c);
  return (c === dative && !/\s/u.test(c) ? -1 : 0) + (shown === g ? 2 : shown ? -5 : -2);
};

/** The best nominative of one part for one gender, or null when none declines back to the input. */
function pickPart(
  text: string | null,
  decline: Decliner,
  score: Scorer,
  g: Gender,
  fallback: number | null = null,
  alternative: Decliner | null = null,
): Pick | null {
  if (!text) return { value: text, score: 0 };
  const trimmed = text.trim();
  if (isInitial(trimmed)) return { value: trimmed, score: 0 };
  const dative = trimmed.toLowerCase();
  let best: Pick | null = null;
  for (const candidate of compoundCandidates(dative)) {
    const alternativeFits = alternative !== null && alternative(candidate, 'dative', g) === dative;
    if (decline(candidate, 'dative', g) !== dative && !alternativeFits) continue;
    const s = score(candidate, dative, g);
    if (!best || s > best.score) best = { value: candidate, score: s };
  }
  if (!best && fallback !== null) return { value: trimmed, score: fallback };
  return best && { value: applyCasePattern(trimmed, best.value ?? ''), score: best.score };
}

/**
 * Writers often leave a surname undeclined where it should change ("Ким Сергею" for a man):
 * such a surname is kept as written, at a cost that any regular reading outweighs.
 */
const UNDECLINED_SURNAME_SCORE = -5;

/**
 * The common-noun declension of -ец with its vowel dropped (Кравец → Кравцу, Стрелец → Стрельцу),
 * which many writers use although our own rule keeps the vowel (DOMAIN.md §4); it is only
 * accepted when reading a dative back, never produced.
 */
const declineDroppingEc: Decliner = (lower, grammaticalCase, gender) => {
  const m = /([бвгдзклмнпрстфхчшщ])ец$/u.exec(lower);
  if (!m || gender !== 'm') return '';
  const stem = lower.slice(0, -2).replace(/л$/u, 'ль');
  return `${stem}ц${grammaticalCase === 'dative' ? 'у' : 'а'}`;
};

/**
 * Some writers decline every part of a compound first name ("Эмиру-Усеину" for Эмир-Усеин, where
 * our own rule gives "Эмир-Усеину"); either spelling of the dative leads back to the same name.
 */
const declineEveryPart: Decliner = (lower, grammaticalCase, gender) =>
  lower.includes('-') ? lower.split('-').map((part) => declineFirstName(part, grammaticalCase, gender)).join('-') : '';

/**
 * Recovers the nominative from a name written in the dative (as in published addresses):
 * for each gender, every candidate nominative of each part is declined forward and kept only
 * if it gives the input back; the most plausible consistent reading wins (known first names,
 * a surname ending that agrees with the gender, a patronymic of that gender).
 */
export function nominativeFromDative(name: FullName, gender?: Gender | null): { name: FullName; gender: Gender | null } {
  let best: { name: FullName; gender: Gender; score: number } | null = null;
  // Both genders are tried; a hint only weighs in, since the patronymic may contradict it.
  for (const g of ['m', 'f'] as const) {
    const surname = pickPart(name.surname, declineSurname, surnameScore, g, UNDECLINED_SURNAME_SCORE, declineDroppingEc);
    const first = pickPart(name.first, declineFirstName, firstScore, g, null, declineEveryPart);
    const patronymic = pickPart(name.patronymic, declinePatronymic, patronymicScore, g);
    if (!surname || !first || !patronymic) continue;
    const nominative: FullName = { surname: surname.value ?? '', first: first.value, patronymic: patronymic.value };
    if (detectGender(nominative, g) !== g) continue;
    const score = surname.score + first.score + patronymic.score + (g === gender ? 2 : 0);
    if (!best || score > best.score) best = { name: nominative, gender: g, score };
  }
  return best ? { name: best.name, gender: best.gender } : { name, gender: gender ?? null };
}
