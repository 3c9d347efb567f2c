/**
 * The site's addresses, bound to its settings once. Pages, layouts, components and feeds take every
 * path and absolute URL from here, so each one honours `site.base`.
 */
import { absoluteUrl, sitePaths } from '../lib/urls.ts';
import { site } from './config.ts';

/** Paths from the origin, starting with the site's base. */
export const paths = sitePaths(site.base);

/** The absolute URL of a site path, for feeds, canonical links, JSON-LD and robots.txt. */
export function absolute(path: string): string {
  return absoluteUrl(site.url, path);
}
