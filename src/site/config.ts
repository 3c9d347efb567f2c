/**
 * The site's settings, as the integration worked them out from the site's astro.config.mjs
 * (src/settings.ts). Only code that Astro bundles may import this module.
 */
import config from 'virtual:assay/config';
import type { SiteSettings } from '../settings.ts';

export type { SiteSettings } from '../settings.ts';
export { PLACEHOLDER_URL } from '../settings.ts';

export const site: SiteSettings = config;
