/**
 * Every address on the site, made in one place so that a publication served under a sub-path (a
 * GitHub Pages project site at `/assay/`, say) links inside it everywhere: pages, feeds, JSON-LD,
 * the sitemap, robots.txt and the browser's search. Paths start with the base; absolute URLs add
 * the site's origin. Pure: the base and origin come in as arguments (bound once in src/urls.ts for
 * pages and in src/client/sitePaths.ts for the browser).
 */

/** Page 1 of a listing lives at its own path, page n at `<path>n/`, as Astro's `paginate()` writes them. */
const paged = (path: string, page: number): string => (page > 1 ? `${path}${page}/` : path);

/**
 * A social card's file in the built site: a brief's `og/<slug>.png`, the site's `og/_site.png` (no
 * brief's slug starts with `_`, so a brief named `site` keeps a card of its own).
 */
export function cardFile(slug?: string): string {
  return `og/${slug ?? '_site'}.png`;
}

/** The paths of a site served under `base` (`/`, or a path such as `/assay/`). */
export function sitePaths(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!root.startsWith('/'))
    throw new Error(`site base: expected a path starting with /; found ${JSON.stringify(base)}`);
  const at = (path: string): string => `${root}${path}`;
  return {
    /** The base itself: the home page. */
    home: (): string => root,
    /** The archive of every brief, a page at a time. */
    archive: (page = 1): string => paged(at('briefs/'), page),
    brief: (id: string): string => at(`briefs/${id}/`),
    /** The list of every term in a taxonomy. */
    taxonomy: (taxonomy: string): string => at(`${taxonomy}/`),
    /** The briefs on one topic, region or mineral, a page at a time. */
    term: (taxonomy: string, slug: string, page = 1): string => paged(at(`${taxonomy}/${slug}/`), page),
    termFeed: (taxonomy: string, slug: string): string => at(`${taxonomy}/${slug}/rss.xml`),
    publishers: (): string => at('publishers/'),
    /** A publisher's profile, then the briefs on its work a page at a time. */
    publisher: (id: string, page = 1): string => paged(at(`publishers/${id}/`), page),
    publisherFeed: (id: string): string => at(`publishers/${id}/rss.xml`),
    /** The Bias Meter explained; with a dimension id, that dimension's section. */
    methodology: (dimension?: string): string => at(`methodology/${dimension === undefined ? '' : `#${dimension}`}`),
    insights: (): string => at('insights/'),
    /** Every correction and rating change across the site, a page at a time. */
    corrections: (page = 1): string => paged(at('corrections/'), page),
    correctionsRss: (): string => at('corrections/rss.xml'),
    correctionsJsonFeed: (): string => at('corrections/feed.json'),
    /** One correction or rating change on its brief's page, by its anchor (`correction-1`). */
    amendment: (id: string, anchor: string): string => at(`briefs/${id}/#${anchor}`),
    /** The search page; with words, a search for them. */
    search: (query?: string): string =>
      at(`search/${query === undefined ? '' : `?${new URLSearchParams({ q: query }).toString()}`}`),
    rss: (): string => at('rss.xml'),
    jsonFeed: (): string => at('feed.json'),
    sitemapIndex: (): string => at('sitemap-index.xml'),
    /** A brief's social card, or without a slug the site's. */
    card: (slug?: string): string => at(cardFile(slug)),
    /** A file copied from `public/`, e.g. `favicon.svg`. */
    file: (name: string): string => at(name),
    /** Pagefind's browser module, which the build writes into `pagefind/`. */
    pagefind: (): string => at('pagefind/pagefind.js'),
    /** Whether `path` (a path from the origin) is one of this site's. */
    contains: (path: string): boolean => path.startsWith(root),
  };
}

export type SitePaths = ReturnType<typeof sitePaths>;

/** The absolute URL of a site path on `origin` (e.g. `https://briefs.example.org`). */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, `${origin}/`).href;
}
