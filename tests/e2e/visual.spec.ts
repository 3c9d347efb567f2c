// Screenshots of the main templates at a 360 px phone and a 1280 px desktop, light and dark,
// compared with the committed baselines in visual.spec.ts-snapshots/ (a broken card, meter or
// layout fails here). After an intended change: `npx playwright test visual --update-snapshots`,
// then look at every new image before committing it.
import { expect, test, type Page } from '@playwright/test';

const PAGES: Record<string, string> = {
  home: '/',
  brief: '/briefs/kachin-rare-earths-realpolitik/',
  archive: '/briefs/',
  publisher: '/publishers/coastal-minerals-review/',
  insights: '/insights/',
  search: '/search/?q=rare',
};
const WIDTHS = [360, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** Up to 1% of pixels may differ: anti-aliasing, never a card or a meter. */
const TOLERANCE = { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide', timeout: 30_000 } as const;

/** Waits until what the page draws after loading is drawn: fonts, every chart, search results. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  for (const figure of await page.locator('figure[data-chart]').all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-drawn', '');
  }
  if (page.url().includes('/search/')) {
    await expect(page.locator('[data-search-status]')).toHaveText(/results? for/);
    await expect(page.locator('[data-search-results] .meter-summary').first()).toBeVisible();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

for (const colorScheme of SCHEMES) {
  for (const width of WIDTHS) {
    test.describe(`${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height: width === 360 ? 740 : 800 }, colorScheme, reducedMotion: 'reduce' });

      for (const [name, path] of Object.entries(PAGES)) {
        test(`${name} looks as it should`, async ({ page }) => {
          test.setTimeout(90_000);
          await page.goto(path);
          await settle(page);
          await expect(page).toHaveScreenshot(`${name}-${width}-${colorScheme}.png`, { ...TOLERANCE, fullPage: true });
        });
      }

      test('the search dialog looks as it should', async ({ page }) => {
        test.setTimeout(90_000);
        await page.goto(PAGES['brief']!);
        await page.evaluate(() => document.fonts.ready);
        await page.getByRole('button', { name: 'Search' }).click();
        const dialog = page.getByRole('dialog', { name: 'Search briefs' });
        await dialog.getByRole('searchbox').fill('rare earths');
        await expect(dialog.getByRole('status')).toHaveText(/results? for “rare earths”/);
        await expect(dialog.locator('.meter-summary').first()).toBeVisible();
        await expect(page).toHaveScreenshot(`dialog-${width}-${colorScheme}.png`, TOLERANCE);
      });
    });
  }
}
