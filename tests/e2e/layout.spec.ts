// What only a browser shows: the layout at phone width, dark mode, keyboard use and print.
import { expect, test, type Page } from '@playwright/test';

const TEMPLATES = [
  '/',
  '/briefs/',
  '/briefs/kachin-rare-earths-realpolitik/',
  '/briefs/graphite-anode-gap/',
  '/topics/rare-earths/',
  '/publishers/stimson-center/',
  '/methodology/',
  '/insights/',
  '/search/?q=rare+earths&topic=geopolitics',
  '/no-such-page/',
];

async function noHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page scrolls sideways').toBeLessThanOrEqual(clientWidth);
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of TEMPLATES) {
    test(`${path} fits the screen`, async ({ page }) => {
      await page.goto(path);
      await noHorizontalScroll(page);
    });
  }
});

test('the model brief shows its four Bias Meter ratings and the overall rating', async ({ page }) => {
  await page.goto('/briefs/kachin-rare-earths-realpolitik/');
  const meter = page.getByRole('region', { name: 'Bias Meter' });
  const rows = meter.getByRole('row');
  await expect(rows.filter({ hasText: 'Source Bias' })).toContainText('Moderate');
  await expect(rows.filter({ hasText: 'Source Bias' })).toContainText('policy-focused, Western lens');
  await expect(rows.filter({ hasText: 'Fact Depth' })).toContainText('High');
  await expect(rows.filter({ hasText: 'Geopolitical Framing' })).toContainText('Balanced');
  await expect(rows.filter({ hasText: 'Omissions' })).toContainText('Minimal');
  await expect(meter).toContainText('Policy-Oriented, Regionally Balanced Analysis');
  // Source Bias drawn third of five, and said so in words for screen readers.
  const sourceBias = rows.filter({ hasText: 'Source Bias' }).locator('.meter');
  await expect(sourceBias.locator('svg')).toBeVisible();
  await expect(sourceBias).toContainText('3rd of 5, where 1st is best');
});

test('dark mode follows the system setting', async ({ browser }) => {
  const colours = async (scheme: 'light' | 'dark'): Promise<string> => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('/briefs/kachin-rare-earths-realpolitik/');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await context.close();
    return background;
  };
  const [light, dark] = [await colours('light'), await colours('dark')];
  const luminance = (rgb: string): number =>
    rgb
      .match(/\d+/g)!
      .slice(0, 3)
      .map(Number)
      .reduce((a, b) => a + b, 0);
  expect(luminance(light)).toBeGreaterThan(600);
  expect(luminance(dark)).toBeLessThan(150);
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/briefs/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
