// The editor at /admin/ as an editor uses it: `assay dev` on a copy of the fixture content
// (tests/e2e/adminContent.ts), Decap talking to the dev server's local backend, files saved on
// disk and checked by the real `assay check`.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { ADMIN_CONTENT } from './adminContent.ts';

const run = promisify(execFile);
const briefs = join(ADMIN_CONTENT, 'briefs');

/** The content check over the copy, as an editor's terminal would run it. */
async function check(): Promise<string> {
  const { stdout } = await run(process.execPath, ['bin/assay.mjs', 'check'], {
    env: { ...process.env, ASSAY_CONTENT_DIR: ADMIN_CONTENT, ASSAY_NOW: '2026-06-01T12:00:00Z' },
  });
  return stdout;
}

/**
 * The file's frontmatter and body as a save leaves them, or undefined while the save is under way:
 * decap-server writes with `fs.writeFile`, which empties the file before it writes, so a read at
 * the wrong moment finds an empty or a partial file.
 */
function saved(file: string): { data: Record<string, unknown>; keys: string[]; body: string } | undefined {
  if (!existsSync(file)) return undefined;
  const [, yaml, body] = readFileSync(file, 'utf8').split(/^---$/m);
  if (yaml === undefined || body === undefined) return undefined;
  try {
    const data = parse(yaml) as Record<string, unknown> | null;
    return data ? { data, keys: Object.keys(data), body } : undefined;
  } catch {
    return undefined;
  }
}

/** The preview pane, where the content check reports on the entry. */
const preview = (page: Page) => page.locator('#preview-pane').contentFrame();

/** Signs in to the local backend (no password: it is the working copy) and opens a view of the editor. */
async function open(page: Page, view: string): Promise<void> {
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Login' }).click();
  await page.goto(`/admin/#/${view}`);
  // The preview pane runs the content check once the entry has loaded.
  await preview(page).getByRole('heading', { name: 'Content check' }).waitFor();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Publish now').click();
}

/** Picks an option of a Decap select by typing its label. */
async function choose(page: Page, field: ReturnType<Page['getByLabel']>, option: string): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test.describe.configure({ mode: 'serial' });

test('a brief made in the form is saved as a draft that passes the check', async ({ page }) => {
  await open(page, 'collections/briefs/new');
  await page.getByLabel('Title', { exact: true }).fill('Copper smelting in Zambia');
  await page.getByLabel('Summary').fill('A short review of a fictional report on copper smelting.');
  await page.getByLabel('Title of the work').fill('Copper at the Crossroads');
  await page.getByRole('button', { name: 'Add authors' }).click();
  await page.getByLabel('Authors').last().fill('Jane Doe');
  await choose(page, page.getByLabel('Publisher'), 'Alpha Institute');
  await page.getByLabel('Published on').fill('2026-03-02');
  await page.getByLabel('Address').fill('https://example.org/copper');
  await page.getByRole('button', { name: 'Add highlights' }).click();
  await page.getByLabel('Highlights').last().fill('Smelter output doubled in five years.');

  const ratings = page.getByLabel('Rating', { exact: true });
  await expect(ratings).toHaveCount(4);
  for (const [index, rating] of ['Low', 'High', 'Balanced', 'Some'].entries())
    await choose(page, ratings.nth(index), rating);
  await page.getByLabel('Overall rating').fill('Careful, Narrow Analysis');
  await page.getByRole('button', { name: 'Add topics' }).click();
  await page.getByLabel('Topics').last().fill('copper');
  // Decap's Markdown editor is a text box inside the field, not tied to the field's label.
  await page.getByLabel('markdown field').getByRole('textbox').fill('## What the report says\n\nIt says copper.');

  await expect(preview(page).getByText('finds nothing to fix')).toBeVisible();
  await publish(page);
  const file = join(briefs, 'copper-smelting-in-zambia.md');
  // The body is written last: once it is all there, so is the frontmatter.
  await expect.poll(() => saved(file)?.body).toMatch(/It says copper\.\n?$/);

  expect(saved(file)?.data).toMatchObject({
    title: 'Copper smelting in Zambia',
    draft: true,
    review: { publisher: 'alpha', date: '2026-03-02', authors: ['Jane Doe'], kind: 'report' },
    highlights: ['Smelter output doubled in five years.'],
    topics: ['copper'],
    biasMeter: {
      dimensions: [
        { dimension: 'source-bias', rating: 'low' },
        { dimension: 'fact-depth', rating: 'high' },
        { dimension: 'geopolitical-framing', rating: 'balanced' },
        { dimension: 'omissions', rating: 'some' },
      ],
    },
  });
  expect(readFileSync(file, 'utf8')).toMatch(/^date: \d{4}-\d{2}-\d{2}$/m);
  expect(await check()).toContain('Content OK');
});

test('editing one highlight of the model brief keeps every other field and value', async ({ page }) => {
  const file = join(briefs, 'kachin-rare-earths-realpolitik.md');
  const before = saved(file);
  if (!before) throw new Error(`${file} has no frontmatter`);
  await open(page, 'collections/briefs/entries/kachin-rare-earths-realpolitik');
  await page.getByLabel('Highlights').first().fill('Rare-earth exports earn the KIA over $200 million a year.');
  await publish(page);
  // Every field and value as before, in the same order, and the same body: only the highlight differs.
  (before.data['highlights'] as string[])[0] = 'Rare-earth exports earn the KIA over $200 million a year.';
  await expect.poll(() => saved(file)).toEqual(before);
  expect(await check()).toContain('Content OK');
});

test('a rating off the dimension’s scale cannot be chosen', async ({ page }) => {
  await open(page, 'collections/briefs/new');
  const rating = page.getByLabel('Rating', { exact: true }).first();
  await rating.click();
  await expect(page.getByRole('option')).toHaveText(['Minimal', 'Low', 'Moderate', 'High', 'Severe']);
  await rating.fill('Moderat');
  await expect(page.getByRole('option')).toHaveText(['Moderate']);
  await rating.fill('very biased');
  await expect(page.getByRole('option')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(preview(page).getByText('biasMeter.dimensions[0].rating')).toBeVisible();
});

test('the check’s own message stops a save it would refuse', async ({ page }) => {
  await open(page, 'collections/briefs/entries/kachin-rare-earths-realpolitik');
  await page.getByLabel('Address').first().fill('javascript:alert(1)');
  await publish(page);
  await expect(page.getByText('review.url: expected an absolute http:// or https:// URL')).toBeVisible();
  expect(saved(join(briefs, 'kachin-rare-earths-realpolitik.md'))?.data['review']).toMatchObject({
    url: 'https://www.stimson.org/2025/rare-earths-and-realpolitik/',
  });
});

test('the editor has no accessibility violations axe can find', async ({ page }) => {
  await open(page, 'collections/briefs/new');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the local backend answers only the preview’s own pages', async ({ request, baseURL }) => {
  const api = `${baseURL}/_admin-api/api/v1`;
  const body = {
    action: 'entriesByFolder',
    params: { branch: 'main', folder: 'content/briefs', extension: 'md', depth: 1 },
  };
  expect((await request.post(api, { data: body })).status()).toBe(200);
  // A page of another site open in the editor's browser, and a name of another site pointed at this machine.
  expect((await request.post(api, { data: body, headers: { origin: 'https://elsewhere.example' } })).status()).toBe(
    403,
  );
  expect((await request.post(api, { data: body, headers: { host: 'elsewhere.example' } })).status()).toBe(403);
});
