import { declineFirstName } from './first-name.ts';
import { isInitial } from './split.ts';
import type { Gender, GrammaticalCase } from './types.ts';

/** Turkic patronymics: the father's name plus оглы/улы (son) or кызы/гызы (daughter). */
const TURKIC_MALE = /\s(оглы|оглу|улы|уулу|угли|ули)$/u;
const TURKIC_FEMALE = /\s(кызы|гызы|кизи|гизи|кыз)$/u;

/**
 * A patronymic, lower-case. -ович/-евич/-ич decline like masculine nouns, -овна/-евна/-ична
 * like -а nouns; a Turkic patronymic with оглы/кызы stays as it is
 * (Мамедову Ильхаму Гейдар оглы).
 */
export function declinePatronymic(patronymic: string, grammaticalCase: GrammaticalCase, gender: Gender): string {
  if (isInitial(patronymic) || /\s/u.test(patronymic)) return patronymic;
  if (patronymic.endsWith('ич')) return patronymic + (grammaticalCase === 'dative' ? 'у' : 'а');
  if (patronymic.endsWith('на')) return patronymic.slice(0, -1) + (grammaticalCase === 'dative' ? 'е' : 'ы');
  return declineFirstName(patronymic, grammaticalCase, gender);
}

export function patronymicGender(patronymic: string): Gender | null {
  const p = patronymic.toLowerCase().trim();
  if (TURKIC_MALE.test(p) || /(ич|оглы|оглу|улы|уулу|угли)$/u.test(p)) return 'm';
  if (TURKIC_FEMALE.test(p) || /(вна|чна|кызы|гызы|кизи)$/u.test(p)) return 'f';
  return null;
}
