// `npm run dev` is the editors' preview: drafts show there under a DRAFT banner, future briefs as
// scheduled; a brief with problems shows the checker's own report at its file and line, and a save
// that reaches the disk in parts recovers by itself. Runs the real dev server on a copy of the
// fixture content, so the tests can write briefs into it.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDevServer, type DevServer } from '../../scripts/lib/devServer.ts';
import { cleanEnv, copyFixtureContent, FIXTURE_NOW, page, removeContent, ROOT } from './buildSite.ts';

let content: string;
let server: DevServer;
const env = (): NodeJS.ProcessEnv => ({ ...cleanEnv(), ASSAY_NOW: FIXTURE_NOW, NO_COLOR: '1' });

beforeAll(async () => {
  content = copyFixtureContent();
  server = await startDevServer({ root: ROOT, contentDir: content, env: env(), timeoutMs: 120_000 });
}, 150_000);

afterAll(async () => {
  await server?.stop();
  if (content) removeContent(content);
});

const get = async (path: string): Promise<{ status: number; html: string }> => {
  const response = await fetch(`${server.origin}${path}`);
  return { status: response.status, html: await response.text() };
};

/**
 * Polls a page until `done` holds for it. No clock of its own: what these tests assert is that a
 * change shows without a restart, not how fast (`npm run bench:dev` measures that). A deadline
 * here also timed the dev server's first compile of a page, which on a loaded 2-core machine took
 * longer than the 10-30 s these polls used to allow, so the test failed with nothing wrong. A change
 * that never shows still fails, at the test's own timeout.
 */
async function until(path: string, done: (page: { status: number; html: string }) => boolean) {
  for (;;) {
    const page = await get(path);
    if (done(page)) return page;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface OverlayError {
  message: string;
  loc: { file?: string; line?: number };
}

interface ViteMessage {
  type: string;
  err?: OverlayError;
}

/**
 * Opens Vite's socket as the browser's dev client does, and waits for the first message that
 * `wanted` accepts. Resolves once the socket is open, with that message still to come. No timer of
 * its own, for the reason `until` has none: the test's timeout bounds the wait.
 */
async function listenToVite(wanted: (payload: ViteMessage) => boolean) {
  const client = await (await fetch(`${server.origin}/@vite/client`)).text();
  const token = /const wsToken = "([^"]*)"/.exec(client)?.[1];
  expect(token, 'the Vite client names its socket token').toBeTruthy();
  const socket = new WebSocket(`${server.origin.replace('http', 'ws')}/?token=${token}`, 'vite-hmr');
  const message = new Promise<ViteMessage>((resolve) => {
    socket.addEventListener('message', (event) => {
      const payload = JSON.parse(String(event.data)) as ViteMessage;
      if (wanted(payload)) resolve(payload);
    });
  });
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve);
    socket.addEventListener('error', reject);
  });
  return { message: message.finally(() => socket.close()) };
}

/**
 * The error Astro's overlay shows for a page: what the dev server sends the browser over Vite's
 * socket when the page fails, read as the overlay script reads it.
 */
async function overlayErrorFor(path: string): Promise<{ status: number; err: OverlayError }> {
  const { message } = await listenToVite((payload) => payload.type === 'error' && payload.err !== undefined);
  const { status } = await get(path);
  return { status, err: (await message).err! };
}

/** Text of the overlay's message as a reader sees it (it arrives as HTML). */
const plain = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('npm run dev', () => {
  it('shows each published brief with the text the build publishes for it', async () => {
    // The preview reads briefs through the content check, the build through Astro's content
    // collections: both must give every field, date and rating the same.
    const text = (doc: Document): string =>
      (doc.querySelector('article.brief')?.textContent ?? '').replace(/\s+/g, ' ');
    for (const slug of ['alpha-one', 'beta-two', 'gamma-three', 'escape-everything']) {
      const built = text(page(inject('fixtureDist'), `briefs/${slug}/`));
      expect(built.length, slug).toBeGreaterThan(500);
      expect(text(page.fromHtml((await get(`/briefs/${slug}/`)).html)), slug).toBe(built);
    }
  });

  it('previews a draft with a visible DRAFT banner', async () => {
    const { status, html } = await get('/briefs/hidden-draft/');
    expect(status).toBe(200);
    expect(html).toContain('Hidden draft brief');
    expect(html).toMatch(/class="draft-banner"[^>]*>DRAFT: not published/);
  });

  it('previews a brief dated in the future as scheduled for its date, not as a draft', async () => {
    const { html } = await get('/briefs/hidden-future/');
    expect(html).toContain('Hidden future brief');
    expect(html).toMatch(/role="status"[^>]*>\s*Scheduled for <time datetime="2030-01-01"[^>]*>1 January 2030<\/time>/);
    expect(html).not.toContain('DRAFT');
  });

  it('shows published briefs without a banner', async () => {
    const { html } = await get('/briefs/alpha-one/');
    expect(html).toContain('Alpha one on lithium brines');
    expect(html).not.toMatch(/class="draft-banner/);
  });

  it('links no social card, since only a build draws them', async () => {
    for (const path of ['/', '/briefs/alpha-one/']) {
      const { html } = await get(path);
      expect(html, path).toContain('<meta property="og:title"');
      expect(html, path).not.toContain('og:image');
    }
  });

  it('places an MDX chart inline once, as the build does', async () => {
    const { status, html } = await get('/briefs/beta-two/');
    expect(status).toBe(200);
    expect(html.match(/id="chart-beta-shares"/g)).toHaveLength(1);
    const prose = html.indexOf('class="prose"');
    expect(html.indexOf('id="chart-beta-shares"')).toBeGreaterThan(prose);
    expect(html.indexOf('id="chart-beta-shares"')).toBeLessThan(html.indexOf('id="bias-meter"'));
  });

  it('shows a broken brief in the overlay as npm run check reports it: file, line and message', async () => {
    const file = join(ROOT, content, 'briefs/broken-publisher.md');
    const alpha = readFileSync(join(ROOT, content, 'briefs/alpha-one.md'), 'utf8');
    writeFileSync(file, alpha.replace('publisher: alpha', 'publisher: alpah'));
    try {
      const check = spawnSync(process.execPath, ['bin/assay.mjs', 'check'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...env(), ASSAY_CONTENT_DIR: content },
      });
      const report = `${check.stdout}${check.stderr}`;
      const where = `${content}/briefs/broken-publisher.md:9`;
      expect(report).toContain(`error  ${where}\n`);
      const message = report
        .slice(report.indexOf(`error  ${where}`))
        .split('\nwarning')[0]!
        .split('\nerror')[0]!;
      expect(message).toContain('review.publisher: expected the id of a file in content/publishers');

      const { status, err } = await overlayErrorFor('/briefs/alpha-one/');
      expect(status).toBe(500);
      expect(err.loc.file).toBe(join(ROOT, content, 'briefs/broken-publisher.md'));
      expect(err.loc.line).toBe(9);
      // The overlay sets `code` in code type where the terminal shows backticks.
      expect(plain(err.message)).toContain(message.trim().replaceAll('`', ''));
      expect(plain(err.message)).not.toContain('src/content.ts');
    } finally {
      rmSync(file);
    }
    await until('/briefs/alpha-one/', (page) => page.status === 200);
  });

  it('recovers by itself from a save that reaches the disk in two parts', async () => {
    const file = join(ROOT, content, 'briefs/alpha-one.md');
    const whole = readFileSync(file, 'utf8').replace('Alpha highlight one', 'Alpha highlight one, saved in two parts');
    // As some editors save: the file is emptied or cut short first, and written in full a moment later.
    writeFileSync(file, whole.slice(0, Math.floor(whole.length / 3)));
    const completed = new Promise<void>((resolve) =>
      setTimeout(() => {
        writeFileSync(file, whole);
        resolve();
      }, 100),
    );
    const during = await get('/briefs/alpha-one/');
    await completed;
    // The request made while the file was half-written waited for the rest instead of failing.
    expect(during.status, `${during.html.slice(0, 300)}\n${server.output().slice(-3000)}`).toBe(200);
    const after = await until('/briefs/alpha-one/', (page) => page.html.includes('saved in two parts'));
    expect(after.status).toBe(200);
  });

  it('reloads open pages when a brief is saved, and shows the change on the pages that list it', async () => {
    // A brief whose own page has not been asked for: only the listings show it.
    const file = join(ROOT, content, 'briefs/gamma-three.md');
    const before = readFileSync(file, 'utf8');
    await get('/'); // as an editor's open page: the server has already answered it
    const { message } = await listenToVite((payload) => payload.type === 'full-reload');
    writeFileSync(file, before.replace('title: Gamma three on copper', 'title: Gamma three, retitled'));
    try {
      await message;
      const home = await until('/', (page) => page.html.includes('Gamma three, retitled'));
      expect(home.html).not.toContain('Gamma three on copper');
      const body = before.replace(/\n---\n/, '\n---\n\nA paragraph added by the preview test.\n\n');
      writeFileSync(file, body);
      await until('/briefs/gamma-three/', (page) => page.html.includes('A paragraph added by the preview test.'));
    } finally {
      writeFileSync(file, before);
    }
    await until('/briefs/gamma-three/', (page) => !page.html.includes('A paragraph added by the preview test.'));
  });

  it('previews a brief file added while it runs, and forgets it once removed', async () => {
    const file = join(ROOT, content, 'briefs/added-later.md');
    const alpha = readFileSync(join(ROOT, content, 'briefs/alpha-one.md'), 'utf8');
    writeFileSync(file, alpha.replace('title: Alpha one on lithium brines', 'title: Added while the preview ran'));
    try {
      const page = await until('/briefs/added-later/', (p) => p.status === 200);
      expect(page.html).toContain('Added while the preview ran');
    } finally {
      rmSync(file);
    }
    await until('/briefs/added-later/', (p) => p.status === 404);
    expect((await get('/')).html).not.toContain('Added while the preview ran');
  });
});
