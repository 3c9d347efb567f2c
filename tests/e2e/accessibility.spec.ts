// axe-core over every page in the sitemap and the 404 page, in light and dark mode.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test(`every page passes axe (${TAGS.join(', ')}) in ${scheme} mode`, async ({ browser, request }) => {
    // Every page of the sitemap, now over 100 with /corrections/ and the new cards; 5 minutes was too short on 2 cores.
    test.setTimeout(900_000);
    const paths = [...(await sitemapPaths(request)), '/no-such-page/'];
    expect(paths.length).toBeGreaterThan(20);
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of results.violations) {
        violations.push(
          `${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
        );
      }
    }
    await context.close();
    console.log(`axe ${scheme}: ${paths.length} pages, ${violations.length} violations`);
    expect(violations).toEqual([]);
  });
}
