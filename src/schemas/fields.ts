import { z } from 'astro/zod';
import { parseCalendarDate, toIsoDate } from '../lib/calendarDate.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';

/**
 * A rating word of a Bias Meter scale: lower-case words joined by hyphens, in any alphabet, since
 * readers see it as written (`moderate`, `one-sided`, French `penchée`). Search puts it in addresses
 * encoded, so it need not be ASCII.
 */
export const ratingWord = z
  .string({ error: 'expected a rating word, such as moderate or one-sided' })
  .regex(/^[\p{Ll}\p{Lo}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Nd}]+)*$/u, {
    error: 'expected lower-case words joined by hyphens, such as moderate or one-sided',
  });

/** Text that must contain something other than white space. */
export const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected non-empty text' });

/** A lowercase slug: letters, digits and single hyphens, e.g. `rare-earths`. */
export const slug = z
  .string({ error: 'expected lowercase words joined by hyphens, such as rare-earths' })
  .regex(SLUG_PATTERN, {
    error: 'expected lowercase letters, digits and hyphens only, such as rare-earths',
  });

/**
 * A real calendar date. Written `YYYY-MM-DD`; YAML parsers that already turned it into a Date are
 * accepted as is (the content check reads the raw text first, so `2025-02-30` never gets here).
 */
export const calendarDate = z
  .union([z.string(), z.date()], { error: 'expected a date as YYYY-MM-DD' })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'expected a real calendar date as YYYY-MM-DD' });
        return z.NEVER;
      }
      return new Date(`${toIsoDate(value)}T00:00:00Z`);
    }
    const date = parseCalendarDate(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: 'expected a real calendar date as YYYY-MM-DD' });
      return z.NEVER;
    }
    return date;
  });

/** Schemes a reader can safely follow. Anything else (javascript:, data:, file:) is refused. */
export const SAFE_SCHEMES = ['http:', 'https:'] as const;

/** Returns true when `value` is an absolute http(s) URL. */
export function isHttpUrl(value: string): boolean {
  try {
    return (SAFE_SCHEMES as readonly string[]).includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** An absolute http(s) URL. */
export const httpUrl = z
  .string({ error: 'expected an http(s) URL' })
  .trim()
  .refine(isHttpUrl, { error: 'expected an absolute http:// or https:// URL' })
  // Written as the URL standard serialises it, so characters such as < > or spaces arrive
  // percent-encoded and every href is a valid URL (the W3C checker refuses raw ones).
  .transform((value) => new URL(value).href);
