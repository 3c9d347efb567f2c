// A brief's old file names (aliases) become pages that only redirect to it, under the site's base
// path, and are listed nowhere: not in the sitemap, the feeds, the listings or the search index.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixtureContent, listFiles, page, removeContent, ROOT, type BuildResult } from './buildSite.ts';

let content: string;
let build: BuildResult;

beforeAll(() => {
  content = copyFixtureContent();
  const file = join(ROOT, content, 'briefs/alpha-one.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('---\n', '---\naliases: [alpha-old, lithium-brines-2024]\n'));
  build = buildSite(content, undefined, { ASSAY_BASE: '/assay/', ASSAY_SITE_URL: 'https://briefs.example.net' });
  expect(build.status, build.output).toBe(0);
}, 240_000);

afterAll(() => removeContent(content));

const TARGET = '/assay/briefs/alpha-one/';

describe('alias pages', () => {
  it('redirect each old name to the brief: meta refresh, canonical link, noindex and a visible link', () => {
    for (const alias of ['alpha-old', 'lithium-brines-2024']) {
      const doc = page(build.outDir, `briefs/${alias}/index.html`);
      expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0;url=${TARGET}`);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        `https://briefs.example.net${TARGET}`,
      );
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(doc.querySelector(`a[href="${TARGET}"]`)?.textContent).toContain(TARGET);
      expect(doc.querySelectorAll('script')).toHaveLength(0);
    }
    // The brief itself is still where it was.
    expect(page(build.outDir, 'briefs/alpha-one/index.html').querySelector('h1')?.textContent).toBe(
      'Alpha one on lithium brines',
    );
  });

  it('are named by no other page, feed or sitemap', () => {
    const files = listFiles(build.outDir).filter((f) => /\.(html|xml|json|txt)$/.test(f));
    expect(files).toEqual(expect.arrayContaining(['sitemap-0.xml', 'rss.xml', 'feed.json', 'briefs/index.html']));
    const naming = files.filter((f) =>
      /alpha-old|lithium-brines-2024/.test(readFileSync(join(build.outDir, f), 'utf8')),
    );
    expect(naming.sort()).toEqual(['briefs/alpha-old/index.html', 'briefs/lithium-brines-2024/index.html']);
    expect(readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8')).toContain(
      `<loc>https://briefs.example.net${TARGET}</loc>`,
    );
  });

  it('are not in the search index', () => {
    const folder = join(build.outDir, 'pagefind/fragment');
    // Each fragment is gzipped JSON behind a 12-byte signature (`pagefind_dcd`).
    const urls = readdirSync(folder).map(
      (name) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(join(folder, name)))
              .subarray(12)
              .toString('utf8'),
          ) as { url: string }
        ).url,
    );
    expect(urls).toContain('/briefs/alpha-one/');
    expect(urls.filter((url) => url.includes('alpha-old') || url.includes('lithium-brines'))).toEqual([]);
  });
});
