import { describe, expect, it } from 'vitest';
import { siteInterface } from '../../src/i18n/index.ts';
import {
  formatLongDate,
  longDateStyle,
  parseCalendarDate,
  startOfUtcDay,
  toIsoDate,
} from '../../src/lib/calendarDate.ts';

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

describe('long dates in the site’s language', () => {
  it('writes every day of a year as Intl does, from month names and an order worked out once', () => {
    for (const locale of ['en-GB', 'fr-FR', 'de-DE', 'en-US']) {
      const style = longDateStyle(locale);
      const intl = siteInterface(locale).formatDate;
      const wrong: string[] = [];
      for (let day = 0; day < 366; day++) {
        const date = new Date(Date.UTC(2024, 0, 1 + day));
        if (formatLongDate(date, style) !== intl(date)) wrong.push(`${formatLongDate(date, style)} ≠ ${intl(date)}`);
      }
      expect(wrong).toEqual([]);
    }
    expect(formatLongDate(new Date(Date.UTC(2025, 6, 2)), longDateStyle('de-DE'))).toBe('2. Juli 2025');
  });
});
