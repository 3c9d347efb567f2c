/**
 * Calendar dates (YYYY-MM-DD) without a time of day. They are parsed and printed in UTC so that no
 * reader, whatever their time zone, sees the day before.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses `YYYY-MM-DD` into a Date at UTC midnight, or returns undefined when the text is not a
 * real calendar date (`2025-02-30` is rejected, not rolled over to 2 March).
 */
export function parseCalendarDate(text: string): Date | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const roundTrips = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return roundTrips ? date : undefined;
}

/** Formats a date as `YYYY-MM-DD` (UTC). */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How a language writes a long date: its month names and the order of `{day}`, `{month}` and `{year}`. */
export interface DateStyle {
  months: readonly string[];
  /** E.g. `{day} {month} {year}` in British English, `{day}. {month} {year}` in German. */
  pattern: string;
}

/** British English, as dates were written before sites had a language. */
export const ENGLISH_DATES: DateStyle = { months: MONTHS, pattern: '{day} {month} {year}' };

/**
 * The long date style of `locale`, asked of `Intl` once (at build time: the browser gets the result
 * as data, so it never calls `Intl`, see src/lib/charts/format.ts).
 */
export function longDateStyle(locale: string): DateStyle {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const months = MONTHS.map(
    (_, month) =>
      format.formatToParts(new Date(Date.UTC(2000, month, 15))).find((part) => part.type === 'month')?.value ?? '',
  );
  const pattern = format
    .formatToParts(new Date(Date.UTC(2000, 6, 15)))
    .map((part) =>
      part.type === 'day' || part.type === 'month' || part.type === 'year' ? `{${part.type}}` : part.value,
    )
    .join('');
  return { months, pattern };
}

/**
 * Formats a date for readers in `style`, e.g. `2 July 2025` (UTC); written out by hand, as Intl is
 * slow per call and the browser never calls it.
 */
export function formatLongDate(date: Date, style: DateStyle = ENGLISH_DATES): string {
  const parts: Record<string, string> = {
    day: String(date.getUTCDate()),
    month: style.months[date.getUTCMonth()] ?? '',
    year: String(date.getUTCFullYear()),
  };
  return style.pattern.replace(/\{(day|month|year)\}/g, (_, name: string) => parts[name] ?? '');
}

/** The calendar day (UTC midnight) that contains `instant`. */
export function startOfUtcDay(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}
