import type { Page } from '@playwright/test';

/**
 * A point after which whatever the page started in answer to what a test just did has shown
 * itself, for tests that then check that nothing happened. The page draws two frames (so its
 * animation-frame callbacks have run, the first frame has been laid out and painted, and the
 * observers that report on layout, such as IntersectionObserver, have called back), runs one
 * more task, and then sends a request of its own; Playwright sees that request after every
 * request the page sent before it. A request, an element added or a handler run in answer to
 * the test's action therefore comes before this returns, however slow the machine.
 */
export async function settle(page: Page): Promise<void> {
  const marker = `settle=${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const sent = page.waitForRequest((request) => request.url().endsWith(marker));
  await page.evaluate(async (query) => {
    const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    await frame();
    await new Promise((resolve) => setTimeout(resolve));
    // The page itself, asked for again: allowed by the site's CSP (default-src 'self').
    const url = new URL(location.href);
    url.search = query;
    await fetch(url, { method: 'HEAD', cache: 'no-store' });
  }, marker);
  await sent;
}
