// Every page under the Content Security Policy: no violations, no console errors and no failed
// requests, with charts drawn and search opened.
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './sitemap.ts';

interface Watch {
  problems: string[];
}

/** Collects CSP violations, console errors, page errors and failed requests from now on. */
async function watch(page: Page): Promise<Watch> {
  const watched: Watch = { problems: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  page.on('console', (message) => {
    // Chromium logs the 404 page's own status; that page is meant to answer 404.
    const own404 = page.url().includes('/no-such-page/') && message.text().includes('status of 404');
    if (message.type() === 'error' && !own404) watched.problems.push(`${page.url()}: console: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.problems.push(`${page.url()}: error: ${error.message}`));
  page.on('requestfailed', (request) =>
    watched.problems.push(`${page.url()}: failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    const expected404 = response.request().isNavigationRequest() && response.url().includes('/no-such-page/');
    if (response.status() >= 400 && !expected404)
      watched.problems.push(`${page.url()}: HTTP ${response.status()} ${response.url()}`);
  });
  return watched;
}

test('every page in the sitemap, and the 404 page, loads cleanly under the CSP', async ({ page, request }) => {
  test.setTimeout(300_000);
  const watched = await watch(page);
  const paths = [...(await sitemapPaths(request)), '/no-such-page/'];
  for (const path of paths) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, path).toMatch(/script-src 'self'/);
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // Scrolling brings every chart near the viewport, so chart code loads and draws.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    });
    await page.waitForLoadState('networkidle');
  }
  console.log(`CSP sweep: ${paths.length} pages, ${watched.problems.length} problems`);
  expect(watched.problems).toEqual([]);
});

test('charts draw and search runs under the CSP', async ({ page }) => {
  const watched = await watch(page);
  await page.goto('/briefs/kachin-rare-earths-realpolitik/');
  const figure = page.locator('figure[data-chart]').first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-drawn', '');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search briefs' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('terbium');
  await expect(dialog.locator('.search-result').first()).toBeVisible();
  await page.goto('/search/?q=rare+earths&topic=geopolitics');
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  expect(watched.problems).toEqual([]);
});
