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

/** The build's clock: the real one, unless `pinned` (ASSAY_NOW, read by src/env.ts) fixes it for reproducible tests. */
export function buildTime(pinned: Date | undefined): Date {
  return pinned ?? new Date();
}

/** Newest first; ties broken by slug so the order is stable between builds. */
export function byNewest<T extends { id: string; data: { date: Date } }>(a: T, b: T): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}
