// Readers' comments against a real comment server: Waline on the loopback with a fresh SQLite
// database (started by playwright.config.ts), which the fixture site's briefs name. The demo site
// has comments off.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';
import { env } from '../../src/env.ts';
import { settle } from './settle.ts';

const port = env.testPort ?? 4399;
const SERVER = `http://127.0.0.1:${String(port + 3)}`;
const DEMO = `http://127.0.0.1:${String(port)}`;
const FIXTURE = `http://127.0.0.1:${String(port + 1)}`;
const BRIEF = '/briefs/alpha-one/';
const ADMIN = { display_name: 'Editor', email: 'editor@example.org', password: 'a long test password' };

/** Every request the page sends to the comment server, from now on. */
function serverRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(SERVER)) seen.push(request);
  });
  return seen;
}

/** An administrator's token: the first account a fresh Waline server registers is its administrator. */
async function adminToken(): Promise<string> {
  const post = (path: string, body: unknown): Promise<Response> =>
    fetch(`${SERVER}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  await post('/api/user', { ...ADMIN, url: '' });
  const login = (await (await post('/api/token', { email: ADMIN.email, password: ADMIN.password })).json()) as {
    data: { token: string; type: string };
  };
  expect(login.data.type).toBe('administrator');
  return login.data.token;
}

/** Opens the comments of the page and waits for the client's editor. */
async function openComments(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Show comments' }).click();
  await expect(page.locator('.comments-thread textarea')).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test('a brief asks the comment server for nothing until the reader presses the button', async ({ page }) => {
  const requests = serverRequests(page);
  await page.goto(BRIEF);
  await expect(page.getByRole('heading', { name: 'Comments' })).toBeVisible();
  await page.locator('#comments').scrollIntoViewIfNeeded();
  await settle(page);
  expect(requests).toEqual([]);
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain(`connect-src 'self' ${SERVER}`);
  await openComments(page);
  expect(requests.length).toBeGreaterThan(0);
});

test('a comment is held for approval, then shown once an editor approves it', async ({ page }) => {
  const token = await adminToken();
  await page.goto(BRIEF);
  await openComments(page);
  const thread = page.locator('.comments-thread');
  await thread.getByLabel('Nickname').fill('A reader');
  await thread.locator('textarea').fill('Held first, shown after approval.');
  const posted = page.waitForResponse(
    (r) => r.url().startsWith(`${SERVER}/api/comment`) && r.request().method() === 'POST',
  );
  await thread.getByRole('button', { name: 'Submit' }).click();
  const body = (await (await posted).json()) as { data: { objectId: number; status: string } };
  expect(body.data.status).toBe('waiting');

  // Held: another reader sees no comment.
  const other = await page
    .context()
    .browser()!
    .newPage({ baseURL: new URL(page.url()).origin });
  await other.goto(BRIEF);
  await openComments(other);
  await settle(other);
  await expect(other.locator('.wl-card-item')).toHaveCount(0);

  const approved = await fetch(`${SERVER}/api/comment/${String(body.data.objectId)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ status: 'approved' }),
  });
  expect(approved.ok).toBe(true);
  await other.reload();
  await openComments(other);
  await expect(other.locator('.wl-card-item .wl-content')).toHaveText('Held first, shown after approval.');
  await other.close();
});

test('a comment carrying markup and script runs nothing', async ({ page }) => {
  const token = await adminToken().catch(() => '');
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(BRIEF);
  await openComments(page);
  const thread = page.locator('.comments-thread');
  await thread.getByLabel('Nickname').fill('<img src=x onerror=window.pwned=1>');
  await thread
    .locator('textarea')
    .fill('<script>window.pwned=2</script><b onmouseover="window.pwned=3">hover</b> [go](javascript:window.pwned=4)');
  const posted = page.waitForResponse(
    (r) => r.url().startsWith(`${SERVER}/api/comment`) && r.request().method() === 'POST',
  );
  await thread.getByRole('button', { name: 'Submit' }).click();
  const body = (await (await posted).json()) as { data: { objectId: number } };
  if (token)
    await fetch(`${SERVER}/api/comment/${String(body.data.objectId)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ status: 'approved' }),
    });
  await page.reload();
  await openComments(page);
  const card = page.locator('.wl-card-item', { hasText: 'hover' });
  await expect(card).toHaveCount(1);
  await card.getByText('hover').hover();
  await card
    .getByText('go')
    .click()
    .catch(() => undefined);
  await settle(page);
  expect(await card.locator('script, [onmouseover], [onerror], a[href^="javascript:"]').count()).toBe(0);
  await expect(card.locator('.wl-nick')).toHaveText('<img src=x onerror=window.pwned=1>');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(problems).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const)
  test(`the open thread passes axe in ${colorScheme} mode`, async ({ browser }) => {
    const context = await browser.newContext({ baseURL: FIXTURE, colorScheme });
    const page = await context.newPage();
    await page.goto(BRIEF);
    await openComments(page);
    const results = await new AxeBuilder({ page })
      .include('#comments')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await context.close();
  });

test('the page holds its layout while comments load', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(BRIEF);
  await page.evaluate(() => {
    (window as unknown as { shifts: number[] }).shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const heading = page.locator('#comments-heading');
  await heading.scrollIntoViewIfNeeded();
  const before = await heading.boundingBox();
  const line = await page.locator('.comments-line').boundingBox();
  await openComments(page);
  await settle(page);
  expect(await heading.boundingBox()).toEqual(before);
  expect((await page.locator('.comments-thread').boundingBox())?.y).toBeGreaterThanOrEqual((line?.y ?? 0) + 0);
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01);
});

test('when the server is down the section says so in one line, and without JavaScript too', async ({ browser }) => {
  const page = await browser.newPage({ baseURL: FIXTURE });
  await page.route(`${SERVER}/**`, (route) => route.abort('connectionrefused'));
  await page.goto(BRIEF);
  const line = page.locator('.comments-line');
  const height = (await line.boundingBox())?.height;
  await page.getByRole('button', { name: 'Show comments' }).click();
  await expect(line).toHaveText('The comment server cannot be reached just now; please try again later.');
  expect((await line.boundingBox())?.height).toBe(height);
  await page.close();

  const noScript = await browser.newPage({ baseURL: FIXTURE, javaScriptEnabled: false });
  await noScript.goto(BRIEF);
  await expect(noScript.locator('.comments-line')).toContainText(
    'Comments need JavaScript, which is off in this browser.',
  );
  await expect(noScript.getByRole('button', { name: 'Show comments' })).toBeHidden();
  expect((await noScript.locator('.comments-line').boundingBox())?.height).toBe(height);
  await noScript.close();
});

test('a brief of a site with comments off has no comment section and asks no comment server', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(DEMO)) outside.push(request.url());
  });
  await page.goto(`${DEMO}/briefs/kachin-rare-earths-realpolitik/`);
  await page.locator('footer').scrollIntoViewIfNeeded();
  await settle(page);
  await expect(page.locator('#comments')).toHaveCount(0);
  expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).not.toContain(
    'connect-src',
  );
  expect(outside).toEqual([]);
});
