/**
 * The cache keys of the pages built from the content (see src/lib/pageKey.ts). A key is made from
 * the props a route's getStaticPaths hands its page, so what a page renders and what its key says
 * come from the same values. Settings, strings and templates are not in the keys: they are modules
 * of the page's code, which Astro hashes beside the key, and a changed config clears its cache.
 */
import type { GetStaticPathsItem } from 'astro';
import { showUnpublished } from '../env.ts';
import { pageKey } from '../lib/pageKey.ts';
import { site } from '../site/config.ts';
import type { Brief } from './query.ts';

const digests = new WeakMap<Brief, string>();

/**
 * Everything about one brief that a page may show: its fields and body, its file, its resolved
 * publisher, charts (with their data series) and ratings (with their dimensions' labels and
 * scales). Worked out once per brief and build.
 */
export function briefDigest(brief: Brief): string {
  let digest = digests.get(brief);
  if (digest === undefined) {
    digest = pageKey({
      id: brief.id,
      file: brief.filePath,
      data: brief.data,
      body: brief.body,
      publisher: { id: brief.publisher.id, data: brief.publisher.data },
      charts: brief.charts,
      ratings: brief.ratings,
    });
    digests.set(brief, digest);
  }
  return digest;
}

/** A value with every brief of `briefs` in it replaced by the brief's digest, for a page key. */
function keyed(value: unknown, briefs: ReadonlySet<unknown>): unknown {
  if (briefs.has(value)) return briefDigest(value as Brief);
  if (Array.isArray(value)) return value.map((item) => keyed(item, briefs));
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Map) return keyed([...(value as Map<unknown, unknown>).entries()], briefs);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, keyed(item, briefs)]));
  return value;
}

/**
 * Gives each path of a route its cache key: a digest of its params and props, with each of the
 * site's `briefs` counted by its digest. A listing's key is then its items, its page numbers and
 * its links; a brief's, the brief, its neighbours and its related briefs. Only in a build with
 * `incrementalBuild` on: otherwise, and in `astro dev`, the paths are returned as they are, and a
 * brief's related briefs are worked out only when its page is rendered.
 */
export function withCacheKeys<T extends GetStaticPathsItem>(
  items: readonly T[],
  briefs: readonly Brief[],
): T[] {
  if (!site.incrementalBuild || showUnpublished()) return [...items];
  const known = new Set<unknown>(briefs);
  return items.map((item) => ({
    ...item,
    cacheKey: pageKey(keyed({ params: item.params, props: item.props }, known)),
  }));
}
