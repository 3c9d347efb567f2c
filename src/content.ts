/**
 * The only module that reads collections. Pages ask it for published, sorted, indexed content and
 * never call getCollection themselves, so the publication rule and order are the same everywhere.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolveChart, type ResolvedChart } from './lib/charts/resolve.ts';
import { crossCheckBrief } from './lib/check/crossCheck.ts';
import type { DataSet } from './lib/charts/dataSets.ts';
import { formatReport, type Problem } from './lib/check/problems.ts';
import { buildTime, byNewest, isPublished } from './lib/published.ts';
import { relatedBriefsOf } from './lib/related.ts';

export type Brief = CollectionEntry<'briefs'>;
export type Publisher = CollectionEntry<'publishers'>;
export type Dimension = CollectionEntry<'dimensions'>['data'];

export interface SiteContent {
  /** Published briefs, newest first (in `astro dev`, drafts and future briefs too). */
  briefs: Brief[];
  publishers: Map<string, Publisher>;
  /** Bias Meter dimensions in their configured order. */
  dimensions: Dimension[];
  /** Each brief's charts with their data resolved, by brief id. */
  charts: Map<string, ResolvedChart[]>;
  /** Up to three related briefs for each brief, by brief id. */
  related: Map<string, Brief[]>;
  /** When this build happened (pinned by ASSAY_NOW in tests). */
  builtAt: Date;
}

async function load(): Promise<SiteContent> {
  const [allBriefs, publisherEntries, dimensionEntries, dataEntries] = await Promise.all([
    getCollection('briefs'),
    getCollection('publishers'),
    getCollection('dimensions'),
    getCollection('datasets'),
  ]);
  const dimensions = dimensionEntries.map((entry) => entry.data).sort((a, b) => a.order - b.order);
  const dataSets = new Map<string, DataSet>(dataEntries.map((entry) => [entry.id, entry.data]));
  const context = { publisherIds: publisherEntries.map((p) => p.id), biasMeter: { dimensions }, dataSets };

  // The content check has normally run already (npm run build runs it first); this catches what
  // reaches the site another way, such as `astro dev`.
  const problems: Problem[] = allBriefs.flatMap((brief) =>
    crossCheckBrief(
      { id: brief.id, file: brief.filePath ?? brief.id, data: brief.data, body: brief.body ?? '' },
      context,
    ),
  );
  if (problems.length > 0) throw new Error(`Content problems:\n${formatReport(problems)}`);

  const builtAt = buildTime(process.env);
  const showUnpublished = import.meta.env.ASSAY_SHOW_UNPUBLISHED;
  const briefs = allBriefs.filter((brief) => showUnpublished || isPublished(brief.data, builtAt)).sort(byNewest);
  const charts = new Map(
    briefs.map((brief) => [
      brief.id,
      brief.data.charts.map((spec) => (resolveChart(spec, dataSets) as { ok: true; chart: ResolvedChart }).chart),
    ]),
  );
  return {
    briefs,
    publishers: new Map(publisherEntries.map((p) => [p.id, p])),
    dimensions,
    charts,
    related: relatedBriefsOf(briefs),
    builtAt,
  };
}

let cached: Promise<SiteContent> | undefined;

/** The site's content, loaded and checked once per build. */
export function siteContent(): Promise<SiteContent> {
  // In `astro dev` content changes while the server runs, so it is read afresh for each page.
  if (import.meta.env.ASSAY_SHOW_UNPUBLISHED) return load();
  cached ??= load();
  return cached;
}

/** The publisher of a brief's reviewed work (cross-checked to exist). */
export function publisherOf(content: SiteContent, brief: Brief): Publisher {
  return content.publishers.get(brief.data.review.publisher)!;
}
