// What a reader sees of the Bias Meter and the design: the verdict first, scales that cannot be
// misread, one card everywhere, the compact header and search sheet, fonts, and page weight.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { fallbackFamily, LOCAL_FALLBACKS, WEB_FONTS } from '../../src/lib/fontFallbacks.ts';
import { sitemapPaths } from './sitemap.ts';

const MODEL = '/briefs/kachin-rare-earths-realpolitik/';
const LISTINGS = ['/', '/briefs/', '/topics/mining-policy/', '/publishers/coastal-minerals-review/'];

async function briefPaths(page: Page): Promise<string[]> {
  return (await sitemapPaths(page.request)).filter(
    (path) => /^\/briefs\/[^/]+\/$/.test(path) && !/\/\d+\/$/.test(path),
  );
}

/** The bottom of an element, in page pixels from the top of the document. */
function bottomOf(locator: Locator): Promise<number> {
  return locator.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
}

/** The cells of a strip: whether each is the rated one, and its height. */
function cells(strip: Locator): Promise<{ rated: boolean; height: number; width: number }[]> {
  return strip.locator('rect').evaluateAll((rects) =>
    rects.map((rect) => {
      const box = rect.getBoundingClientRect();
      return { rated: rect.classList.contains('meter-mark'), height: box.height, width: box.width };
    }),
  );
}

test.describe('the verdict first', () => {
  test('on every brief the verdict and all four ratings are on the first screen of a desktop', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    const paths = await briefPaths(page);
    expect(paths.length).toBeGreaterThan(8);
    for (const path of paths) {
      await page.goto(path);
      const panel = page.getByRole('region', { name: 'Verdict' });
      await expect(panel.locator('.meter-row'), path).toHaveCount(4);
      expect(await bottomOf(panel), path).toBeLessThanOrEqual(800);
    }
  });

  test('on a 360 px phone they are within two screens, before the highlights', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of await briefPaths(page)) {
      await page.goto(path);
      const panel = page.getByRole('region', { name: 'Verdict' });
      expect(await bottomOf(panel), path).toBeLessThanOrEqual(2 * 740);
      expect(await bottomOf(panel), path).toBeLessThan(await bottomOf(page.locator('.highlights')));
    }
  });

  test('the verdict reads without JavaScript and links down to the full meter and its notes', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(MODEL);
    const panel = page.getByRole('region', { name: 'Verdict' });
    await expect(panel).toContainText('Policy-Oriented, Regionally Balanced Analysis');
    await expect(panel.locator('.meter-row').first()).toHaveText(
      /Source Bias\s*Moderate\s*3rd of 5, where 1st is best/,
    );
    await panel.getByRole('link', { name: /full Bias Meter/ }).click();
    await expect(page).toHaveURL(/#bias-meter$/);
    await expect(page.getByRole('region', { name: 'Bias Meter' })).toContainText('policy-focused, Western lens');
    await context.close();
  });
});

test.describe('scales that cannot be misread', () => {
  test('every strip runs best to worst left to right, its rated cell taller, ends lined up', async ({ page }) => {
    await page.goto(MODEL);
    const strips = page.locator('.verdict-panel .meter');
    await expect(strips).toHaveCount(4);
    const expected = [
      [2, 5],
      [1, 5],
      [0, 4],
      [0, 4],
    ];
    const lefts: number[] = [];
    const rights: number[] = [];
    for (const [i, strip] of (await strips.all()).entries()) {
      const [index, steps] = expected[i]!;
      const drawn = await cells(strip);
      expect(drawn.map((c) => c.rated)).toEqual(Array.from({ length: steps! }, (_, j) => j === index));
      const rated = drawn[index!]!;
      // The mark differs in shape, not only in colour.
      for (const other of drawn.filter((c) => !c.rated)) expect(other.height).toBeLessThan(rated.height * 0.6);
      const box = (await strip.locator('svg').boundingBox())!;
      lefts.push(box.x);
      rights.push(box.x + box.width);
    }
    // Five-step and four-step scales share both ends, so "best" and "worst" head every row.
    expect(new Set(lefts).size).toBe(1);
    expect(new Set(rights).size).toBe(1);
    const key = page.locator('.verdict-panel .meter-key');
    await expect(key).toHaveText(/best.*worst/);
    const keyBox = (await key.boundingBox())!;
    expect(Math.abs(keyBox.x - lefts[0]!)).toBeLessThanOrEqual(1);
    expect(Math.abs(keyBox.x + keyBox.width - rights[0]!)).toBeLessThanOrEqual(1);
  });

  test('the full meter names each scale’s two ends under its strip, never past it', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(MODEL);
    for (const meter of await page.locator('.bias-meter .meter').all()) {
      const strip = (await meter.locator('svg').boundingBox())!;
      const ends = (await meter.locator('.meter-ends').boundingBox())!;
      expect(ends.x).toBeGreaterThanOrEqual(strip.x - 0.5);
      expect(ends.x + ends.width).toBeLessThanOrEqual(strip.x + strip.width + 0.5);
    }
    await expect(page.locator('.bias-meter tr[data-dimension="omissions"] .meter-ends')).toHaveText(
      /minimal\s*significant/,
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the rated cell and the others stand 3:1 apart from the card in ${colorScheme} mode`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto('/briefs/');
      const contrast = await page
        .locator('.card')
        .first()
        .evaluate((card) => {
          const rgb = (value: string): number[] => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          const lum = (c: number[]): number => {
            const [r, g, b] = c
              .map((v) => v / 255)
              .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
            return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
          };
          const ratio = (a: number[], b: number[]): number => {
            const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
            return (hi! + 0.05) / (lo! + 0.05);
          };
          const background = rgb(getComputedStyle(card).backgroundColor);
          const marks = [...card.querySelectorAll('.meter-mark')].map((r) => rgb(getComputedStyle(r).fill));
          const steps = [...card.querySelectorAll('.meter-step')].map((r) => rgb(getComputedStyle(r).stroke));
          return Math.min(...[...marks, ...steps].map((c) => ratio(c, background)));
        });
      expect(contrast).toBeGreaterThanOrEqual(3);
      await context.close();
    });
  }

  test('a screen reader hears each dimension, its rating and where it sits; the strip itself is hidden', async ({
    page,
  }) => {
    await page.goto(MODEL);
    await expect(page.locator('.verdict-panel')).toMatchAriaSnapshot(`
      - region "Verdict":
        - heading "Verdict" [level=2]
        - paragraph: Policy-Oriented, Regionally Balanced Analysis
        - term: Source Bias
        - definition: Moderate 3rd of 5, where 1st is best
        - term: Fact Depth
        - definition: High 2nd of 5, where 1st is best
        - term: Geopolitical Framing
        - definition: Balanced 1st of 4, where 1st is best
        - term: Omissions
        - definition: Minimal 1st of 4, where 1st is best
        - paragraph:
          - link /full Bias Meter/
    `);
    for (const svg of await page.locator('.meter svg').all()) await expect(svg).toHaveAttribute('aria-hidden', 'true');
    await expect(page.locator('.verdict-panel .meter-key')).toHaveAttribute('aria-hidden', 'true');
  });
});

test.describe('cards', () => {
  test('every listing uses the one card, each with its verdict and four rated strips', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of [...LISTINGS, MODEL]) {
      await page.goto(path);
      const cards = page.locator('article.card');
      expect(await cards.count(), path).toBeGreaterThan(0);
      for (const card of await cards.all()) {
        await expect(card.locator('.meter-row'), path).toHaveCount(4);
        await expect(card.locator('.verdict a'), path).toHaveAttribute('href', /#bias-meter$/);
      }
    }
  });

  test('card titles look the same on every listing, whatever their heading level', async ({ page }) => {
    test.setTimeout(120_000);
    const looks = new Set<string>();
    for (const path of LISTINGS) {
      await page.goto(path);
      for (const title of await page.locator('.card-list .card-title a').all())
        looks.add(
          await title.evaluate((a) => {
            const style = getComputedStyle(a);
            const heading = getComputedStyle(a.parentElement!);
            return [heading.fontSize, heading.marginTop, style.color, style.textDecorationLine].join(' ');
          }),
        );
    }
    expect([...looks]).toHaveLength(1);
    expect([...looks][0]).toMatch(/ none$/);
  });

  test('no listing ends with a card alone in its row beside an empty space', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const path of LISTINGS) {
      await page.goto(path);
      const lastRow = await page
        .locator('.card-list')
        .last()
        .evaluate((list) => {
          const items = [...list.children].map((li) => li.getBoundingClientRect());
          const last = items.at(-1)!;
          return {
            sharing: items.filter((box) => Math.abs(box.top - last.top) < 2).length,
            fullWidth: Math.abs(last.width - list.getBoundingClientRect().width) < 2,
          };
        });
      // Either the last row is full, or its one card spans it.
      expect(lastRow.sharing > 1 || lastRow.fullWidth, path).toBe(true);
    }
  });
});

test.describe('the header and search on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the header is one row, and the menu opens the links', async ({ page }) => {
    await page.goto('/briefs/');
    const header = page.locator('.site-header');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Insights' })).toBeHidden();
    await nav.getByText('Menu').click();
    await expect(nav.getByRole('link', { name: 'Insights' })).toBeVisible();
    await nav.getByRole('link', { name: 'Insights' }).click();
    await expect(page).toHaveURL('/insights/');
  });

  test('search opens as a sheet over the whole screen, with no keyboard hints', async ({ page }) => {
    await page.goto(MODEL);
    await expect(page.locator('.search-launch kbd')).toBeHidden();
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search briefs' });
    await dialog.getByRole('searchbox').fill('rare earths');
    await expect(dialog.getByRole('status')).toHaveText(/results? for “rare earths”/);
    const box = (await dialog.boundingBox())!;
    expect(box).toMatchObject({ x: 0, y: 0, width: 360 });
    expect(box.height).toBeGreaterThanOrEqual(740 - 1);
    await expect(dialog.locator('.search-hint')).toBeHidden();
    await expect(dialog.locator('kbd')).toBeHidden();
  });
});

test('on a desktop the links sit in the header row and keyboard hints show', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/briefs/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Insights' })).toBeVisible();
  await expect(nav.getByText('Menu')).toBeHidden();
  await expect(page.locator('.search-launch kbd')).toBeVisible();
  expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(64);
});

test('a search result draws the same meter as the brief’s card', async ({ page }) => {
  const shape = (meter: Locator) =>
    meter.evaluate((el) => ({
      rows: [...el.querySelectorAll('.meter-row')].map((row) => row.textContent?.replace(/\s+/g, ' ').trim()),
      rects: [...el.querySelectorAll('rect')].map((r) =>
        ['class', 'x', 'y', 'width', 'height'].map((a) => r.getAttribute(a)).join(' '),
      ),
      verdict: el.querySelector('.verdict')?.textContent?.replace(/\s+/g, ' ').trim(),
    }));
  await page.goto('/publishers/stimson-center/');
  const card = await shape(page.locator('article.card .meter-summary').first());
  await page.goto('/search/?q=terbium');
  await expect(page.locator('[data-search-status]')).toHaveText('1 result for “terbium”');
  const result = page.locator('[data-search-results] > li').first();
  await expect(result.locator('.meter-summary')).toBeVisible();
  expect(await shape(result.locator('.meter-summary'))).toEqual(card);
  expect(card.rows).toHaveLength(4);
});

test('publisher pages draw each dimension’s typical rating with the same strips', async ({ page }) => {
  await page.goto('/publishers/coastal-minerals-review/');
  const rows = page.locator('.publisher-ratings tbody tr');
  await expect(rows).toHaveCount(4);
  for (const row of await rows.all()) {
    const drawn = await cells(row.locator('.meter'));
    expect(drawn.filter((c) => c.rated)).toHaveLength(1);
    await expect(row.locator('.meter .visually-hidden')).toHaveText(/^\d(st|nd|rd|th) of \d, where 1st is best$/);
  }
});

test('a brief without data charts stays within its weight: 2 KB of script, 30 KB of HTML and CSS, 100 KB of fonts', async ({
  page,
}) => {
  const sizes = { js: 0, htmlCss: 0, fonts: 0 };
  const fonts: string[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    pending.push(
      response.body().then(
        (body) => {
          if (type.includes('javascript')) sizes.js += gzipSync(body).length;
          else if (type.includes('html') || type.includes('css')) sizes.htmlCss += gzipSync(body).length;
          else if (type.includes('font')) {
            sizes.fonts += body.length;
            fonts.push(response.url());
          }
        },
        () => undefined,
      ),
    );
  });
  await page.goto('/briefs/cobalt-artisanal-output-lualaba/', { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await Promise.all(pending);
  expect(sizes.js).toBeLessThanOrEqual(2 * 1024);
  expect(sizes.htmlCss).toBeLessThanOrEqual(30 * 1024);
  expect(sizes.fonts).toBeLessThanOrEqual(100 * 1024);
  // Both faces, Latin only, woff2, from this site.
  expect(fonts.map((url) => new URL(url).pathname.replace(/\.[\w-]+\.woff2$/, '')).sort()).toEqual([
    '/_astro/inter-latin-wght-normal',
    '/_astro/source-serif-4-latin-wght-normal',
  ]);
  expect(fonts.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
  expect(await page.evaluate(() => document.fonts.check('16px "Source Serif 4 Variable"'))).toBe(true);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"Source Serif 4 Variable"/);
});

type ShiftWindow = Window & { shifts: number; shiftObserver: PerformanceObserver };
type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean };

/** Records the page's unexpected layout shifts in `window.shifts`, from its first paint. */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as ShiftWindow;
    record.shifts = 0;
    record.shiftObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShift[]) if (!entry.hadRecentInput) record.shifts += entry.value;
    });
    record.shiftObserver.observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * The layout shifts recorded once the page has drawn two more frames, so that whatever the test
 * has just done is laid out and measured. Entries the observer holds but has not yet handed over
 * (it reports when the browser gets round to it) are taken from it at once.
 */
function shiftsSoFar(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    await frame();
    const record = window as unknown as ShiftWindow;
    for (const entry of record.shiftObserver.takeRecords() as LayoutShift[])
      if (!entry.hadRecentInput) record.shifts += entry.value;
    return record.shifts;
  });
}

/** Holds back every request matching `pattern` until the returned function is called. */
async function holdRequests(page: Page, pattern: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Waits until both web fonts are loaded and in use. */
async function webFontsIn(page: Page): Promise<void> {
  const families = Object.values(WEB_FONTS).map((font) => font.familyName);
  await expect
    .poll(() => page.evaluate((names) => names.every((name) => document.fonts.check(`16px "${name}"`)), families))
    .toBe(true);
}

test('/search/ holds its layout while results arrive', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await recordLayoutShifts(page);
  // The results wait until the page and its fonts are in, so what is measured is their arrival
  // alone, however busy the machine (fonts arriving late are the next test's case).
  const releaseSearch = await holdRequests(page, /\/pagefind\/pagefind\.js$/);
  await page.goto('/search/?q=rare');
  await page.evaluate(() => document.fonts.ready);
  releaseSearch();
  await expect(page.locator('[data-search-status]')).toHaveText(/results? for “rare”/);
  // The results and the status are shown in one go: the frame that draws them is the one to measure.
  expect(await shiftsSoFar(page)).toBeLessThanOrEqual(0.1);
});

test('/search/ keeps its field, button and filters in place when the web fonts arrive late', async ({ page }) => {
  // The field and its button sat on one row that wrapped when the web font widened the field: on
  // a slow connection everything under the row jumped down 51 px when the fonts came in.
  for (const width of [360, 412, 1280]) {
    await page.setViewportSize({ width, height: 823 });
    const releaseFonts = await holdRequests(page, /\.woff2$/);
    // The load event waits for the preloaded fonts.
    await page.goto('/search/', { waitUntil: 'domcontentloaded' });
    const place = () =>
      page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const field = box('.search-field');
        return {
          field: Math.round(field.top),
          fieldBottom: Math.round(field.bottom),
          button: Math.round(box('.search-button').top),
          filters: Math.round(box('.search-layout').top),
        };
      });
    const before = await place();
    expect(before.button, `${width} px: the button beside the field`).toBeLessThan(before.fieldBottom);
    releaseFonts();
    await webFontsIn(page);
    // A pixel or two is the new face's own line height; the wrap this guards against moved 51 px.
    const after = await place();
    for (const part of ['field', 'button', 'filters'] as const)
      expect(Math.abs(after[part] - before[part]), `${width} px: the ${part} moved`).toBeLessThanOrEqual(2);
    await page.unroute(/\.woff2$/);
  }
});

test('until the web fonts arrive, the installed fallback sized to each sets text as wide', async ({ page }) => {
  await page.goto(MODEL);
  await page.evaluate(() => document.fonts.ready);
  const sample =
    'A Stimson Center report traces how the Kachin Independence Army’s grip on heavy rare-earth mines has made it a gatekeeper, 2025';
  let measured = 0;
  for (const role of ['body', 'ui'] as const) {
    const web = WEB_FONTS[role];
    for (const local of LOCAL_FALLBACKS[role]) {
      const family = fallbackFamily(web, local);
      const widths = await page.evaluate(
        async ([webFamily, fallback, boldWeight, text]) => {
          // A fallback whose local font is not installed fails to load: nothing to measure.
          const loaded = (weight: number) =>
            document.fonts.load(`${weight} 16px "${fallback}"`).then(
              (faces) => faces.length > 0,
              () => false,
            );
          if (!(await loaded(400)) || !(await loaded(boldWeight))) return null;
          const context = document.createElement('canvas').getContext('2d')!;
          const width = (font: string) => {
            context.font = font;
            return context.measureText(text).width;
          };
          return [400, boldWeight].map((weight) => ({
            weight,
            web: width(`${weight} 100px "${webFamily}"`),
            fallback: width(`${weight} 100px "${fallback}"`),
          }));
        },
        [web.familyName, family, web.boldWeight, sample] as const,
      );
      if (!widths) continue;
      measured++;
      for (const { weight, web: webWidth, fallback } of widths)
        expect(Math.abs(fallback / webWidth - 1), `${family} at ${weight}`).toBeLessThanOrEqual(0.02);
    }
  }
  // This machine has DejaVu at least; a run that found no fallback to measure tested nothing.
  expect(measured).toBeGreaterThanOrEqual(2);
});

test('a brief on a phone does not move when its web fonts arrive late', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await recordLayoutShifts(page);
  const releaseFonts = await holdRequests(page, /\.woff2$/);
  // The load event waits for the preloaded fonts.
  await page.goto(MODEL, { waitUntil: 'domcontentloaded' });
  // The text is drawn in the fallback faces first (its first contentful paint, while the fonts are
  // held), so that the fonts' arrival is a swap on a page already drawn.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const families = Object.values(WEB_FONTS).map((font) => font.familyName);
  expect(await page.evaluate((names) => names.some((name) => document.fonts.check(`16px "${name}"`)), families)).toBe(
    false,
  );
  releaseFonts();
  await webFontsIn(page);
  // With unsized fallbacks the text rewrapped on swap: a shift of 0.149 here.
  expect(await shiftsSoFar(page)).toBeLessThanOrEqual(0.05);
});

test('/insights/ plots every brief by two dimensions, each dot a link to its brief', async ({ page }) => {
  const briefs = await briefPaths(page);
  await page.goto('/insights/');
  const dots = page.locator('#chart-rating-grid .dot');
  await expect(dots).toHaveCount(briefs.length);
  expect((await dots.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).sort()).toEqual(briefs.sort());
  await dots.first().click();
  await expect(page).toHaveURL(/\/briefs\/[^/]+\/$/);
});
