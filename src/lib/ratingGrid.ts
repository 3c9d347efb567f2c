/**
 * Every brief placed by its ratings on two dimensions of the Bias Meter, for the dot plot on
 * /insights/: one cell per pair of ratings, best to worst along each axis, holding the briefs
 * that got that pair. Ordinal scales have no in-between positions, so briefs sharing a pair share
 * a cell rather than being jittered to fake ones.
 */
import { ratingLabel, type Scale } from './scores.ts';

type DimensionInfo = Scale & { id: string; label: string };

/** What the grid reads from a brief. */
export interface GridBrief {
  id: string;
  data: { title: string; biasMeter: { dimensions: readonly { dimension: string; rating: string }[] } };
}

/** A brief in the grid with both ratings, as the data table lists it. */
export interface GridPoint {
  id: string;
  title: string;
  /** Positions on the two scales, 0 for the best. */
  x: number;
  y: number;
  xRating: string;
  yRating: string;
}

export interface RatingGrid {
  x: { id: string; label: string; ratings: string[] };
  y: { id: string; label: string; ratings: string[] };
  /** `cells[y][x]`: the briefs with the y-th rating on the y axis and the x-th on the x axis. */
  cells: GridPoint[][][];
  /** Every brief shown, in the order given (newest first on the site). */
  points: GridPoint[];
  /** How many briefs were given; more than `points.length` when the limit cut some. */
  total: number;
}

/**
 * The grid of `briefs` (up to `limit` of them, in the order given) by their ratings on `x` and `y`.
 * A brief missing either rating is left out (the content check makes that impossible on the site).
 */
export function ratingGrid(
  briefs: readonly GridBrief[],
  x: DimensionInfo,
  y: DimensionInfo,
  limit = Number.POSITIVE_INFINITY,
): RatingGrid {
  const cells: GridPoint[][][] = y.scale.map(() => x.scale.map((): GridPoint[] => []));
  const points: GridPoint[] = [];
  let total = 0;
  for (const brief of briefs) {
    const rating = (dimension: DimensionInfo): string | undefined =>
      brief.data.biasMeter.dimensions.find((d) => d.dimension === dimension.id)?.rating;
    const [xRating, yRating] = [rating(x), rating(y)];
    const [xi, yi] = [x.scale.indexOf(xRating ?? ''), y.scale.indexOf(yRating ?? '')];
    if (xi < 0 || yi < 0) continue;
    total++;
    if (points.length >= limit) continue;
    const point = {
      id: brief.id,
      title: brief.data.title,
      x: xi,
      y: yi,
      xRating: ratingLabel(xRating!),
      yRating: ratingLabel(yRating!),
    };
    points.push(point);
    cells[yi]![xi]!.push(point);
  }
  const axis = (d: DimensionInfo) => ({ id: d.id, label: d.label, ratings: d.scale.map(ratingLabel) });
  return { x: axis(x), y: axis(y), cells, points, total };
}
