import { describe, expect, it } from 'vitest';
import { buildTime, byNewest, isPublished, publicationStatus } from '../../src/lib/published.ts';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe('isPublished', () => {
  const now = new Date('2026-06-01T08:00:00Z');
  it('publishes briefs dated today or earlier', () => {
    expect(isPublished({ draft: false, date: day('2026-06-01') }, now)).toBe(true);
    expect(isPublished({ draft: false, date: day('2020-01-01') }, now)).toBe(true);
  });
  it('holds back drafts and briefs dated after today', () => {
    expect(isPublished({ draft: true, date: day('2020-01-01') }, now)).toBe(false);
    expect(isPublished({ draft: false, date: day('2026-06-02') }, now)).toBe(false);
  });
});

describe('publicationStatus', () => {
  const now = new Date('2026-06-01T08:00:00Z');
  it('names a finished brief dated after today as scheduled for its date', () => {
    expect(publicationStatus({ draft: false, date: day('2026-06-02') }, now)).toEqual({
      kind: 'scheduled',
      date: day('2026-06-02'),
    });
  });
  it('keeps a draft a draft whatever its date, and a brief dated today published', () => {
    expect(publicationStatus({ draft: true, date: day('2030-01-01') }, now)).toEqual({ kind: 'draft' });
    expect(publicationStatus({ draft: true, date: day('2020-01-01') }, now)).toEqual({ kind: 'draft' });
    expect(publicationStatus({ draft: false, date: day('2026-06-01') }, now)).toEqual({ kind: 'published' });
  });
});

describe('buildTime', () => {
  it('uses the pinned clock when there is one, else the real one', () => {
    expect(buildTime(new Date('2026-01-31')).toISOString()).toBe('2026-01-31T00:00:00.000Z');
    const before = Date.now();
    const now = buildTime(undefined).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});

describe('byNewest', () => {
  it('orders newest first with a stable tie-break', () => {
    const items = [
      { id: 'b', data: { date: day('2025-01-01') } },
      { id: 'c', data: { date: day('2026-01-01') } },
      { id: 'a', data: { date: day('2025-01-01') } },
    ];
    expect(items.sort(byNewest).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});
