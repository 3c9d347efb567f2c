// Search against the fixture site (tests/fixtures/site): text from the index is shown as text, and
// unpublished briefs are not in it.
import { expect, test, type Page } from '@playwright/test';
import { settle } from './settle.ts';

const MARKUP = '<img src=x onerror=alert(1)>';

/**
 * What the brief's markup would do if it became markup: a dialog from a script that ran, a
 * request for the file its `<img src=x>` names, or the Content Security Policy blocking an inline
 * handler. Checked after settle(), by when any of them would have begun.
 */
async function watchForScripts(page: Page): Promise<string[]> {
  const ran: string[] = [];
  page.on('dialog', (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/x')) ran.push(`request: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.text().startsWith('CSP violation')) ran.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  return ran;
}

test('markup in a brief is shown as text on the search page and runs nothing', async ({ page }) => {
  const ran = await watchForScripts(page);
  await page.goto('/search/?q=onerror');
  const output = page.locator('[data-search-output]');
  await expect(output.getByRole('status')).toHaveText('1 result for “onerror”');
  const result = page.locator('[data-search-results] > li');
  await expect(result.getByRole('heading')).toHaveText(`Escaping ${MARKUP} & </script><script>alert('title')</script>`);
  await expect(result.locator('.search-summary')).toContainText(MARKUP);
  await expect(result.locator('.search-excerpt')).toContainText('onerror=alert(1)>');
  await expect(result.locator('.search-excerpt mark').first()).toHaveText(/^onerror/);
  await expect(page.locator('[data-search-output] img')).toHaveCount(0);
  // Only <mark> may come from an excerpt.
  expect(
    await result.locator('.search-excerpt *').evaluateAll((elements) => [...new Set(elements.map((e) => e.tagName))]),
  ).toEqual(['MARK']);
  await settle(page);
  expect(ran).toEqual([]);
});

test('markup in a brief is shown as text in the search dialog and runs nothing', async ({ page }) => {
  const ran = await watchForScripts(page);
  await page.goto('/briefs/alpha-one/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search briefs' });
  await page.keyboard.type('onerror');
  await expect(dialog.getByRole('status')).toHaveText('1 result for “onerror”');
  await expect(dialog.locator('.search-result').getByRole('heading')).toHaveText(
    `Escaping ${MARKUP} & </script><script>alert('title')</script>`,
  );
  await expect(dialog.locator('img')).toHaveCount(0);
  await settle(page);
  expect(ran).toEqual([]);
});

test('drafts and future briefs are not in the index', async ({ page }) => {
  // Pagefind may answer a word it lacks with pages holding a word it begins with ("adamantium" →
  // "a"), so the check is that no result holds the word itself.
  for (const word of ['Hidden', 'unobtainium', 'adamantium', 'Atlantis', 'Lemuria']) {
    await page.goto(`/search/?q=${word}`);
    await expect(page.locator('[data-search-output]').getByRole('status')).toHaveText(
      new RegExp(`^(No results|\\d+ results?) for “${word}”$`),
    );
    await expect(page.locator('[data-search-results]')).not.toContainText(word, { ignoreCase: true });
  }
  await page.goto('/search/');
  await expect(page.getByRole('group', { name: 'Topic' }).getByRole('checkbox')).toHaveCount(3);
  await expect(page.getByRole('group', { name: 'Topic' })).not.toContainText(/secret|future/i);
});
