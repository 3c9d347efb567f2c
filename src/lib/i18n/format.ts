/**
 * Dates and numbers in the site's language, worked out at build time. `Intl` is asked once per
 * language for its month names and separators; each date or number is then written by hand, as
 * calling `Intl` per value is slow at thousands of briefs and the browser never calls it at all
 * (its first number format costs 290-340 ms on a phone-speed CPU, docs/performance.md).
 */

/** How numbers are written in a language: what separates thousands and what marks the decimals. */
export interface NumberStyle {
  group: string;
  decimal: string;
}

/** The separators `Intl` uses for `language`, e.g. `,` and `.` in English, a narrow space and `,` in French. */
export function numberStyle(language: string): NumberStyle {
  const parts = new Intl.NumberFormat(language).formatToParts(1234567.5);
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}

/**
 * A long calendar date in `language` (`2 July 2025`, `2 juillet 2025`, `2. Juli 2025`), printed in UTC
 * so no reader sees the day before. Formats through `Intl` once per day and keeps the result.
 */
export function longDateFormatter(language: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const known = new Map<number, string>();
  return (date) => {
    const time = date.getTime();
    let text = known.get(time);
    if (text === undefined) known.set(time, (text = format.format(date)));
    return text;
  };
}

/** A month and its year, short, in `language` (`Mar 2026`, `mars 2026`, `März 2026`), in UTC: chart labels. */
export function shortMonthFormatter(language: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return (date) => format.format(date);
}
