import type { BiasMeterConfig } from '../schemas/biasMeter.ts';
import type { BriefData } from '../schemas/brief.ts';
import { inlineChartIds, resolveChart } from './charts.ts';
import type { DataSet } from './dataSets.ts';
import { describeValue, suggest, type Problem } from './problems.ts';
import { unsafeLinks } from './links.ts';

/** A brief after its schema passed, with what the checks need to know about its file. */
export interface CheckedBrief {
  /** The slug (file name without extension). */
  id: string;
  /** Path of the file, relative to the project root. */
  file: string;
  data: BriefData;
  /** The Markdown/MDX text after the frontmatter. */
  body: string;
}

/** What briefs are checked against. */
export interface ContentContext {
  publisherIds: readonly string[];
  biasMeter: BiasMeterConfig;
  dataSets: ReadonlyMap<string, DataSet>;
}

/** The checks a schema alone cannot make: references between files, scales, date order, charts. */
export function crossCheckBrief(brief: CheckedBrief, context: ContentContext): Problem[] {
  const { file, data } = brief;
  const problems: Problem[] = [];
  const error = (path: Problem['path'], expected: string, found: string, hint?: string): void => {
    problems.push({ file, path, expected, found, ...(hint ? { hint } : {}), severity: 'error' });
  };

  if (!context.publisherIds.includes(data.review.publisher)) {
    error(['review', 'publisher'], 'the id of a file in content/publishers', describeValue(data.review.publisher), suggest(data.review.publisher, context.publisherIds));
  }

  if (data.updated && data.updated < data.date) {
    error(['updated'], `a date on or after the brief's date (${data.date.toISOString().slice(0, 10)})`, data.updated.toISOString().slice(0, 10));
  }

  const dimensionIds = context.biasMeter.dimensions.map((d) => d.id);
  const seen = new Set<string>();
  data.biasMeter.dimensions.forEach((entry, i) => {
    const dimension = context.biasMeter.dimensions.find((d) => d.id === entry.dimension);
    if (!dimension) {
      error(['biasMeter', 'dimensions', i, 'dimension'], `a dimension of content/bias-meter.yaml (${dimensionIds.join(', ')})`, describeValue(entry.dimension), suggest(entry.dimension, dimensionIds));
      return;
    }
    if (seen.has(entry.dimension)) {
      error(['biasMeter', 'dimensions', i, 'dimension'], 'each dimension rated exactly once', `a second rating of ${entry.dimension}`);
    }
    seen.add(entry.dimension);
    if (!dimension.scale.includes(entry.rating)) {
      error(['biasMeter', 'dimensions', i, 'rating'], `one of ${dimension.scale.join(', ')} (the ${dimension.label} scale)`, describeValue(entry.rating), suggest(entry.rating, dimension.scale));
    }
  });
  const missing = dimensionIds.filter((id) => !seen.has(id));
  const unknown = data.biasMeter.dimensions.some((entry) => !dimensionIds.includes(entry.dimension));
  // A misspelt dimension already explains the gap; reporting it twice would only confuse.
  if (missing.length > 0 && !unknown) {
    error(['biasMeter', 'dimensions'], `a rating for every dimension (${dimensionIds.join(', ')})`, `no rating for ${missing.join(', ')}`);
  }

  const chartIds = new Set<string>();
  data.charts.forEach((chart, i) => {
    if (chartIds.has(chart.id)) error(['charts', i, 'id'], 'a chart id used once in this brief', `a second chart "${chart.id}"`);
    chartIds.add(chart.id);
    const result = resolveChart(chart, context.dataSets);
    if (!result.ok) error(['charts', i, ...result.field.split(/[.[\]]+/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k))], result.expected, `${result.found} (chart "${chart.id}")`);
  });

  for (const id of inlineChartIds(brief.body)) {
    if (!chartIds.has(id)) {
      error(['body'], `<Chart id="…"> naming a chart in this brief's charts list${chartIds.size ? ` (${[...chartIds].join(', ')})` : ' (it has none)'}`, `<Chart id="${id}">`);
    }
  }

  for (const link of unsafeLinks(brief.body)) {
    error(['body'], 'links to http(s) addresses, site paths or #anchors', `a link to ${describeValue(link)}`, 'remove the link or point it at an https:// address');
  }
  return problems;
}

/** Slugs must be unique regardless of case or extension, and never look like an archive page number. */
export function crossCheckSlugs(briefs: readonly Pick<CheckedBrief, 'id' | 'file'>[]): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<string, string>();
  for (const { id, file } of briefs) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || /^\d+$/.test(id)) {
      problems.push({ file, path: [], expected: 'a file name of lowercase letters, digits and hyphens, not only digits (it becomes the URL)', found: JSON.stringify(id), severity: 'error' });
    }
    const key = id.toLowerCase();
    const first = byKey.get(key);
    if (first) {
      problems.push({ file, path: [], expected: 'a slug (file name) used by one brief only', found: `the same slug as ${first}`, hint: 'rename one of the two files', severity: 'error' });
    } else byKey.set(key, file);
  }
  return problems;
}
