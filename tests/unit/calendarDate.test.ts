import { describe, expect, it } from 'vitest';
import { formatLongDate, parseCalendarDate, startOfUtcDay, toIsoDate } from '../../src/lib/calendarDate.ts';

describe('calendar dates', () => {
  it('parses real dates at UTC midnight', () => {
    expect(parseCalendarDate('2025-06-24')?.toISOString()).toBe('2025-06-24T00:00:00.000Z');
    expect(parseCalendarDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('rejects impossible or malformed dates instead of rolling them over', () => {
    for (const text of [
      '2025-02-30',
      '2023-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-6-24',
      '24/06/2025',
      '2025-06-24T10:00',
      '',
    ]) {
      expect(parseCalendarDate(text), text).toBeUndefined();
    }
  });

  it('prints the same day in every time zone', () => {
    const date = parseCalendarDate('2025-01-01')!;
    expect(toIsoDate(date)).toBe('2025-01-01');
    expect(formatLongDate(date)).toBe('1 January 2025');
  });

  it('finds the UTC day of an instant', () => {
    expect(startOfUtcDay(new Date('2026-03-05T23:59:00Z')).toISOString()).toBe('2026-03-05T00:00:00.000Z');
  });
});
