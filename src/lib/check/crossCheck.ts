/**
 * The checks a schema alone cannot make: references between files, scales, date order, charts,
 * links in the body. Each rule is a small function over what the file has (`BriefFacts`), so a
 * brief that fails its own schema still gets every rule that can run on the rest of it, and new
 * rules sit beside these without touching the others.
 */
import type { BiasMeterConfig } from '../../schemas/biasMeter.ts';
import type { BriefData } from '../../schemas/brief.ts';
import type { ChartSpec } from '../../schemas/chart.ts';
import { inlineChartTags } from '../charts/inline.ts';
import { SLUG_PATTERN } from '../slug.ts';
import { resolveChart } from '../charts/resolve.ts';
import type { DataSet } from '../charts/dataSets.ts';
import { amendmentProblems } from './amendments.ts';
import { unsafeLinks } from './links.ts';
import { describeValue, problem, suggest, type Problem } from './problems.ts';
import { checkRating } from './ratings.ts';
import { replyProblems } from './replies.ts';

/** A brief after its schema passed, with what the checks need to know about its file. */
export interface CheckedBrief {
  /** The file name without extension, which becomes the URL. */
  id: string;
  /** Path of the file, relative to the project root. */
  file: string;
  data: BriefData;
  /** The Markdown/MDX text after the frontmatter. */
  body: string;
  /** The file line the body starts on, when known, so body problems can name their line. */
  bodyLine?: number | undefined;
}

/**
 * What the cross-checks read of a brief: every part optional, because a brief that failed its
 * schema gives only the parts that are still readable.
 */
export interface BriefFacts {
  file: string;
  body: string;
  bodyLine?: number | undefined;
  publisher?: string | undefined;
  date?: Date | undefined;
  updated?: Date | undefined;
  /** Each rated entry as written (either part may be missing or not text). */
  ratings?: readonly { dimension: unknown; rating: unknown }[] | undefined;
  /** Every chart id the brief names, so inline tags are matched against them; undefined when unreadable. */
  chartIds?: readonly string[] | undefined;
  /** Charts that passed their own schema, by their position in the list. */
  charts?: readonly { index: number; chart: ChartSpec }[] | undefined;
  /** The whole frontmatter, only when it passed its schema: corrections and rating changes are checked on it. */
  data?: BriefData | undefined;
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

/** One cross-check rule: the problems it finds in one brief. */
export type BriefRule = (facts: BriefFacts, context: ContentContext) => Problem[];

/** The 1-based line of `index` in `text`. */
function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** A problem at a character position of the body, with its file line. */
function bodyProblem(facts: BriefFacts, index: number, expected: string, found: string, hint?: string): Problem {
  const line = facts.bodyLine === undefined ? undefined : facts.bodyLine + lineOf(facts.body, index) - 1;
  return problem(facts.file, ['body'], expected, found, { hint, line });
}

/** The publisher is a file in content/publishers. */
export const checkPublisher: BriefRule = (facts, context) => {
  const { publisher } = facts;
  if (publisher === undefined || context.publisherIds.includes(publisher)) return [];
  return [
    problem(
      facts.file,
      ['review', 'publisher'],
      'the id of a file in content/publishers (its name without .yaml)',
      describeValue(publisher),
      { hint: suggest(publisher, context.publisherIds, 'add the publisher file first, or use one of') },
    ),
  ];
};

/** An update is never dated before the brief. */
export const checkDateOrder: BriefRule = (facts) => {
  const { date, updated } = facts;
  if (!date || !updated || updated >= date) return [];
  return [
    problem(
      facts.file,
      ['updated'],
      `a date on or after the brief's date (${date.toISOString().slice(0, 10)})`,
      updated.toISOString().slice(0, 10),
      { hint: 'correct the updated date, or remove it if the brief was not updated' },
    ),
  ];
};

/** Every dimension rated exactly once, each rating on its own dimension's scale. */
export const checkRatings: BriefRule = (facts, context) => {
  const { biasMeter } = context;
  if (!biasMeter || !facts.ratings) return [];
  const problems: Problem[] = [];
  const dimensionIds = biasMeter.dimensions.map((d) => d.id);
  const seen = new Set<string>();
  let unknown = false;
  facts.ratings.forEach((entry, i) => {
    if (typeof entry.dimension !== 'string') {
      unknown = true;
      return; // the schema's own problem names the missing dimension
    }
    const dimension = biasMeter.dimensions.find((d) => d.id === entry.dimension);
    if (!dimension) {
      unknown = true;
      problems.push(
        problem(
          facts.file,
          ['biasMeter', 'dimensions', i, 'dimension'],
          `a dimension of content/bias-meter.yaml (${dimensionIds.join(', ')})`,
          describeValue(entry.dimension),
          { hint: suggest(entry.dimension, dimensionIds) },
        ),
      );
    } else if (seen.has(entry.dimension)) {
      // The rating of a repeated entry was probably meant for another dimension; checking it
      // against this one's scale would only add noise.
      problems.push(
        problem(
          facts.file,
          ['biasMeter', 'dimensions', i, 'dimension'],
          'each dimension rated exactly once',
          `a second rating of ${entry.dimension}`,
          { hint: 'delete one of the two entries, or change its dimension to the one not yet rated' },
        ),
      );
    } else {
      seen.add(entry.dimension);
      const found = checkRating(facts.file, ['biasMeter', 'dimensions', i, 'rating'], entry.rating, dimension);
      if (found) problems.push(found);
    }
  });
  const missing = dimensionIds.filter((id) => !seen.has(id));
  // A misspelt dimension already explains the gap; reporting it twice would only confuse.
  if (missing.length > 0 && !unknown) {
    problems.push(
      problem(
        facts.file,
        ['biasMeter', 'dimensions'],
        `a rating for every dimension (${dimensionIds.join(', ')})`,
        `no rating for ${missing.join(', ')}`,
        { hint: `add an entry "- dimension: ${missing[0]}" with its rating` },
      ),
    );
  }
  return problems;
};

/** Chart ids are unique and each chart's data resolves. */
export const checkCharts: BriefRule = (facts, context) => {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  for (const { index, chart } of facts.charts ?? []) {
    if (ids.has(chart.id))
      problems.push(
        problem(
          facts.file,
          ['charts', index, 'id'],
          'a chart id used once in this brief',
          `a second chart "${chart.id}"`,
          {
            hint: 'give each chart its own id',
          },
        ),
      );
    ids.add(chart.id);
    if (chart.data !== undefined && context.brokenDataSets?.has(chart.data)) continue;
    const result = resolveChart(chart, context.dataSets);
    if (!result.ok) {
      const path = result.field
        .split(/[.[\]]+/)
        .filter(Boolean)
        .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
      problems.push(
        problem(facts.file, ['charts', index, ...path], result.expected, `${result.found} (chart "${chart.id}")`),
      );
    }
  }
  return problems;
};

/** Corrections and rating changes: dates in range, ratings on their scales, each dimension's changes in a chain. */
export const checkAmendments: BriefRule = (facts, context) =>
  facts.data ? amendmentProblems(facts.file, facts.data, context.biasMeter, context.now ?? new Date()) : [];

/** Replies: dated after the brief, by a known publisher or a named person, pointing at real rating changes. */
export const checkReplies: BriefRule = (facts, context) =>
  facts.data ? replyProblems(facts.file, facts.data, context.publisherIds, context.now ?? new Date()) : [];

/** `<Chart id>` tags only in .mdx files, each naming a chart of the brief. */
export const checkChartTags: BriefRule = (facts) => {
  const problems: Problem[] = [];
  const chartIds = [...new Set(facts.chartIds ?? [])];
  const matchIds = facts.chartIds !== undefined;
  const isMdx = facts.file.endsWith('.mdx');
  for (const tag of inlineChartTags(facts.body)) {
    if (!isMdx) {
      problems.push(
        bodyProblem(
          facts,
          tag.index,
          'an .mdx file to place a chart inline (plain .md shows charts after the body)',
          `<Chart id="${tag.id}"> in a .md brief`,
          'rename the file to .mdx, or remove the tag',
        ),
      );
    } else if (matchIds && !chartIds.includes(tag.id)) {
      const known = chartIds.length ? ` (${chartIds.join(', ')})` : ' (it has none)';
      problems.push(
        bodyProblem(
          facts,
          tag.index,
          `<Chart id="…"> naming a chart in this brief's charts list${known}`,
          `<Chart id="${tag.id}">`,
          chartIds.length ? suggest(tag.id, chartIds) : 'add the chart to the charts list, or remove the tag',
        ),
      );
    }
  }
  return problems;
};

/** Links in the body go only where a reader can safely follow. */
export const checkBodyLinks: BriefRule = (facts) =>
  unsafeLinks(facts.body).map((link) =>
    bodyProblem(
      facts,
      link.index,
      'links to http(s) addresses, site paths or #anchors',
      `a link to ${describeValue(link.target)}`,
      'remove the link or point it at an https:// address',
    ),
  );

/** The rules every brief is checked by, in this order. */
export const BRIEF_RULES: readonly BriefRule[] = [
  checkPublisher,
  checkDateOrder,
  checkRatings,
  checkCharts,
  checkChartTags,
  checkBodyLinks,
  checkAmendments,
  checkReplies,
];

/** What the rules read of a brief that passed its schema. */
export function factsOf(brief: CheckedBrief): BriefFacts {
  const { data } = brief;
  return {
    file: brief.file,
    body: brief.body,
    bodyLine: brief.bodyLine,
    publisher: data.review.publisher,
    date: data.date,
    updated: data.updated,
    ratings: data.biasMeter.dimensions,
    chartIds: data.charts.map((c) => c.id),
    charts: data.charts.map((chart, index) => ({ index, chart })),
    data,
  };
}

/** Every rule over one brief's facts. */
export function crossCheckFacts(facts: BriefFacts, context: ContentContext): Problem[] {
  return BRIEF_RULES.flatMap((rule) => rule(facts, context));
}

/** Every rule over a brief that passed its schema. */
export function crossCheckBrief(brief: CheckedBrief, context: ContentContext): Problem[] {
  return crossCheckFacts(factsOf(brief), context);
}

/** File names must be unique regardless of case or extension, and never look like an archive page number. */
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
          { hint: 'rename the file, e.g. to lowercase words joined by hyphens' },
        ),
      );
    }
    const key = id.toLowerCase();
    const first = byKey.get(key);
    if (first) {
      problems.push(
        problem(file, [], "a file name (the brief's URL) used by one brief only", `the same name as ${first}`, {
          hint: 'rename one of the two files',
        }),
      );
    } else byKey.set(key, file);
  }
  return problems;
}
