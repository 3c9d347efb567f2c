/**
 * A brief with everything it refers to looked up: its publisher, its charts with their data, and
 * its ratings in the Bias Meter's order, each with its dimension and place on the scale. Pages,
 * components and feeds take briefs in this shape, so none of them looks anything up again.
 */
import type { BriefData } from '../schemas/brief.ts';
import { resolveChart, type ResolvedChart } from './charts/resolve.ts';
import type { DataSet } from './charts/dataSets.ts';
import { describeValue, formatReport, type Problem } from './check/problems.ts';

/** Content that cannot be published as it is, with every problem found. */
export class ContentError extends Error {
  override name = 'ContentError';
  /** Shown as the heading of Astro's error overlay in `npm run dev`. */
  readonly title = 'Content problems';
  readonly problems: readonly Problem[];
  /**
   * Where the first problem is, relative to the project root: Astro's error overlay shows this
   * file and line (and the lines around it) instead of the code that threw.
   */
  readonly loc: { file: string; line: number; column: number } | undefined;

  constructor(problems: readonly Problem[]) {
    // The same report `npm run check` prints, problem for problem.
    super(`Content problems:\n${formatReport(problems)}`);
    this.problems = problems;
    const first = problems.find((p) => p.severity === 'error') ?? problems[0];
    this.loc = first ? { file: first.file, line: first.line ?? 1, column: 1 } : undefined;
  }
}

/** A Bias Meter dimension as ratings need it. */
export interface ScaleDimension {
  id: string;
  label: string;
  /** Ratings from best to worst. */
  scale: readonly string[];
}

/** One rating of a brief, on its dimension's scale. */
export interface Rating<D extends ScaleDimension = ScaleDimension> {
  dimension: D;
  rating: string;
  /** 1-based place on the scale: 1 is the best end, `dimension.scale.length` the worst. */
  position: number;
  note: string | undefined;
}

/** What a brief's references are resolved against. */
export interface BriefReferences<P, D extends ScaleDimension> {
  publishers: ReadonlyMap<string, P>;
  /** In the Bias Meter's order. */
  dimensions: readonly D[];
  dataSets: ReadonlyMap<string, DataSet>;
}

/** The fields of a content entry that resolving needs. */
export interface BriefEntry {
  id: string;
  filePath?: string | undefined;
  data: BriefData;
}

/** The entry itself, still usable wherever the entry is (such as Astro's `render()`), plus what it refers to. */
export type ResolvedBrief<E extends BriefEntry, P, D extends ScaleDimension> = E & {
  publisher: P;
  charts: ResolvedChart[];
  ratings: Rating<D>[];
};

/**
 * Resolves a brief's publisher, charts and ratings. The content check normally reports anything
 * that cannot be resolved first, with line numbers; this throws a `ContentError` for whatever
 * reaches the site another way.
 */
export function resolveBrief<E extends BriefEntry, P, D extends ScaleDimension>(
  entry: E,
  references: BriefReferences<P, D>,
): ResolvedBrief<E, P, D> {
  const { data } = entry;
  const file = entry.filePath ?? entry.id;
  const problems: Problem[] = [];
  const error = (path: Problem['path'], expected: string, found: string): void => {
    problems.push({ file, path, expected, found, severity: 'error' });
  };

  const publisher = references.publishers.get(data.review.publisher);
  if (publisher === undefined)
    error(['review', 'publisher'], 'the id of a file in content/publishers', describeValue(data.review.publisher));

  const charts: ResolvedChart[] = [];
  data.charts.forEach((spec, i) => {
    const result = resolveChart(spec, references.dataSets);
    if (result.ok) charts.push(result.chart);
    else error(['charts', i, result.field], result.expected, `${result.found} (chart "${spec.id}")`);
  });

  const ratings: Rating<D>[] = [];
  for (const dimension of references.dimensions) {
    const given = data.biasMeter.dimensions.find((d) => d.dimension === dimension.id);
    const index = given ? dimension.scale.indexOf(given.rating) : -1;
    if (given && index >= 0) ratings.push({ dimension, rating: given.rating, position: index + 1, note: given.note });
    else if (given)
      error(
        ['biasMeter', 'dimensions', data.biasMeter.dimensions.indexOf(given), 'rating'],
        `one of ${dimension.scale.join(', ')} (the ${dimension.label} scale)`,
        describeValue(given.rating),
      );
    else error(['biasMeter', 'dimensions'], `a rating for ${dimension.id}`, 'none');
  }

  if (publisher === undefined || problems.length > 0) throw new ContentError(problems);
  return { ...entry, publisher, charts, ratings };
}
