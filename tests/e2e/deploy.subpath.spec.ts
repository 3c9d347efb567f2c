// A publication deployed under a sub-path, as GitHub Pages serves a project site: the demo briefs
// and generated ones, built with ASSAY_BASE=/assay/ and served under /assay/ only (anything
// outside it is a 404). Every address the site gives a reader, a feed reader or a crawler must
// resolve there, and search must find and open briefs there.
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { PLACEHOLDER_URL } from '../../src/settings.ts';

const BASE = '/assay/';
const MODEL_BRIEF = `${BASE}briefs/kachin-rare-earths-realpolitik/`;
/** Where the pages' absolute links point: the public origin, not the test server. */
const PUBLIC = new URL(PLACEHOLDER_URL);

/** Keys of feed and sitemap values that are addresses, and of those that hold a brief's HTML. */
const URL_KEYS = new Set(['loc', 'link', 'guid', '@_href', 'url', 'home_page_url', 'feed_url']);
const HTML_KEYS = new Set(['content:encoded', 'content_html']);

/** Calls `visit` with every string in a parsed feed, sitemap or JSON document and the key it sits under. */
function walk(value: unknown, key: string, visit: (key: string, text: string) => void): void {
  if (typeof value === 'string') visit(key, value);
  else if (Array.isArray(value)) for (const item of value) walk(item, key, visit);
  else if (value && typeof value === 'object')
    for (const [inner, child] of Object.entries(value)) walk(child, inner === '#text' ? key : inner, visit);
}

test('every link, asset, feed item and sitemap URL resolves inside /assay/', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const served = new URL(baseURL ?? '');
  const problems: string[] = [];
  /** Each path to check, with the first page that linked it. */
  const queue = new Map<string, string>([
    [BASE, '(start)'],
    [`${BASE}sitemap-index.xml`, '(start)'],
    [`${BASE}robots.txt`, '(start)'],
    [`${BASE}no-such-page/`, '(start)'],
  ]);
  const anchors: { page: string; id: string; from: string }[] = [];
  const ids = new Map<string, Set<string>>();
  const sitemapUrls: string[] = [];
  const feedItems: string[] = [];
  const xml = new XMLParser({ ignoreAttributes: false });

  const follow = (raw: string, from: string): void => {
    const url = new URL(raw, new URL(from.startsWith('/') ? from : BASE, served));
    if (url.origin !== served.origin && url.origin !== PUBLIC.origin) return; // another site
    if (!url.pathname.startsWith(BASE)) {
      problems.push(`${from}: ${raw} leads outside ${BASE}`);
      return;
    }
    if (url.hash.length > 1) anchors.push({ page: url.pathname, id: decodeURIComponent(url.hash.slice(1)), from });
    if (!queue.has(url.pathname)) queue.set(url.pathname, from);
  };
  const followHtml = (html: string, from: string, own: boolean): void => {
    const { document } = parseHTML(own ? html : `<!doctype html><html><body>${html}</body></html>`);
    for (const el of document.querySelectorAll('[href], [src], form[action]'))
      follow(el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '', from);
    if (own) ids.set(from, new Set([...document.querySelectorAll('[id]')].map((el) => el.id)));
  };

  for (const [path, from] of queue) {
    const response = await request.get(path, { maxRedirects: 0 });
    const missing = path === `${BASE}no-such-page/`;
    if (response.status() !== (missing ? 404 : 200)) {
      problems.push(`${from}: ${path} answered ${response.status()}`);
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    const body = await response.text();
    if (type.includes('html')) followHtml(body, path, true);
    else if (type.includes('xml') || type.includes('json')) {
      const document: unknown = type.includes('json') ? JSON.parse(body) : xml.parse(body);
      walk(document, '', (key, text) => {
        if (URL_KEYS.has(key)) {
          follow(text, path);
          if (key === 'loc' && path.includes('sitemap-0')) sitemapUrls.push(text);
          if ((key === 'link' || key === 'url') && !text.endsWith(BASE)) feedItems.push(text);
        } else if (HTML_KEYS.has(key)) followHtml(text, path, false);
      });
    } else if (path.endsWith('robots.txt')) {
      for (const match of body.matchAll(/^(?:Allow|Sitemap): (\S+)/gm)) follow(match[1] ?? '', path);
    }
  }
  for (const { page, id, from } of anchors)
    if (ids.has(page) && !ids.get(page)?.has(id)) problems.push(`${from}: ${page}#${id} names no element there`);

  expect(problems).toEqual([]);
  const checked = [...queue.keys()];
  console.log(
    `Sub-path deploy: ${checked.length} addresses, ${sitemapUrls.length} sitemap URLs, ${feedItems.length} feed links checked`,
  );
  // The walk reached what matters: the archive's last page, subject pages, every kind of feed, the
  // sitemap. At 24 briefs a page no subject of this site (the demo briefs and 45 generated ones)
  // has a second page; the paths of later subject pages under the base are checked in
  // tests/unit/urls.test.ts.
  expect(sitemapUrls.length).toBeGreaterThan(40);
  expect(feedItems.length).toBeGreaterThan(50);
  for (const path of [`${BASE}briefs/3/`, `${BASE}rss.xml`, `${BASE}feed.json`, `${BASE}sitemap-0.xml`, MODEL_BRIEF])
    expect(checked, path).toContain(path);
  expect(checked.some((path) => /\/(topics|regions|minerals)\/[^/]+\/$/.test(path))).toBe(true);
  expect(checked.some((path) => /\/publishers\/[^/]+\/rss\.xml$/.test(path))).toBe(true);
  expect(checked.some((path) => path.startsWith(`${BASE}_astro/`) && path.endsWith('.css'))).toBe(true);
});

test('the server answers 404 outside /assay/, as the host of a project site does', async ({ request }) => {
  for (const path of ['/', '/briefs/', '/rss.xml', '/pagefind/pagefind.js'])
    expect((await request.get(path)).status(), path).toBe(404);
});

/** Every request the page makes to the site from now on that leaves /assay/, fails or finds nothing. */
function strayRequests(page: Page, origin: string): string[] {
  const stray: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin === origin && !url.pathname.startsWith(BASE)) stray.push(`outside the base: ${url.pathname}`);
  });
  page.on('requestfailed', (req) => stray.push(`failed: ${req.url()}`));
  page.on('response', (res) => {
    if (res.status() >= 400) stray.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return stray;
}

test('the search dialog loads Pagefind under /assay/, and its results open briefs there', async ({ page, baseURL }) => {
  const stray = strayRequests(page, new URL(baseURL ?? '').origin);
  await page.goto(`${BASE}methodology/`);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search briefs' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('realpolitik');
  await expect(dialog.getByRole('status')).toHaveText(/results? for “realpolitik”/);
  const links = dialog.locator('.search-result a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain(MODEL_BRIEF);
  for (const href of hrefs) expect(href).toMatch(/^\/assay\/briefs\/[a-z0-9-]+\/$/);
  await expect(dialog.getByRole('link', { name: /full search page/ })).toHaveAttribute(
    'href',
    `${BASE}search/?q=realpolitik`,
  );
  await links.filter({ hasText: 'Rare Earths and Realpolitik' }).click();
  await expect(page).toHaveURL(MODEL_BRIEF);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Rare Earths and Realpolitik/);
  // Its charts load chart.js from under the base too.
  const figure = page.locator('figure[data-chart]').first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-drawn', '');
  expect(stray).toEqual([]);
});

test('the search page finds briefs under /assay/ and opens them', async ({ page, baseURL }) => {
  const stray = strayRequests(page, new URL(baseURL ?? '').origin);
  await page.goto(`${BASE}search/`);
  await page.getByRole('searchbox', { name: 'Words to find' }).fill('realpolitik');
  const output = page.locator('[data-search-output]');
  await expect(output.getByRole('status')).toHaveText(/results? for “realpolitik”/);
  await expect(page).toHaveURL(`${BASE}search/?q=realpolitik`);
  const links = page.locator('[data-search-results] > li a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain(MODEL_BRIEF);
  for (const href of hrefs) expect(href).toMatch(/^\/assay\/briefs\/[a-z0-9-]+\/$/);
  const response = page.waitForResponse((res) => res.url().endsWith(MODEL_BRIEF));
  await links.filter({ hasText: 'Rare Earths and Realpolitik' }).click();
  expect((await response).status()).toBe(200);
  await expect(page).toHaveURL(MODEL_BRIEF);
  expect(stray).toEqual([]);
});
