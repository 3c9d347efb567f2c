// Search in a browser, against the demo site: finding, filtering, the URL, the keyboard, and what
// is (not) downloaded before a reader opens search.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Pagefind } from '../../src/client/search/pagefind.ts';
import { settle } from './settle.ts';

const MODEL_BRIEF = '/briefs/kachin-rare-earths-realpolitik/';

/** The /search/ page's parts. */
function searchPage(page: Page) {
  const output = page.locator('[data-search-output]');
  return {
    box: page.getByRole('searchbox', { name: 'Words to find' }),
    status: output.getByRole('status'),
    results: page.locator('[data-search-results] > li'),
    resultLinks: page.locator('[data-search-results] > li a'),
    facet: (legend: string): Locator => page.getByRole('group', { name: legend }),
  };
}

/** Waits until the results announce `text` (the status is written last, after the list). */
async function resultsSay(page: Page, text: string | RegExp): Promise<void> {
  await expect(searchPage(page).status).toHaveText(text);
}

test.describe('the search page', () => {
  test("before a query every filter shows the whole site's count, Pagefind's own, with nothing of Pagefind loaded", async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/search/');
    await page.waitForLoadState('networkidle');
    const search = searchPage(page);
    /** What the reader sees beside each value, by facet key and indexed label. */
    const shownCounts = (): Promise<Record<string, Record<string, string>>> =>
      page
        .locator('fieldset[data-facet]')
        .evaluateAll((sets) =>
          Object.fromEntries(
            sets.map((set) => [
              (set as HTMLElement).dataset['facet'] ?? '',
              Object.fromEntries(
                [...set.querySelectorAll('li:not([hidden])')].map((item) => [
                  item.querySelector('input')?.dataset['label'] ?? '',
                  item.querySelector('[data-count]')?.textContent ?? '',
                ]),
              ),
            ]),
          ),
        );
    const before = await shownCounts();
    await expect(search.facet('Topic').locator('[data-count]').first()).toHaveText(/^\(\d+\)$/);
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

    // Pagefind's counts over the whole index, asked in another tab of the same site.
    const probe = await page.context().newPage();
    await probe.goto('/');
    const pagefindCounts = await probe.evaluate(async (url) => {
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pagefind.options({ excerptLength: 26 });
      await pagefind.init();
      return pagefind.filters();
    }, '/pagefind/pagefind.js');
    await probe.close();
    const { type, ...facetCounts } = pagefindCounts;
    expect(type, 'Pagefind reports the hidden type filter too').toBeDefined();
    const asShown = Object.fromEntries(
      Object.entries(facetCounts).map(([key, values]) => [
        key,
        Object.fromEntries(Object.entries(values).map(([label, count]) => [label, `(${count})`])),
      ]),
    );
    expect(before).toEqual(asShown);

    // Words typed: Pagefind and its filters load, and the counts become those of the results.
    await search.box.fill('lithium');
    await resultsSay(page, /^\d+ results for “lithium”$/);
    expect(requested.filter((path) => path.startsWith('/pagefind/filter/')).length).toBe(
      Object.keys(pagefindCounts).length,
    );
    const total = Number((await search.status.textContent())?.match(/^\d+/)?.[0]);
    const after = await shownCounts();
    expect(after).not.toEqual(before);
    for (const [key, values] of Object.entries(after))
      for (const [label, count] of Object.entries(values)) {
        const n = Number(count.replace(/\D/g, ''));
        expect(n, `${key}: ${label}`).toBeLessThanOrEqual(
          Math.min(total, Number(before[key]?.[label]?.replace(/\D/g, ''))),
        );
      }

    // Back to no words: the whole site's counts again, and the tips.
    await search.box.fill('');
    await expect(page.getByRole('heading', { name: 'Find a brief' })).toBeVisible();
    await expect(search.status).toHaveText('');
    expect(await shownCounts()).toEqual(before);
  });

  test('a word only the model brief contains finds it first, with a highlighted excerpt', async ({ page }) => {
    await page.goto('/search/');
    const search = searchPage(page);
    await search.box.fill('terbium');
    await resultsSay(page, '1 result for “terbium”');
    await expect(search.resultLinks.first()).toHaveAttribute('href', MODEL_BRIEF);
    const first = search.results.first();
    await expect(first.getByRole('heading')).toHaveText(/Rare Earths and Realpolitik/);
    await expect(first.locator('time')).toHaveText('2 July 2025');
    await expect(first).toContainText('Reviews The Stimson Center');
    await expect(first.locator('.search-summary')).toContainText('Kachin Independence Army');
    await expect(first.locator('.search-excerpt mark').first()).toHaveText(/terbium/i);
  });

  test('a mineral named in two briefs finds both, the model brief among them', async ({ page }) => {
    await page.goto('/search/?q=dysprosium');
    const search = searchPage(page);
    await resultsSay(page, '2 results for “dysprosium”');
    expect(await search.resultLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')).sort())).toEqual([
      '/briefs/india-rare-earth-magnets/',
      MODEL_BRIEF,
    ]);
  });

  test('each filter narrows the results, and the count beside it is the number of results it gives', async ({
    page,
  }) => {
    await page.goto('/search/?q=report');
    const search = searchPage(page);
    await expect(search.status).toHaveText(/^\d+ results for “report”$/);
    const total = Number((await search.status.textContent())?.match(/^\d+/)?.[0]);
    expect(total).toBeGreaterThan(3);
    for (const legend of [
      'Topic',
      'Region',
      'Mineral',
      'Publisher',
      'Kind of work',
      'Year',
      'Source Bias',
      'Fact Depth',
      'Geopolitical Framing',
      'Omissions',
    ]) {
      const facet = search.facet(legend);
      // The first value that is offered and does not hold for every result.
      const options = facet.locator('li:visible');
      let chosen: Locator | undefined;
      let count = 0;
      for (const option of await options.all()) {
        count = Number((await option.locator('[data-count]').textContent())?.replace(/\D/g, ''));
        if (count > 0 && count < total) {
          chosen = option;
          break;
        }
      }
      expect(chosen, `${legend} offers a value that narrows ${total} results`).toBeDefined();
      const box = chosen!.getByRole('checkbox');
      const label = await chosen!.locator('span').first().textContent();
      await box.check();
      await resultsSay(page, `${count === 1 ? '1 result' : `${count} results`} for “report”, with 1 filter`);
      await expect(search.results, `${legend}: ${label}`).toHaveCount(Math.min(count, 10));
      await box.uncheck();
      await resultsSay(page, `${total} results for “report”`);
    }
  });

  test('filters in two facets combine, and each facet counts what its values would give', async ({ page }) => {
    await page.goto('/search/?topic=rare-earths');
    const search = searchPage(page);
    await resultsSay(page, /^\d+ results? with 1 filter$/);
    const publisher = search.facet('Publisher').locator('li:visible').first();
    const count = Number((await publisher.locator('[data-count]').textContent())?.replace(/\D/g, ''));
    await publisher.getByRole('checkbox').check();
    await resultsSay(page, `${count === 1 ? '1 result' : `${count} results`} with 2 filters`);
    await expect(search.results).toHaveCount(count);
    // Results are newest first when there are no words to rank by.
    const dates = await search.results
      .locator('time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('the URL holds the query, filters and sort: it loads, reloads and goes Back', async ({ page }) => {
    await page.goto('/search/?q=rare+earths&topic=geopolitics');
    const search = searchPage(page);
    await expect(search.box).toHaveValue('rare earths');
    await expect(search.facet('Topic').getByRole('checkbox', { name: /Geopolitics/ })).toBeChecked();
    await resultsSay(page, /results? for “rare earths”, with 1 filter$/);
    const before = await search.resultLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')));

    await page.reload();
    await expect(search.box).toHaveValue('rare earths');
    await resultsSay(page, /results? for “rare earths”, with 1 filter$/);
    expect(await search.resultLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(before);

    await search
      .facet('Region')
      .getByRole('checkbox', { name: /Myanmar/ })
      .check();
    await expect(page).toHaveURL(/\/search\/\?q=rare\+earths&topic=geopolitics&region=myanmar$/);
    await resultsSay(page, /with 2 filters$/);
    await page.getByLabel('Order').selectOption('date');
    await expect(page).toHaveURL(/&region=myanmar&sort=date$/);

    await page.goBack();
    await expect(page).toHaveURL(/&region=myanmar$/);
    await expect(page.getByLabel('Order')).toHaveValue('relevance');
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/\?q=rare\+earths&topic=geopolitics$/);
    await expect(search.facet('Region').getByRole('checkbox', { name: /Myanmar/ })).not.toBeChecked();
    await resultsSay(page, /results? for “rare earths”, with 1 filter$/);

    // Typing rewrites the current entry rather than adding one per keystroke.
    await search.box.fill('terbium');
    await expect(page).toHaveURL(/\/search\/\?q=terbium&topic=geopolitics$/);
    await page.goForward();
    await expect(page).toHaveURL(/\/search\/\?q=rare\+earths&topic=geopolitics&region=myanmar$/);
    await page.goBack();
    await expect(search.box).toHaveValue('terbium');
    await resultsSay(page, '1 result for “terbium”, with 1 filter');
  });

  test('helps when there is nothing to show', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('heading', { name: 'Find a brief' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Rare earths/ }).first()).toBeVisible();
    await searchPage(page).box.fill('zqxjkv');
    await resultsSay(page, 'No results for “zqxjkv”');
    await expect(page.getByRole('heading', { name: 'No briefs match' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Find a brief' })).toBeHidden();
  });

  test('never finds drafts or briefs dated in the future', async ({ page }) => {
    // Words found only in the draft and the future brief. Pagefind may still answer a word it lacks
    // with pages holding a shorter word it begins with ("Carvalho" → "cars"), so the check is
    // that no result holds the word itself.
    for (const word of ['Carvalho', 'Provisional', 'Embargoed', 'Demir']) {
      await page.goto(`/search/?q=${word}`);
      await resultsSay(page, new RegExp(`^(No results|\\d+ results?) for “${word}”$`));
      await expect(page.locator('[data-search-results]')).not.toContainText(word, { ignoreCase: true });
    }
  });

  test('lists publisher pages apart, after the briefs', async ({ page }) => {
    await page.goto('/search/?q=stimson');
    await resultsSay(page, /results? for “stimson”$/);
    const others = page.getByRole('region', { name: 'Other pages' });
    await expect(others.getByRole('link', { name: 'The Stimson Center' })).toHaveAttribute(
      'href',
      '/publishers/stimson-center/',
    );
    await expect(searchPage(page).resultLinks.first()).toHaveAttribute('href', MODEL_BRIEF);
  });

  test('has no detectable accessibility problems, with results and filters shown', async ({ page }) => {
    await page.goto('/search/?q=china&topic=trade');
    await resultsSay(page, /with 1 filter$/);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test.describe('search from any page', () => {
  test('loads nothing of search until it is opened', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(MODEL_BRIEF);
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Tab');
    await page.mouse.wheel(0, 2000);
    // Once the page has scrolled and settled, whatever the key or the scroll set loading has been
    // asked for: Pagefind here, the search UI among the scripts the opening below must add to.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await settle(page);
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    const scriptsBefore = requested.filter((path) => path.endsWith('.js'));

    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog', { name: 'Search briefs' })).toBeVisible();
    await expect.poll(() => requested.filter((path) => path.startsWith('/pagefind/')).length).toBeGreaterThan(0);
    // The search UI (script and styles) came with the opening, not before it.
    const searchScripts = requested.filter(
      (path) => path.startsWith('/_astro/') && path.endsWith('.js') && !scriptsBefore.includes(path),
    );
    expect(searchScripts.length).toBeGreaterThan(0);
    expect(
      await page
        .locator('head style')
        .evaluateAll((styles) => styles.some((s) => s.textContent?.includes('.search-dialog'))),
    ).toBe(true);
  });

  test('the keyboard alone opens it with /, types, moves to a result and follows it', async ({ page }) => {
    await page.goto('/briefs/graphite-anode-gap/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search briefs' });
    await expect(dialog).toBeVisible();
    const box = dialog.getByRole('searchbox');
    await expect(box).toBeFocused();
    await page.keyboard.type('terbium');
    await expect(dialog.getByRole('status')).toHaveText('1 result for “terbium”');
    await page.keyboard.press('ArrowDown');
    const first = dialog.locator('.search-result a').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(MODEL_BRIEF);
  });

  test('results update as you type, Tab reaches them, and Enter opens the full search', async ({ page }) => {
    await page.goto('/methodology/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search briefs' });
    const status = dialog.getByRole('status');
    await page.keyboard.type('lith');
    await expect(status).toHaveText(/results? for “lith”/);
    await page.keyboard.type('ium');
    await expect(status).toHaveText(/results? for “lithium”/);
    const links = dialog.locator('.search-result a');
    await expect(links.first()).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/search/?q=lithium');
    await expect(searchPage(page).box).toHaveValue('lithium');
  });

  test('fetches the results in view, and the others once the reader scrolls or moves to the end', async ({ page }) => {
    const fragments: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/fragment/')) fragments.push(path);
    });
    await page.goto(MODEL_BRIEF);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search briefs' });
    await page.keyboard.type('china');
    await expect(dialog.getByRole('status')).toHaveText(/^\d+ results for “china”; showing the first 5$/);
    const results = dialog.locator('.search-result');
    await expect(results).toHaveCount(2);
    // The third result would start below the dialog's view: nothing more is fetched until it is
    // needed. Fetching them would follow the first frame drawn with these two, by which the
    // dialog sees whether the end of the list is in view: settled, it has had its chance.
    await settle(page);
    expect(fragments).toHaveLength(2);
    await dialog.getByRole('link', { name: 'Filter and sort on the full search page' }).scrollIntoViewIfNeeded();
    await expect(results).toHaveCount(5);
    expect(new Set(fragments).size).toBe(5);

    // The keyboard reaches every result too: moving to the last one shown fetches the others.
    await page.keyboard.press('Control+a');
    await page.keyboard.type('mining');
    await expect(dialog.getByRole('status')).toHaveText(/^\d+ results for “mining”; showing the first 5$/);
    await expect(results).toHaveCount(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(results).toHaveCount(5);
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
    await expect(results.last().getByRole('link').first()).toBeFocused();
  });

  test('Escape closes it and focus returns where it was', async ({ page }) => {
    await page.goto(MODEL_BRIEF);
    const briefsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Briefs' });
    await briefsLink.focus();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search briefs' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(briefsLink).toBeFocused();

    const button = page.getByRole('button', { name: 'Search' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.type('cobalt');
    await expect(dialog.getByRole('status')).toHaveText(/results? for “cobalt”/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('/ types a slash, not a search, while the reader is typing in a field', async ({ page }) => {
    await page.goto('/search/');
    const box = searchPage(page).box;
    await box.focus();
    await page.keyboard.type('a/b');
    await expect(box).toHaveValue('a/b');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('the open dialog has no detectable accessibility problems', async ({ page }) => {
    await page.goto(MODEL_BRIEF);
    await page.keyboard.press('/');
    await page.keyboard.type('rare earths');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/results? for “rare earths”/);
    const { violations } = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
