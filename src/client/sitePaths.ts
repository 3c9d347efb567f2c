/**
 * The site's paths in the browser, bound to the base Astro builds with (`import.meta.env.BASE_URL`,
 * which astro.config.mjs sets from `site.base`), so search loads Pagefind and links results inside
 * a sub-path deploy too.
 */
import { sitePaths } from '../lib/urls.ts';

export const paths = sitePaths(import.meta.env.BASE_URL);
