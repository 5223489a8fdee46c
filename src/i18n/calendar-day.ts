/**
 * Konvert stores calendar days as "YYYY-MM-DD" (when a letter was sent, when an address was
 * checked). `new Date("2026-03-17")` is midnight UTC, so formatting it in the writer's own time
 * zone shows the day before anywhere west of UTC. These days are formatted in UTC instead, and
 * English uses British order (17 March 2026), as the printed letter does.
 */
export function calendarDayFormat(language: string | undefined): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language === 'ru' ? 'ru' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
