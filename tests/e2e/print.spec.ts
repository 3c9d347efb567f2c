// The model brief on paper (Chromium's own PDF output): at most three A4 pages, the verdict on the
// first, every chart drawn or replaced by its table, and the reviewed work's address written out.
import { expect, test, type Page } from '@playwright/test';

const MODEL = '/briefs/kachin-rare-earths-realpolitik/';
/** A4 less the margins of print.css (15 mm each side, 14 mm top, 15 mm bottom), in CSS pixels. */
const MM = 96 / 25.4;
const CONTENT = { width: Math.floor(180 * MM), height: Math.floor(268 * MM) };

/** Pages in a PDF: its page objects, not the page tree (`/Type /Pages`). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function drawAllCharts(page: Page): Promise<void> {
  for (const figure of await page.locator('figure[data-chart]').all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-drawn', '');
  }
}

for (const [colorScheme, drawn] of [
  ['light', false],
  ['dark', true],
] as const) {
  test(`prints in at most three pages, ${drawn ? 'charts drawn' : 'before any chart is drawn'}, from ${colorScheme} mode`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(MODEL);
    if (drawn) await drawAllCharts(page);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    expect(pageCount(pdf)).toBeLessThanOrEqual(3);
    await context.close();
  });
}

test('the verdict and every rating print on the first page, the full Bias Meter too, the navigation not at all', async ({
  page,
}) => {
  await page.setViewportSize(CONTENT);
  await page.emulateMedia({ media: 'print' });
  await page.goto(MODEL);
  const panel = page.getByRole('region', { name: 'Verdict' });
  await expect(panel.locator('.meter-row')).toHaveCount(4);
  const bottom = await panel.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  expect(bottom).toBeLessThan(CONTENT.height);
  await expect(page.getByRole('region', { name: 'Bias Meter' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(panel.getByRole('link', { name: /full Bias Meter/ })).toBeHidden();
});

test('a chart not yet drawn prints as its table, never as an empty box; a drawn one prints drawn', async ({ page }) => {
  await page.goto(MODEL);
  await page.emulateMedia({ media: 'print' });
  const chart = page.locator('#chart-extraction-sites');
  await expect(chart.locator('canvas')).toBeHidden();
  await expect(chart.locator('.chart-canvas')).toBeHidden();
  await expect(chart.getByRole('table')).toBeVisible();
  await expect(chart.getByRole('row')).toHaveText([/Label/, /Before the 2021 coup\s*130 sites/, /2025\s*370 sites/]);
  await page.emulateMedia({ media: 'screen' });
  await drawAllCharts(page);
  await page.emulateMedia({ media: 'print' });
  await expect(chart.locator('canvas')).toBeVisible();
  // The single value prints as its number in every case.
  await expect(page.locator('#chart-kia-revenue .figure-value')).toHaveText(/200\s*USD million/);
});

test('the reviewed work’s address is printed under its title', async ({ page }) => {
  await page.goto(MODEL);
  await page.emulateMedia({ media: 'print' });
  const after = await page
    .locator('.reviewed-work .work-title a')
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toBe('"https://www.stimson.org/2025/rare-earths-and-realpolitik/"');
});

test('subjects print as a line of text kept with what comes before, not a page of chips', async ({ page }) => {
  await page.goto(MODEL);
  await page.emulateMedia({ media: 'print' });
  const terms = page.locator('.terms');
  expect(await terms.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('avoid');
  // Chips no more: one line of text per kind of subject.
  const height = (await terms.locator('.chips').first().boundingBox())!.height;
  expect(height).toBeLessThan(20);
});
