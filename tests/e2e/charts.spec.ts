// Charts as a reader's browser shows them: drawn only when near, nothing fetched before, nothing
// moving, tables without JavaScript, colours that follow the scheme, and no console errors.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const MODEL = '/briefs/kachin-rare-earths-realpolitik/';
const CHART_PAGES = [
  MODEL,
  '/briefs/graphite-anode-gap/',
  '/briefs/atacama-salar-water-ledger/',
  '/briefs/india-rare-earth-magnets/',
  '/briefs/lithium-price-slide-western-australia/',
  '/insights/',
];
const CHART_FREE_PAGES = [
  '/',
  '/briefs/',
  '/methodology/',
  '/briefs/seabed-mining-debate/',
  '/topics/rare-earths/',
  '/publishers/stimson-center/',
];

/**
 * How many pixels of a canvas hold something (alpha above zero). The test reads a copy: reading
 * the page's own canvas again and again while polling makes Chromium warn in the console that the
 * chart's context is read back often, a warning the page itself never causes.
 */
function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const canvasElement = element as HTMLCanvasElement;
    const copy = new OffscreenCanvas(canvasElement.width, canvasElement.height);
    const context = copy.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(canvasElement, 0, 0);
    const { data } = context.getImageData(0, 0, copy.width, copy.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });
}

/**
 * The colour drawn at a point of a canvas given as fractions of its size, as `r,g,b`. Read from a
 * copy, as paintedPixels does, so callers can poll it. A chart is marked drawn when chart.js starts
 * it; its bars then grow for 500 ms, so callers poll until the colour they expect is painted.
 */
function pixelAt(canvas: Locator, x: number, y: number): Promise<string> {
  return canvas.evaluate(
    (element, [fx, fy]) => {
      const canvasElement = element as HTMLCanvasElement;
      const copy = new OffscreenCanvas(canvasElement.width, canvasElement.height);
      const context = copy.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(canvasElement, 0, 0);
      const pixel = context.getImageData(Math.round(copy.width * fx!), Math.round(copy.height * fy!), 1, 1).data;
      return `${pixel[0]},${pixel[1]},${pixel[2]}`;
    },
    [x, y],
  );
}

/** Scrolls every chart of the page into view, one after the other, and waits until each is drawn. */
async function drawAll(page: Page): Promise<void> {
  const figures = page.locator('figure[data-chart]');
  for (const figure of await figures.all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-drawn', '');
  }
}

/** The JavaScript files a page requests from now on. */
function scriptRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.js'))
      urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

/** The module scripts a page loads on arrival, by path. */
function moduleScripts(page: Page): Promise<string[]> {
  return page
    .locator('script[type="module"][src]')
    .evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src') ?? ''));
}

/**
 * The scripts every page loads (the search launcher and the small helper it shares with other
 * loaders), read from a page without charts.
 */
async function baselineScripts(page: Page): Promise<string[]> {
  const requested = scriptRequests(page);
  await page.goto('/methodology/');
  await page.waitForLoadState('networkidle');
  expect(await moduleScripts(page)).toHaveLength(1);
  return [...requested];
}

test('the model brief’s chart has drawn pixels once scrolled into view; its single value is a figure', async ({
  page,
}) => {
  await page.goto(MODEL);
  // The KIA's revenue is one number: written out, not drawn as a one-bar chart.
  const revenue = page.locator('#chart-kia-revenue');
  await expect(revenue.locator('canvas')).toHaveCount(0);
  await expect(revenue.locator('.figure-value')).toHaveText(/200\s*USD million/);
  const figures = page.locator('figure[data-chart]');
  await expect(figures).toHaveCount(1);
  for (const canvas of await figures.locator('canvas').all()) expect(await paintedPixels(canvas)).toBe(0);
  for (const figure of await figures.all()) {
    const canvas = figure.locator('canvas');
    await figure.scrollIntoViewIfNeeded();
    await expect
      .poll(() => paintedPixels(canvas), { message: `${await figure.getAttribute('id')} is drawn` })
      .toBeGreaterThan(2000);
  }
  await expect(page.locator('#chart-extraction-sites canvas')).toHaveAttribute(
    'aria-label',
    /Before the 2021 coup, 130 sites; 2025, 370 sites/,
  );
});

test('on a long page no chart code is requested until a chart nears the viewport', async ({ page }) => {
  const baseline = await baselineScripts(page);
  const requested = scriptRequests(page);
  await page.goto(MODEL);
  await page.waitForLoadState('networkidle');
  const loader = (await moduleScripts(page)).find((src) => !baseline.includes(src));
  expect(loader).toBeDefined();
  const onArrival = [...baseline, loader!];
  // The page must really be long: the first chart starts well below the fold and its load margin.
  const top = await page
    .locator('figure[data-chart]')
    .first()
    .evaluate((figure) => figure.getBoundingClientRect().top);
  expect(top).toBeGreaterThan(page.viewportSize()!.height + 300);
  expect([...requested].sort()).toEqual([...onArrival].sort());

  const chartCode = page.waitForRequest(
    (request) => request.url().endsWith('.js') && !onArrival.some((src) => request.url().endsWith(src)),
  );
  await page.locator('figure[data-chart]').first().scrollIntoViewIfNeeded();
  await chartCode;
  await expect(page.locator('figure[data-chart]').first()).toHaveAttribute('data-drawn', '');
  expect(requested).toHaveLength(onArrival.length + 1);
});

test('pages without charts request no chart code: only what every page loads for search', async ({ page }) => {
  const baseline = await baselineScripts(page);
  const requested = scriptRequests(page);
  for (const path of CHART_FREE_PAGES) {
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(
      requested.filter((url) => !baseline.includes(url)),
      path,
    ).toEqual([]);
  }
});

test('nothing moves when a chart draws', async ({ page }) => {
  await page.goto(MODEL);
  await page.waitForLoadState('networkidle');
  const layout = (): Promise<number[]> =>
    page.evaluate(() =>
      ['figure[data-chart]', '.sources', '.site-footer'].flatMap((selector) =>
        [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect().top + window.scrollY),
      ),
    );
  const before = await layout();
  await drawAll(page);
  expect(await layout()).toEqual(before);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each chart is its data table, shown, with no empty chart box', async ({ page }) => {
    await page.goto(MODEL);
    const figure = page.locator('#chart-extraction-sites');
    await expect(figure.getByRole('table')).toBeVisible();
    await expect(figure.getByRole('row')).toHaveText([
      /Label\s*Extraction sites/,
      /Before the 2021 coup\s*130 sites/,
      /2025\s*370 sites/,
    ]);
    await expect(figure.locator('canvas')).toBeHidden();
    await expect(figure.getByText('Show the data')).toBeHidden();
    await expect(figure).toContainText('Source: Stimson Center');

    await page.goto('/insights/');
    // Seven charts and the dot plot of briefs by two dimensions.
    const tables = page.locator('figure.chart table');
    await expect(tables).toHaveCount(8);
    for (const table of await tables.all()) await expect(table).toBeVisible();
  });
});

test('with JavaScript the table sits behind “Show the data”', async ({ page }) => {
  await page.goto(MODEL);
  const figure = page.locator('#chart-extraction-sites');
  await expect(figure.getByRole('table')).toBeHidden();
  await figure.getByText('Show the data').click();
  await expect(figure.getByRole('table')).toBeVisible();
});

test('chart pages and /insights/ draw every chart without a console error', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  for (const path of CHART_PAGES) {
    await page.goto(path);
    await drawAll(page);
    // chart.js paints on the next animation frame after the figure is marked drawn, which on a
    // busy machine can come after the first look: wait for the paint rather than sample once.
    for (const canvas of await page.locator('figure[data-chart] canvas').all())
      await expect.poll(() => paintedPixels(canvas), { message: path }).toBeGreaterThan(500);
  }
  expect(errors).toEqual([]);
});

test('charts redraw in the dark palette when the colour scheme changes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(MODEL);
  await drawAll(page);
  const canvas = page.locator('#chart-extraction-sites canvas');
  // The middle of the 2025 bar (the right half, two thirds down).
  await expect.poll(() => pixelAt(canvas, 0.75, 0.66)).toBe('29,90,140'); // --chart-1 in light mode, #1d5a8c
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => pixelAt(canvas, 0.75, 0.66)).toBe('140,196,242'); // #8cc4f2
});

test.describe('for readers who ask for less motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a chart appears in its final state at once', async ({ page }) => {
    await page.goto(MODEL);
    const figure = page.locator('#chart-extraction-sites');
    const canvas = figure.locator('canvas');
    // From before the chart is drawn, the page copies the canvas in each frame from the first in
    // which anything is painted, and in the four frames after it. Animated, the bars grow for
    // 500 ms from the first of them, so the copies would differ from one frame to the next.
    await canvas.evaluate((element) => {
      const canvasElement = element as HTMLCanvasElement;
      const painted = (): number => {
        const copy = new OffscreenCanvas(canvasElement.width, canvasElement.height);
        const context = copy.getContext('2d', { willReadFrequently: true })!;
        context.drawImage(canvasElement, 0, 0);
        const { data } = context.getImageData(0, 0, copy.width, copy.height);
        let count = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
        return count;
      };
      const frames: { image: string; painted: number }[] = [];
      (window as unknown as { chartFrames: Promise<typeof frames> }).chartFrames = new Promise((resolve) => {
        const look = (): void => {
          const count = painted();
          if (frames.length > 0 || count > 0) frames.push({ image: canvasElement.toDataURL(), painted: count });
          if (frames.length === 5) resolve(frames);
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
    });
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-drawn', '');
    const frames = await page.evaluate(
      () => (window as unknown as { chartFrames: Promise<{ image: string; painted: number }[]> }).chartFrames,
    );
    // The first painted frame holds the whole chart, bars and all, and nothing changes after it.
    const painted = frames.map((frame) => frame.painted);
    expect(painted[0], `pixels painted in the first frame (in each: ${painted.join(', ')})`).toBeGreaterThan(2000);
    expect(
      frames.map((frame) => frame.image === frames[0]!.image),
      `each frame as the first: pixels painted in each, ${painted.join(', ')}`,
    ).toEqual([true, true, true, true, true]);
    expect(await paintedPixels(canvas)).toBe(painted[0]);
  });
});

test('printing shows a drawn chart in ink-on-paper colours, its values on the bars and its table left out', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(MODEL);
  await drawAll(page);
  const figure = page.locator('#chart-extraction-sites');
  // Browsers fire beforeprint before laying the page out for paper; the charts redraw for it.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(figure.locator('canvas')).toBeVisible();
  await expect(figure.getByRole('table')).toBeHidden();
  await expect.poll(() => pixelAt(figure.locator('canvas'), 0.75, 0.66)).toBe('29,90,140');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => pixelAt(figure.locator('canvas'), 0.75, 0.66)).toBe('140,196,242');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`charts pass axe in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of [MODEL, '/insights/']) {
      await page.goto(path);
      await drawAll(page);
      const results = await new AxeBuilder({ page }).include('figure.chart').analyze();
      expect(
        results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    }
  });
}
