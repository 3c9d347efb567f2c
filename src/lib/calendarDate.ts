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

/** Formats a date for readers, e.g. `2 July 2025` (UTC); written out by hand, as Intl is slow per call. */
export function formatLongDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The calendar day (UTC midnight) that contains `instant`. */
export function startOfUtcDay(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}
