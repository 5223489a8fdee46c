import { describe, expect, it } from 'vitest';
import { formatRussianDate, toCalendarDay } from './russian-date.ts';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatRussianDate', () => {
  it.each([
    ['2026-11-25', '25 ноября 2026 г.'],
    ['2026-01-01', '1 января 2026 г.'],
    ['2025-02-28', '28 февраля 2025 г.'],
    ['2024-03-08', '8 марта 2024 г.'],
    ['2023-05-09', '9 мая 2023 г.'],
    ['2023-06-12', '12 июня 2023 г.'],
    ['2023-08-31', '31 августа 2023 г.'],
    ['2023-12-31', '31 декабря 2023 г.'],
  ])('writes %s as «%s»', (iso, expected) => {
    expect(plain(formatRussianDate(iso))).toBe(expected);
  });

  it('keeps the date on one line with non-breaking spaces', () => {
    expect(formatRussianDate('2026-11-25')).not.toMatch(/ /);
  });

  it('reads a Date in local time', () => {
    expect(plain(formatRussianDate(new Date(2026, 9, 3)))).toBe('3 октября 2026 г.');
  });

  it.each(['25.11.2026', '2026-13-01', 'вчера'])('rejects %s', (bad) => {
    expect(() => toCalendarDay(bad)).toThrow(RangeError);
  });
});
