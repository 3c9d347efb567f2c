/**
 * A site's settings as pages read them: its options (src/options.ts) with the address Astro serves
 * it at. Worked out once by the integration and served to the pages as `virtual:assay/config`.
 */
import { AssayOptionsError, type AssayOptions } from './options.ts';
import type { AssayEnv } from './env.ts';
import type { TaxonomySettings } from './lib/taxonomy.ts';
import type { ExtraFieldSpec } from './schemas/brief.ts';
import type { AdminBackend } from './lib/admin/cmsConfig.ts';

/** The address used until the site's astro.config.mjs names one (`site`); a build warns while it is in use. */
export const PLACEHOLDER_URL = 'https://assay.example.org';

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
  /** BCP 47 language tag of the content and the interface. */
  language: string;
  /** Briefs per listing page (archive, subjects, publishers, corrections). */
  pageSize: number;
  /** Items per feed. */
  feedSize: number;
  /** Briefs listed on the home page. */
  homeSize: number;
  /** Where briefs, publishers, data and the Bias Meter live, relative to the project root. */
  contentDir: string;
  /** Interface strings the site words its own way, by key of src/i18n/en.json. */
  strings: Record<string, string | Record<string, string>>;
  /** The subjects readers browse by, in the order menus list them. */
  taxonomies: TaxonomySettings[];
  /** Words that keep their own spelling when a term's slug becomes its label (`drc` → `DRC`). */
  labels: Record<string, string>;
  /** Fields of the site's own in a brief's frontmatter. */
  fields: Record<string, ExtraFieldSpec>;
  /** A logo before the name in the header, as a path from the site's root (before its base). */
  logo: string | undefined;
  /** Whether the build draws social cards (`og/<slug>.png`, `og/site.png`) and pages link them. */
  cards: boolean;
  /** Where the editor at /admin/ saves in production; false when the site has no editor. */
  admin: AdminBackend | false;
  /** The comment server readers' comments load from, or undefined when comments are off. */
  comments: { server: string; origin: string } | undefined;
  /** Whether the build reuses unchanged pages of the previous one, so routes give their pages cache keys. */
  incrementalBuild: boolean;
}

/** The parts of Astro's own config the settings take the address from. */
export interface AstroAddress {
  site?: string | undefined;
  base?: string | undefined;
}

/**
 * The origin of Astro's `site`. A path there would be dropped silently (pages take theirs from
 * `base`), so it is an error that says where the path goes.
 */
function origin(url: string): string {
  const parsed = new URL(url);
  if (parsed.pathname !== '/' || parsed.search || parsed.hash)
    throw new AssayOptionsError(
      `astro.config.mjs \`site\`: expected the site's origin alone, such as ${parsed.origin}; found ${JSON.stringify(url)} (a sub-path goes in \`base\`, e.g. base: '${parsed.pathname}')`,
    );
  return parsed.origin;
}

/** The comment server and its origin (what the CSP allows), or undefined when comments are off. */
function commentSettings(server: string | undefined): SiteSettings['comments'] {
  return server === undefined || server === 'off' ? undefined : { server, origin: new URL(server).origin };
}

/** Normalises a base path to start and end with `/`. */
function slashed(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The settings of a site from its options and Astro's `site` and `base`; ASSAY_SITE_URL,
 * ASSAY_BASE and ASSAY_CONTENT_DIR override them for one build.
 */
export function resolveSettings(
  options: AssayOptions,
  astro: AstroAddress,
  env: Pick<AssayEnv, 'siteUrl' | 'base' | 'contentDir'> & Partial<Pick<AssayEnv, 'commentsServer'>>,
): SiteSettings {
  return {
    title: options.title,
    description: options.description,
    url: env.siteUrl ?? (astro.site ? origin(astro.site) : PLACEHOLDER_URL),
    base: env.base ?? slashed(astro.base ?? '/'),
    language: options.language,
    pageSize: options.pageSize,
    feedSize: options.feedSize,
    homeSize: options.homeSize,
    contentDir: env.contentDir ?? options.content,
    strings: options.strings,
    taxonomies: options.taxonomies,
    labels: options.labels,
    fields: options.fields,
    logo: options.logo,
    cards: options.cards,
    admin: adminSettings(options.admin),
    comments: commentSettings(env.commentsServer ?? options.comments?.server),
    incrementalBuild: options.incrementalBuild,
  };
}

/** The `admin` option with its defaults: `true` is GitHub on `main`, the repository still to name. */
function adminSettings(admin: AssayOptions['admin']): AdminBackend | false {
  if (admin === false) return false;
  if (admin === true) return { name: 'github', branch: 'main' };
  return {
    name: admin.backend,
    branch: admin.branch,
    repo: admin.repo,
    baseUrl: admin.baseUrl,
    apiRoot: admin.apiRoot,
    appId: admin.appId,
  };
}
