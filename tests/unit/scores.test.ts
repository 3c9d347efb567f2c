import { describe, expect, it } from 'vitest';
import {
  averageScore,
  medianIndex,
  ratingIndex,
  ratingLabel,
  ratingScore,
  tallyRatings,
} from '../../src/lib/scores.ts';

const framing = {
  id: 'geopolitical-framing',
  label: 'Geopolitical Framing',
  scale: ['balanced', 'leaning', 'one-sided', 'partisan'],
};

describe('scores', () => {
  it('scores a rating by its position, 0 best to 1 worst', () => {
    expect(ratingIndex(framing, 'one-sided')).toBe(2);
    expect(ratingScore(framing, 'balanced')).toBe(0);
    expect(ratingScore(framing, 'partisan')).toBe(1);
    expect(ratingScore(framing, 'leaning')).toBeCloseTo(1 / 3);
    expect(ratingScore(framing, 'unknown')).toBeUndefined();
  });

  it('averages and labels', () => {
    expect(averageScore([0, 1, 0.5])).toBe(0.5);
    expect(averageScore([])).toBeUndefined();
    expect(ratingLabel('one-sided')).toBe('One-sided');
  });

  it('tallies ratings across briefs per dimension', () => {
    const rated = (rating: string) => ({
      data: { biasMeter: { dimensions: [{ dimension: 'geopolitical-framing', rating }] } },
    });
    const [tally] = tallyRatings([rated('balanced'), rated('partisan'), rated('balanced')], [framing]);
    expect(tally?.counts).toEqual([
      { rating: 'balanced', count: 2 },
      { rating: 'leaning', count: 0 },
      { rating: 'one-sided', count: 0 },
      { rating: 'partisan', count: 1 },
    ]);
    expect(tally?.average).toBeCloseTo(1 / 3);
  });

  it('finds the middle rating of a tally, the better of two when the count is even', () => {
    const counts = (...n: number[]) => n.map((count) => ({ count }));
    expect(medianIndex(counts(0, 3, 0, 0))).toBe(1);
    expect(medianIndex(counts(1, 0, 0, 2))).toBe(3);
    expect(medianIndex(counts(1, 0, 0, 1))).toBe(0);
    expect(medianIndex(counts(2, 1, 1, 1, 0))).toBe(1);
    expect(medianIndex(counts(0, 0, 0))).toBeUndefined();
    expect(medianIndex([])).toBeUndefined();
  });
});
