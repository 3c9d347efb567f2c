/**
 * One rating matched against its own dimension's scale. A rating that differs from a scale word
 * only in case or spacing (`Leaning`, `one sided`) is an error, not a warning, with the exact word
 * to write: pages show and sort by the scale word, so one spelling keeps them right, and the fix is
 * a single word.
 */
import { closest, describeValue, problem, type PathKey, type Problem } from './problems.ts';

/** The dimension a rating belongs to, as bias-meter.yaml defines it. */
export interface RatedDimension {
  id: string;
  label: string;
  scale: readonly string[];
}

/** A rating as an editor might write it, folded: lowercase, spaces and underscores as hyphens. */
export function foldRating(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** The problem with `rating` on `dimension`'s scale, or undefined when it is one of its words. */
export function checkRating(
  file: string,
  path: readonly PathKey[],
  rating: unknown,
  dimension: RatedDimension,
): Problem | undefined {
  if (typeof rating === 'string' && dimension.scale.includes(rating)) return undefined;
  const expected = `one of ${dimension.scale.join(', ')} (the ${dimension.label} scale)`;
  if (typeof rating !== 'string')
    return problem(file, path, expected, describeValue(rating), {
      hint: `write one word of the scale, e.g. rating: ${dimension.scale[0]}`,
    });
  const folded = foldRating(rating);
  const same = dimension.scale.find((word) => word === folded);
  if (same)
    return problem(file, path, expected, describeValue(rating), {
      hint: `did you mean \`${same}\`? write it in lowercase, as the scale does`,
    });
  const near = closest(folded, dimension.scale);
  return problem(file, path, expected, describeValue(rating), {
    hint: near
      ? `did you mean \`${near}\`?`
      : `choose the word of the ${dimension.label} scale that fits, listed best first`,
  });
}
