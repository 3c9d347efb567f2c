import { startOfUtcDay } from './calendarDate.ts';

/** The fields that decide whether a brief is public. */
export interface Publishable {
  draft: boolean;
  date: Date;
}

/**
 * The one rule for what readers may see, used by pages, feeds, sitemap and search alike: not a
 * draft, and dated no later than the day of the build (UTC).
 */
export function isPublished(brief: Publishable, now: Date): boolean {
  return !brief.draft && brief.date <= startOfUtcDay(now);
}

/** The build's clock: `ASSAY_NOW` (an ISO date) pins it for reproducible tests. */
export function buildTime(env: Record<string, string | undefined>): Date {
  const pinned = env['ASSAY_NOW'];
  const now = pinned ? new Date(pinned) : new Date();
  if (Number.isNaN(now.getTime()))
    throw new Error(`ASSAY_NOW: expected an ISO date such as 2026-01-31; found ${JSON.stringify(pinned)}`);
  return now;
}

/** Newest first; ties broken by slug so the order is stable between builds. */
export function byNewest<T extends { id: string; data: { date: Date } }>(a: T, b: T): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}
