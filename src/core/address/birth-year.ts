/**
 * Birth year as projects write it after a prisoner's name: "1974 г. р.", "(1974 г.р.)",
 * "1974 года рождения", "г.р. 1974", "д.р. 12.03.1980" (the year is what the post needs).
 */
const YEAR = '((?:19|20)\\d{2})';
const DATE = '(?:\\d{1,2}\\.\\d{1,2}\\.\\s*)?';
const PATTERNS: RegExp[] = [
  new RegExp(`\\(?\\s*${DATE}${YEAR}\\s*(?:г\\.?\\s*р\\.?|г\\.?\\s*рожд\\.?|года?\\s+рождения|гр\\.?)(?![а-яё])\\s*\\)?`, 'i'),
  new RegExp(`\\(?\\s*(?:г\\.?\\s*р\\.?|год\\s+рождения|д\\.?\\s*р\\.?|дата\\s+рождения|род\\.?|р\\.)\\s*:?\\s*${DATE}${YEAR}(?:\\s*г\\.?)?(?![\\dа-яё])\\s*\\)?`, 'i'),
  new RegExp(`\\(\\s*${DATE}${YEAR}\\s*(?:г\\.)?\\s*\\)`),
  new RegExp(`(?<![\\d.])${DATE}${YEAR}\\s*(?:г\\.|года)(?!\\s*[А-ЯЁа-яё\\d])`),
];

export interface BirthYearMatch {
  year: number;
  start: number;
  end: number;
}

export function findBirthYear(text: string): BirthYearMatch | null {
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (m?.[1]) return { year: Number(m[1]), start: m.index, end: m.index + m[0].length };
  }
  return null;
}
