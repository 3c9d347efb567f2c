/**
 * The only module that reads collections. Pages ask it for published, sorted, resolved content and
 * never call getCollection themselves, so the publication rule and order are the same everywhere,
 * and every brief arrives with its publisher, charts and ratings already looked up.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { env, showUnpublished } from '../env.ts';
import { crossCheckBrief } from '../lib/check/crossCheck.ts';
import { aliasRedirects, type AliasRedirect } from '../lib/aliases.ts';
import type { DataSet } from '../lib/charts/dataSets.ts';
import type { Problem } from '../lib/check/problems.ts';
import { buildTime, byNewest, isPublished } from '../lib/published.ts';
import { contentVersion, previewBrief, previewProblems } from './previewCheck.ts';
import { relatedBriefs } from '../lib/related.ts';
import { site } from '../site/config.ts';
import { CONTENT_FOLDERS } from '../lib/contentFiles.ts';
import { ContentError, resolveBrief, type Rating as RatingOf, type ResolvedBrief } from '../lib/resolveBrief.ts';

/** A publisher's entry: its id (the file name) and its fields (`Publisher` in src/schemas/publisher.ts). */
export type PublisherEntry = CollectionEntry<'publishers'>;
/** A Bias Meter dimension as `bias-meter.yaml` defines it, with its place in the meter's order. */
export type MeterDimension = CollectionEntry<'dimensions'>['data'];
/** One of a brief's ratings, with its dimension and place on the scale. */
export type Rating = RatingOf<MeterDimension>;
/** A published brief: its entry (which Astro's `render()` takes) with its publisher, charts and ratings. */
export type Brief = ResolvedBrief<CollectionEntry<'briefs'>, PublisherEntry, MeterDimension>;

export interface SiteContent {
  /** Published briefs, newest first (in `astro dev`, drafts and future briefs too). */
  briefs: Brief[];
  publishers: Map<string, PublisherEntry>;
  /** Each publisher's name by its id (feed items' replies, the insights page's publisher chart). */
  publisherNames: Map<string, string>;
  /** Bias Meter dimensions in their configured order. */
  dimensions: MeterDimension[];
  /** Up to three related briefs for a brief, by its id. */
  relatedTo: (id: string) => Brief[];
  /** Old addresses of the briefs above, each redirecting to its brief (listed nowhere else). */
  aliases: AliasRedirect[];
  /** When this build happened (pinned by ASSAY_NOW in tests). */
  builtAt: Date;
}

/**
 * `npm run dev`'s store lists brief files only (src/briefFilesLoader.ts): each gets its fields and
 * body from the check that has just read it. A file that only one of them knows yet (added or
 * removed a moment ago) is left out until Astro's store catches up and loads this module anew.
 */
function withCheckedFields(entries: CollectionEntry<'briefs'>[]): CollectionEntry<'briefs'>[] {
  return entries.flatMap((entry) => {
    const checked = entry.filePath === undefined ? undefined : previewBrief(entry.filePath);
    return checked ? [{ ...entry, data: checked.data, body: checked.body }] : [];
  });
}

const hasDataFolder = (): boolean => existsSync(join(site.contentDir, CONTENT_FOLDERS.data));

/** `preview`: in `npm run dev`, the clock and the content's version this load is for. */
async function load(preview?: { now: Date; version: string }): Promise<SiteContent> {
  const builtAt = preview?.now ?? buildTime(env.now);
  const showAll = showUnpublished();
  if (showAll) {
    // `npm run dev`: the preview reports exactly what `npm run check` does, with its files and lines.
    const found = await previewProblems(builtAt, preview?.version);
    if (found.some((p) => p.severity === 'error')) throw new ContentError(found);
  }
  const [allBriefs, publisherEntries, dimensionEntries, dataEntries] = await Promise.all([
    showAll ? getCollection('briefs').then(withCheckedFields) : getCollection('briefs'),
    getCollection('publishers'),
    getCollection('dimensions'),
    // A site without content/data/ has no data series: asking Astro for the empty collection would
    // only print a warning on every build.
    hasDataFolder() ? getCollection('datasets') : Promise.resolve([]),
  ]);
  const dimensions = dimensionEntries.map((entry) => entry.data).sort((a, b) => a.order - b.order);
  const dataSets = new Map<string, DataSet>(dataEntries.map((entry) => [entry.id, entry.data]));
  const publishers = new Map(publisherEntries.map((p) => [p.id, p]));
  const context = { publisherIds: [...publishers.keys()], biasMeter: { dimensions }, dataSets, now: builtAt };

  // `npm run build` has run the content check already; this catches what reaches the site another
  // way, such as a bare `astro build`. (`npm run dev` ran the whole check above.)
  const problems: Problem[] = showAll
    ? []
    : allBriefs.flatMap((brief) =>
        crossCheckBrief(
          { id: brief.id, file: brief.filePath ?? brief.id, data: brief.data, body: brief.body ?? '' },
          context,
        ),
      );
  if (problems.length > 0) throw new ContentError(problems);

  const briefs = allBriefs
    .filter((brief) => showAll || isPublished(brief.data, builtAt))
    .sort(byNewest)
    .map((brief) => resolveBrief(brief, { publishers, dimensions, dataSets }));
  return {
    briefs,
    publishers,
    publisherNames: new Map([...publishers].map(([id, publisher]) => [id, publisher.data.name])),
    dimensions,
    relatedTo: relatedBriefs(briefs, site.taxonomies),
    aliases: aliasRedirects(briefs),
    builtAt,
  };
}

let cached: Promise<SiteContent> | undefined;
let cachedVersion: string | undefined;

/** The site's content, loaded and checked once per build, and in `astro dev` once per content change. */
export function siteContent(): Promise<SiteContent> {
  if (showUnpublished()) {
    // Content changes while the dev server runs: a save changes the files' version, and Astro's
    // reload of the collections loads this module anew, so either starts a fresh load. A failed
    // load is never kept.
    const now = buildTime(env.now);
    const version = contentVersion(now);
    if (version !== cachedVersion || !cached) {
      cachedVersion = version;
      cached = load({ now, version });
      cached.catch(() => {
        if (cachedVersion === version) cached = undefined;
      });
    }
    return cached;
  }
  cached ??= load();
  return cached;
}

/** What the editor at /admin/ offers and checks against. */
export interface EditorContent {
  publishers: { id: string; name: string }[];
  dimensions: MeterDimension[];
  dataSets: [string, DataSet][];
}

/**
 * The publishers, the Bias Meter and the data series, read without the content check: the editor
 * is where a brief that fails it gets fixed, so its page must load while one does.
 */
export async function editorContent(): Promise<EditorContent> {
  const [publisherEntries, dimensionEntries, dataEntries] = await Promise.all([
    getCollection('publishers'),
    getCollection('dimensions'),
    hasDataFolder() ? getCollection('datasets') : Promise.resolve([]),
  ]);
  return {
    publishers: publisherEntries
      .map((entry) => ({ id: entry.id, name: entry.data.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    dimensions: dimensionEntries.map((entry) => entry.data).sort((a, b) => a.order - b.order),
    dataSets: dataEntries.map((entry) => [entry.id, entry.data]),
  };
}
