/**
 * Charts across all published briefs for `/insights/`: how ratings are spread on each dimension,
 * how publishers score on average, and how many briefs appear per month and per topic. Each is a
 * ResolvedChart, so the same figure draws it and lists it as a table.
 */
import type { ResolvedChart } from './charts/resolve.ts';
import { averageScore, ratingLabel, ratingScore, tallyRatings, type Scale } from './scores.ts';
import { filterKeyOf, termsOf, type TaxonomySettings, type TermLabeler } from './taxonomy.ts';

/** What the aggregates read from a brief. */
export interface InsightBrief {
  data: {
    date: Date;
    terms: Readonly<Record<string, readonly string[]>>;
    review: { publisher: string };
    biasMeter: { dimensions: { dimension: string; rating: string }[] };
    ratingChanges: readonly { date: Date }[];
  };
}

type DimensionInfo = Scale & { id: string; label: string };

/** The dictionary keys of the insights charts' titles, series and units. */
export type InsightWordKey =
  | 'insights.chart.ratings'
  | 'insights.chart.briefs'
  | 'insights.chart.publishers'
  | 'insights.chart.publishers.unit'
  | 'insights.chart.publishers.series'
  | 'insights.chart.publishers.label'
  | 'insights.chart.perMonth'
  | 'insights.chart.perTerm'
  | 'insights.chart.changes'
  | 'insights.chart.changes.series';

/** The site's words for the insights charts, from the page (src/lib reads no settings). */
export interface InsightWords {
  /** Looks up an interface string, as `t` from src/site/strings.ts does. */
  t: (key: InsightWordKey, vars?: Readonly<Record<string, string | number>>) => string;
  /** A month and its year, short, as the site's language writes them: `Mar 2026`. */
  month: (date: Date) => string;
  /** A subject's name inside a sentence (`topic`, German `Thema`), as `subjectWord` in src/site/strings.ts. */
  subject: (name: string) => string;
}

/** One bar chart per dimension: how many briefs gave each rating, best to worst. */
export function ratingDistributionCharts(
  briefs: readonly InsightBrief[],
  dimensions: readonly DimensionInfo[],
  source: string,
  { t }: InsightWords,
): ResolvedChart[] {
  return tallyRatings(briefs, dimensions).map((tally) => ({
    id: `ratings-${tally.id}`,
    title: t('insights.chart.ratings', { dimension: tally.label }),
    type: 'bar',
    unit: undefined,
    labels: tally.counts.map((c) => ratingLabel(c.rating)),
    series: [{ name: t('insights.chart.briefs'), values: tally.counts.map((c) => c.count) }],
    source,
    // Best at the top, worst at the bottom, each name on one line even on a phone.
    horizontal: true,
  }));
}

/**
 * A brief's score: the mean of its ratings' positions on their scales, 0 at the best end of every
 * scale and 100 at the worst. Undefined when none of its ratings is on a known scale.
 */
export function briefScore(brief: InsightBrief, dimensions: readonly DimensionInfo[]): number | undefined {
  const scores = brief.data.biasMeter.dimensions
    .map((entry) => {
      const dimension = dimensions.find((d) => d.id === entry.dimension);
      return dimension ? ratingScore(dimension, entry.rating) : undefined;
    })
    .filter((s): s is number => s !== undefined);
  const average = averageScore(scores);
  return average === undefined ? undefined : average * 100;
}

/** Average score of the briefs on each publisher's work, best first; the label says how many briefs. */
export function publisherScoreChart(
  briefs: readonly InsightBrief[],
  dimensions: readonly DimensionInfo[],
  publisherNames: ReadonlyMap<string, string>,
  source: string,
  { t }: InsightWords,
): ResolvedChart {
  const byPublisher = new Map<string, number[]>();
  for (const brief of briefs) {
    const score = briefScore(brief, dimensions);
    if (score === undefined) continue;
    const id = brief.data.review.publisher;
    byPublisher.set(id, [...(byPublisher.get(id) ?? []), score]);
  }
  const rows = [...byPublisher]
    .map(([id, scores]) => ({
      name: publisherNames.get(id) ?? id,
      count: scores.length,
      score: Math.round(averageScore(scores) ?? 0),
    }))
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  return {
    id: 'publisher-scores',
    title: t('insights.chart.publishers'),
    type: 'bar',
    unit: t('insights.chart.publishers.unit'),
    // The dictionary's no-break space keeps "(3 briefs)" whole when a long name wraps.
    labels: rows.map((r) => t('insights.chart.publishers.label', { name: r.name, count: r.count })),
    series: [{ name: t('insights.chart.publishers.series'), values: rows.map((r) => r.score) }],
    source,
    horizontal: true,
    valueRange: { min: 0, max: 100 },
  };
}

/** How many of `dates` fall in each calendar month (UTC), first to last, empty months included, each labelled by `month`. */
function countPerMonth(dates: readonly Date[], month: (date: Date) => string): { labels: string[]; values: number[] } {
  const months = dates.map((date) => date.getUTCFullYear() * 12 + date.getUTCMonth());
  const labels: string[] = [];
  const values: number[] = [];
  if (months.length > 0) {
    for (let index = Math.min(...months); index <= Math.max(...months); index++) {
      labels.push(month(new Date(Date.UTC(Math.floor(index / 12), index % 12, 1))));
      values.push(months.filter((m) => m === index).length);
    }
  }
  return { labels, values };
}

/** Briefs published in each calendar month (UTC), from the first to the last, empty months included. */
export function briefsPerMonthChart(
  briefs: readonly InsightBrief[],
  source: string,
  { t, month }: InsightWords,
): ResolvedChart {
  const { labels, values } = countPerMonth(
    briefs.map((b) => b.data.date),
    month,
  );
  return {
    id: 'briefs-per-month',
    title: t('insights.chart.perMonth'),
    type: 'bar',
    unit: undefined,
    labels,
    series: [{ name: t('insights.chart.briefs'), values }],
    source,
  };
}

/**
 * Rating changes per month, from the month of the first change to the month of the last, counting
 * months with none as zero so gaps show. Empty labels when no rating ever changed.
 */
export function ratingChangesPerMonthChart(
  briefs: readonly InsightBrief[],
  source: string,
  { t, month }: InsightWords,
): ResolvedChart {
  const { labels, values } = countPerMonth(
    briefs.flatMap((b) => b.data.ratingChanges.map((c) => c.date)),
    month,
  );
  return {
    id: 'rating-changes-per-month',
    title: t('insights.chart.changes'),
    type: 'bar',
    unit: undefined,
    labels,
    series: [{ name: t('insights.chart.changes.series'), values }],
    source,
  };
}

/**
 * Briefs on each term of a subject (the site's first: the demo's topics), most covered first. A
 * brief counts once for each of its terms.
 */
export function briefsPerTermChart(
  briefs: readonly InsightBrief[],
  taxonomy: TaxonomySettings,
  labelOf: TermLabeler,
  source: string,
  { t, subject }: InsightWords,
): ResolvedChart {
  const terms = termsOf(briefs, taxonomy.id, labelOf);
  return {
    id: `briefs-per-${filterKeyOf(taxonomy)}`,
    title: t('insights.chart.perTerm', { subject: subject(taxonomy.singular) }),
    type: 'bar',
    unit: undefined,
    labels: terms.map((term) => term.label),
    series: [{ name: t('insights.chart.briefs'), values: terms.map((term) => term.count) }],
    source,
    horizontal: true,
  };
}
