/** Numeric scores from Bias Meter ratings: a rating's position on its ordered scale. */

export interface Scale {
  scale: readonly string[];
}

/** Position of `rating` on the scale, 0 for the best; -1 when it is not on the scale. */
export function ratingIndex(dimension: Scale, rating: string): number {
  return dimension.scale.indexOf(rating);
}

/**
 * A score from 0 (best end of the scale) to 1 (worst end), so dimensions with scales of different
 * lengths compare. Undefined when the rating is not on the scale.
 */
export function ratingScore(dimension: Scale, rating: string): number | undefined {
  const index = ratingIndex(dimension, rating);
  if (index < 0) return undefined;
  return index / (dimension.scale.length - 1);
}

/** The average of the scores given, or undefined for none. */
export function averageScore(scores: readonly number[]): number | undefined {
  return scores.length === 0 ? undefined : scores.reduce((sum, s) => sum + s, 0) / scores.length;
}

/** A rating written for readers: `one-sided` → `One-sided`. */
export function ratingLabel(rating: string): string {
  return rating.charAt(0).toUpperCase() + rating.slice(1);
}

export interface RatingTally {
  id: string;
  label: string;
  /** How many briefs gave each rating, in scale order. */
  counts: { rating: string; count: number }[];
  /** Mean score from 0 (best) to 1 (worst) over the briefs that rated it. */
  average: number | undefined;
}

interface Rated {
  data: { biasMeter: { dimensions: { dimension: string; rating: string }[] } };
}

/** For each dimension, how often each rating was given across `briefs`, and the mean score. */
export function tallyRatings(
  briefs: readonly Rated[],
  dimensions: readonly (Scale & { id: string; label: string })[],
): RatingTally[] {
  return dimensions.map((dimension) => {
    const given = briefs.flatMap((brief) =>
      brief.data.biasMeter.dimensions.filter((d) => d.dimension === dimension.id).map((d) => d.rating),
    );
    return {
      id: dimension.id,
      label: dimension.label,
      counts: dimension.scale.map((rating) => ({ rating, count: given.filter((g) => g === rating).length })),
      average: averageScore(
        given.map((rating) => ratingScore(dimension, rating)).filter((s): s is number => s !== undefined),
      ),
    };
  });
}

/**
 * The middle rating of a tally, as a position on the scale (0 best): half the ratings given are at
 * least this good and half at most. With an even number it is the better of the two middle ones.
 * Undefined when nothing was rated. An ordinal scale has no mean, so this is its typical value.
 */
export function medianIndex(counts: readonly { count: number }[]): number | undefined {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) return undefined;
  const middle = Math.ceil(total / 2);
  let seen = 0;
  for (const [index, c] of counts.entries()) {
    seen += c.count;
    if (seen >= middle) return index;
  }
  return undefined;
}
