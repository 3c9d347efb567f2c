/** Site-wide settings: the one place to change the publication's name, address and defaults. */
import { readFileSync } from 'node:fs';
import { env } from './env.ts';
import type { TaxonomySettings } from './lib/taxonomy.ts';

export interface SiteSettings {
  /** Publication name, shown in the header, titles and feeds. */
  title: string;
  /** One-line description for the home page, meta tags and feeds. */
  description: string;
  /** The public origin of the deployed site, without a path or trailing slash (Astro's `site`). */
  url: string;
  /**
   * The path the site is served under, starting and ending with `/` (Astro's `base`): `/` for a
   * site of its own domain, `/assay/` for a project site on GitHub Pages.
   */
  base: string;
  /** BCP 47 language tag of the content. */
  language: string;
  /**
   * Briefs per listing page (archive, subjects, publishers, corrections). Even, so a full page fills
   * the two-column card grid with no orphan; 24 rather than 10 makes some 60% fewer listing pages
   * to build at thousands of briefs (docs/performance.md).
   */
  pageSize: number;
  /** Items per feed. */
  feedSize: number;
  /** Briefs listed on the home page. */
  homeSize: number;
  /** Where briefs, publishers, data and the Bias Meter live, relative to the project root. */
  contentDir: string;
  /** Interface strings the site words its own way, by key of src/i18n/en.json. */
  strings: Record<string, string | Record<string, string>>;
  /**
   * The subjects readers browse by, in the order menus list them (the first two in the header, the
   * rest in the footer; the first also on the home page and as feed tags). Each is a list field of
   * a brief's frontmatter (`id`), with pages under `/<id>/` and `/<id>/<term>/`, a feed per term
   * and a search filter. Optional per subject: `labelCase` (`sentence`, or `title` for names such
   * as countries), `weight` towards related briefs (default 1), `required` (at least one term in
   * every brief) and `filterKey` (the search filter's URL parameter, default the id).
   */
  taxonomies: TaxonomySettings[];
  /**
   * Words that keep their own spelling when a term's slug becomes its label (`drc` → `DRC`). Over
   * Assay's own: `and` and `of` stay lowercase inside a label.
   */
  labels: Record<string, string>;
}

/** The address used until ASSAY_SITE_URL names the real one; a build warns while it is in use. */
export const PLACEHOLDER_URL = 'https://assay.example.org';

export const site: SiteSettings = {
  title: 'Assay',
  description: 'Independent briefs on the reports that shape minerals, energy and geopolitics, each with a Bias Meter.',
  url: env.siteUrl ?? PLACEHOLDER_URL,
  base: env.base ?? '/',
  language: 'en',
  pageSize: 24,
  feedSize: 50,
  homeSize: 6,
  contentDir: env.contentDir ?? 'content',
  strings: {},
  taxonomies: [
    { id: 'topics', singular: 'Topic', plural: 'Topics', weight: 3, required: true, filterKey: 'topic' },
    { id: 'regions', singular: 'Region', plural: 'Regions', labelCase: 'title', filterKey: 'region' },
    { id: 'minerals', singular: 'Mineral', plural: 'Minerals', weight: 2, filterKey: 'mineral' },
  ],
  labels: { drc: 'DRC', eu: 'EU', us: 'US', uk: 'UK', un: 'UN', asean: 'ASEAN' },
};

// A fixture site's own subjects and labels (tests/fixtures/subjects): a test-only hook, to go when
// the integration passes a site's options in.
if (env.testSettings)
  Object.assign(
    site,
    JSON.parse(readFileSync(env.testSettings, 'utf8')) as Pick<SiteSettings, 'taxonomies' | 'labels'>,
  );
