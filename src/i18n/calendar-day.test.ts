import { describe, expect, it } from 'vitest';
import { calendarDayFormat } from './calendar-day';

describe('calendarDayFormat', () => {
  // The test runner's own time zone must not matter: a stored day is the same day everywhere.
  it.each([
    ['ru', '2026-03-17', '17 марта 2026 г.'],
    ['en', '2026-03-17', '17 March 2026'],
    ['en', '2026-01-01', '1 January 2026'],
    [undefined, '2025-12-31', '31 December 2025'],
  ])('%s formats %s as %s', (language, day, expected) => {
    expect(calendarDayFormat(language).format(new Date(day))).toBe(expected);
  });
});
