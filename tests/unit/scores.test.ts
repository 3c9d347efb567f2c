import { describe, expect, it } from 'vitest';
import { averageScore, ratingIndex, ratingLabel, ratingScore, tallyRatings } from '../../src/lib/scores.ts';

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
});
