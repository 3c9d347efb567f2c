/** Every page Assay injects into a site: its address pattern and its file under src/routes/. */
export const ROUTES: readonly (readonly [pattern: string, file: string])[] = [
  ['/', 'index.astro'],
  ['/404', '404.astro'],
  ['/briefs/[...page]', 'briefs/[...page].astro'],
  ['/briefs/[slug]', 'briefs/[slug].astro'],
  ['/publishers', 'publishers/index.astro'],
  ['/publishers/[id]/[...page]', 'publishers/[id]/[...page].astro'],
  ['/publishers/[id]/rss.xml', 'publishers/[id]/rss.xml.ts'],
  ['/[taxonomy]', '[taxonomy]/index.astro'],
  ['/[taxonomy]/[term]/[...page]', '[taxonomy]/[term]/[...page].astro'],
  ['/[taxonomy]/[term]/rss.xml', '[taxonomy]/[term]/rss.xml.ts'],
  ['/insights', 'insights.astro'],
  ['/methodology', 'methodology.astro'],
  ['/corrections/[...page]', 'corrections/[...page].astro'],
  ['/corrections/rss.xml', 'corrections/rss.xml.ts'],
  ['/corrections/feed.json', 'corrections/feed.json.ts'],
  ['/search', 'search.astro'],
  ['/search/text.json', 'search/text.json.ts'],
  ['/rss.xml', 'rss.xml.ts'],
  ['/feed.json', 'feed.json.ts'],
  ['/robots.txt', 'robots.txt.ts'],
];

/** The social cards' manifest (src/routes/og/cards.json.ts), injected when the site has cards. */
export const CARDS_ROUTE: readonly [pattern: string, file: string] = ['/og/cards.json', 'og/cards.json.ts'];

/** The editor in the browser (src/routes/admin.astro), injected unless the site sets `admin: false`. */
export const ADMIN_ROUTE: readonly [pattern: string, file: string] = ['/admin', 'admin.astro'];
