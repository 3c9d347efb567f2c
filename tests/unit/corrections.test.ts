import { describe, expect, it } from 'vitest';
import {
  amendmentAnchor,
  amendmentMarks,
  amendmentsOf,
  earlierRating,
  isAmended,
  lastModified,
  siteAmendments,
  type Amendable,
} from '../../src/lib/corrections.ts';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const brief: Amendable = {
  date: day('2025-07-02'),
  updated: undefined,
  corrections: [
    { date: day('2025-07-12'), text: 'First' },
    { date: day('2025-08-01'), text: 'Second' },
  ],
  ratingChanges: [
    { date: day('2025-07-20'), dimension: 'source-bias', from: 'severe', to: 'high', reason: 'R1' },
    { date: day('2025-08-01'), dimension: 'source-bias', from: 'high', to: 'moderate', reason: 'R2' },
  ],
};

describe('amendmentsOf', () => {
  it('lists corrections and rating changes newest first, a rating change before a correction of the same day', () => {
    expect(amendmentsOf(brief).map((a) => `${a.kind}:${a.index}`)).toEqual([
      'rating-change:1',
      'correction:1',
      'rating-change:0',
      'correction:0',
    ]);
  });
});

describe('lastModified', () => {
  it('is the latest change when updated is absent or older, and updated when it is later', () => {
    expect(lastModified(brief)).toEqual(day('2025-08-01'));
    expect(lastModified({ ...brief, updated: day('2025-07-15') })).toEqual(day('2025-08-01'));
    expect(lastModified({ ...brief, updated: day('2025-09-01') })).toEqual(day('2025-09-01'));
    expect(lastModified({ ...brief, corrections: [], ratingChanges: [] })).toBeUndefined();
  });
});

describe('amendmentMarks', () => {
  it('gives the newest date of each kind', () => {
    expect(amendmentMarks({ ...brief, ratingChanges: brief.ratingChanges.slice(0, 1) })).toEqual([
      { kind: 'correction', date: day('2025-08-01') },
      { kind: 'rating-change', date: day('2025-07-20') },
    ]);
    expect(amendmentMarks({ ...brief, corrections: [], ratingChanges: [] })).toEqual([]);
  });
});

describe('earlierRating', () => {
  it("gives a changed dimension's rating before its latest change and the date of that change", () => {
    expect(earlierRating(brief, 'source-bias')).toEqual({ from: 'high', date: day('2025-08-01') });
    expect(earlierRating(brief, 'omissions')).toBeUndefined();
  });
});

describe('siteAmendments', () => {
  it('merges every brief newest first, naming each brief', () => {
    const a = { id: 'a', data: brief };
    const b = { id: 'b', data: { ...brief, corrections: [{ date: day('2025-07-25'), text: 'B' }], ratingChanges: [] } };
    const all = siteAmendments([a, b]);
    expect(all.map((e) => `${e.brief.id}:${amendmentAnchor(e.amendment)}`)).toEqual([
      'a:rating-change-2',
      'a:correction-2',
      'b:correction-1',
      'a:rating-change-1',
      'a:correction-1',
    ]);
  });
});

describe('isAmended', () => {
  it('tells corrected or re-rated briefs apart, and counts by UTC month', () => {
    expect(isAmended(brief)).toBe(true);
    expect(isAmended({ ...brief, corrections: [], ratingChanges: [] })).toBe(false);
  });
});
