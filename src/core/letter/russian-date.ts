// Genitive month names: Russian dates read "25 ноября", never "25 ноябрь".
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

const NBSP = '\u00a0';

/** Accepts a Date or an ISO day string; ISO strings are read as calendar days (no time zone shift). */
export function toCalendarDay(date: string | Date): { year: number; month: number; day: number } {
  if (typeof date === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
    if (!m) throw new RangeError(`Not an ISO date: ${date}`);
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) throw new RangeError(`Not an ISO date: ${date}`);
    return { year, month, day };
  }
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/**
 * "25 ноября 2026 г." — the form of Russian business and personal letters
 * (ГОСТ Р 7.0.97-2016 allows it alongside 25.11.2026). Non-breaking spaces
 * keep the date on one line.
 */
export function formatRussianDate(date: string | Date): string {
  const { year, month, day } = toCalendarDay(date);
  return `${day}${NBSP}${MONTHS[month - 1] ?? ''}${NBSP}${year}${NBSP}г.`;
}
