// Cache keys for Astro's incremental build (the `incrementalBuild` option): a page whose key and
// whose code are unchanged since the previous build is copied from that build instead of being
// rendered. A key must therefore change whenever anything the page shows changes. Routes build
// their keys from the same values they render (the props their getStaticPaths hands the page), so a
// page and its key cannot drift apart; over-including costs a re-render, never a stale page.
import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted, so the same values always give the same text. Dates become their
 * ISO text (as JSON.stringify does), Maps their entries; functions and undefined are left out.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Map) return [...(item as Map<unknown, unknown>).entries()];
    if (item && typeof item === 'object' && !Array.isArray(item) && !(item instanceof Date)) {
      const record = item as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(record)
          .sort()
          .map((key) => [key, record[key]]),
      );
    }
    return item;
  });
}

/** The key of a page showing `parts`: a SHA-256 digest of their stable JSON. */
export function pageKey(parts: unknown): string {
  return createHash('sha256').update(stableJson(parts)).digest('base64url');
}
