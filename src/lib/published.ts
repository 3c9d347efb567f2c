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

/** Where a brief stands for readers: out, still a draft, or waiting for its date. */
export type PublicationStatus = { kind: 'published' } | { kind: 'draft' } | { kind: 'scheduled'; date: Date };

/**
 * Why a brief is or is not public, for the editor preview: a draft is a draft whatever its date
 * (setting `draft: false` is still needed), and only a finished brief dated after today is
 * scheduled, to appear with the first build on or after its date.
 */
export function publicationStatus(brief: Publishable, now: Date): PublicationStatus {
  if (brief.draft) return { kind: 'draft' };
  return isPublished(brief, now) ? { kind: 'published' } : { kind: 'scheduled', date: brief.date };
}

/** The build's clock: the real one, unless `pinned` (ASSAY_NOW, read by src/env.ts) fixes it for reproducible tests. */
export function buildTime(pinned: Date | undefined): Date {
  return pinned ?? new Date();
}

/** Newest first; ties broken by slug so the order is stable between builds. */
export function byNewest<T extends { id: string; data: { date: Date } }>(a: T, b: T): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}
