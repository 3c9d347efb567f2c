import type { BiasMeterConfig } from '../../schemas/biasMeter.ts';
import type { BriefData } from '../../schemas/brief.ts';
import { inlineChartTags } from '../charts/inline.ts';
import { SLUG_PATTERN } from '../slug.ts';
import { resolveChart } from '../charts/resolve.ts';
import type { DataSet } from '../charts/dataSets.ts';
import { amendmentProblems } from './amendments.ts';
import { unsafeLinks } from './links.ts';
import { describeValue, problem, suggest, type Problem } from './problems.ts';

/** A brief after its schema passed, with what the checks need to know about its file. */
export interface CheckedBrief {
  /** The slug (file name without extension). */
  id: string;
  /** Path of the file, relative to the project root. */
  file: string;
  data: BriefData;
  /** The Markdown/MDX text after the frontmatter. */
  body: string;
  /** The file line the body starts on, when known, so body problems can name their line. */
  bodyLine?: number | undefined;
}

/** What briefs are checked against. */
export interface ContentContext {
  /** Every publisher file's id, valid or not (a broken file reports its own problems). */
  publisherIds: readonly string[];
  /** Undefined when bias-meter.yaml itself is broken; ratings are then not checked. */
  biasMeter: BiasMeterConfig | undefined;
  dataSets: ReadonlyMap<string, DataSet>;
  /** Data files that exist but could not be read; charts naming them are not checked again. */
  brokenDataSets?: ReadonlySet<string>;
  /** The build's clock, for corrections dated in the future; the real clock when absent. */
  now?: Date | undefined;
}

/** The 1-based line of `index` in `text`. */
function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** The checks a schema alone cannot make: references between files, scales, date order, charts. */
export function crossCheckBrief(brief: CheckedBrief, context: ContentContext): Problem[] {
  const { file, data, body } = brief;
  const problems: Problem[] = [];
  const error = (path: Problem['path'], expected: string, found: string, hint?: string): void => {
    problems.push(problem(file, path, expected, found, { hint }));
  };
  const bodyError = (index: number, expected: string, found: string, hint?: string): void => {
    const line = brief.bodyLine === undefined ? undefined : brief.bodyLine + lineOf(body, index) - 1;
    problems.push(problem(file, ['body'], expected, found, { hint, line }));
  };

  if (!context.publisherIds.includes(data.review.publisher)) {
    error(
      ['review', 'publisher'],
      'the id of a file in content/publishers',
      describeValue(data.review.publisher),
      suggest(data.review.publisher, context.publisherIds),
    );
  }

  if (data.updated && data.updated < data.date) {
    error(
      ['updated'],
      `a date on or after the brief's date (${data.date.toISOString().slice(0, 10)})`,
      data.updated.toISOString().slice(0, 10),
    );
  }

  if (context.biasMeter) problems.push(...checkRatings(brief, context.biasMeter));
  problems.push(...amendmentProblems(file, data, context.biasMeter, context.now ?? new Date()));

  const chartIds = new Set<string>();
  data.charts.forEach((chart, i) => {
    if (chartIds.has(chart.id))
      error(['charts', i, 'id'], 'a chart id used once in this brief', `a second chart "${chart.id}"`);
    chartIds.add(chart.id);
    if (chart.data !== undefined && context.brokenDataSets?.has(chart.data)) return;
    const result = resolveChart(chart, context.dataSets);
    if (!result.ok) {
      const path = result.field
        .split(/[.[\]]+/)
        .filter(Boolean)
        .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
      error(['charts', i, ...path], result.expected, `${result.found} (chart "${chart.id}")`);
    }
  });

  const isMdx = file.endsWith('.mdx');
  for (const tag of inlineChartTags(body)) {
    if (!isMdx) {
      bodyError(
        tag.index,
        'an .mdx file to place a chart inline (plain .md shows charts after the body)',
        `<Chart id="${tag.id}"> in a .md brief`,
        'rename the file to .mdx, or remove the tag',
      );
    } else if (!chartIds.has(tag.id)) {
      const known = chartIds.size ? ` (${[...chartIds].join(', ')})` : ' (it has none)';
      bodyError(
        tag.index,
        `<Chart id="…"> naming a chart in this brief's charts list${known}`,
        `<Chart id="${tag.id}">`,
        chartIds.size ? suggest(tag.id, [...chartIds]) : undefined,
      );
    }
  }

  for (const link of unsafeLinks(body)) {
    bodyError(
      link.index,
      'links to http(s) addresses, site paths or #anchors',
      `a link to ${describeValue(link.target)}`,
      'remove the link or point it at an https:// address',
    );
  }
  return problems;
}

/** Every dimension rated exactly once, each rating on its dimension's scale. */
function checkRatings(brief: CheckedBrief, biasMeter: BiasMeterConfig): Problem[] {
  const problems: Problem[] = [];
  const error = (path: Problem['path'], expected: string, found: string, hint?: string): void => {
    problems.push(problem(brief.file, path, expected, found, { hint }));
  };
  const dimensionIds = biasMeter.dimensions.map((d) => d.id);
  const seen = new Set<string>();
  let unknown = false;
  brief.data.biasMeter.dimensions.forEach((entry, i) => {
    const dimension = biasMeter.dimensions.find((d) => d.id === entry.dimension);
    if (!dimension) {
      unknown = true;
      error(
        ['biasMeter', 'dimensions', i, 'dimension'],
        `a dimension of content/bias-meter.yaml (${dimensionIds.join(', ')})`,
        describeValue(entry.dimension),
        suggest(entry.dimension, dimensionIds),
      );
    } else if (seen.has(entry.dimension)) {
      // The rating of a repeated entry was probably meant for another dimension; checking it
      // against this one's scale would only add noise.
      error(
        ['biasMeter', 'dimensions', i, 'dimension'],
        'each dimension rated exactly once',
        `a second rating of ${entry.dimension}`,
      );
    } else {
      seen.add(entry.dimension);
      if (!dimension.scale.includes(entry.rating)) {
        error(
          ['biasMeter', 'dimensions', i, 'rating'],
          `one of ${dimension.scale.join(', ')} (the ${dimension.label} scale)`,
          describeValue(entry.rating),
          suggest(entry.rating, dimension.scale),
        );
      }
    }
  });
  const missing = dimensionIds.filter((id) => !seen.has(id));
  // A misspelt dimension already explains the gap; reporting it twice would only confuse.
  if (missing.length > 0 && !unknown) {
    error(
      ['biasMeter', 'dimensions'],
      `a rating for every dimension (${dimensionIds.join(', ')})`,
      `no rating for ${missing.join(', ')}`,
    );
  }
  return problems;
}

/** Slugs must be unique regardless of case or extension, and never look like an archive page number. */
export function crossCheckSlugs(briefs: readonly Pick<CheckedBrief, 'id' | 'file'>[]): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<string, string>();
  for (const { id, file } of briefs) {
    if (!SLUG_PATTERN.test(id) || /^\d+$/.test(id)) {
      problems.push(
        problem(
          file,
          [],
          'a file name of lowercase letters, digits and hyphens, not only digits (it becomes the URL)',
          JSON.stringify(id),
        ),
      );
    }
    const key = id.toLowerCase();
    const first = byKey.get(key);
    if (first) {
      problems.push(
        problem(file, [], 'a slug (file name) used by one brief only', `the same slug as ${first}`, {
          hint: 'rename one of the two files',
        }),
      );
    } else byKey.set(key, file);
  }
  return problems;
}
