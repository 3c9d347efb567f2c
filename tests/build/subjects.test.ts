// A site with subjects of its own (sectors and countries, tests/fixtures/subjects, a site folder with
// its own astro.config.mjs) built with the real build command: it has their pages, feeds, links and
// filters, and none of the demo's.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, page, ROOT, type BuildResult } from './buildSite.ts';

const FIXTURE = 'tests/fixtures/subjects';
const SITE = join(ROOT, FIXTURE);

describe('a site with sectors and countries only', () => {
  let outDir = '';
  let files: string[] = [];
  let built: BuildResult;
  beforeAll(() => {
    built = buildSite('content', undefined, {}, SITE);
    expect(built.output).toContain('Content OK');
    expect(built.status).toBe(0);
    outDir = built.outDir;
    files = listFiles(outDir);
  }, 300_000);

  it('builds the pages and feeds of its subjects and none of the demo subjects', () => {
    for (const path of [
      'sectors/index.html',
      'sectors/buildings/index.html',
      'sectors/ict-and-data/rss.xml',
      'countries/index.html',
      'countries/south-africa/index.html',
      'countries/south-africa/rss.xml',
    ])
      expect(files).toContain(path);
    expect(files.filter((f) => /^(topics|regions|minerals)\//.test(f))).toEqual([]);
    expect(page(outDir, 'countries/south-africa/').querySelector('h1')?.textContent).toBe('South Africa');
    expect(page(outDir, 'sectors/').querySelector('h1')?.textContent).toBe('Sectors');
    expect([...page(outDir, 'sectors/').querySelectorAll('.chips a')].map((a) => a.textContent?.trim())).toEqual([
      'Buildings (1)',
      'ICT and data (1)',
      'Power (1)',
    ]);
  });

  it('has no social cards when the site turns them off: no og/ folder, no card tags, no cards step', () => {
    expect(files.filter((f) => f.startsWith('og/'))).toEqual([]);
    expect(built.output).not.toContain('Social cards:');
    for (const html of files.filter((f) => f.endsWith('.html'))) {
      const doc = page(outDir, html);
      expect(doc.querySelector('meta[property="og:image"]'), html).toBeNull();
      expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content'), html).not.toBe(
        'summary_large_image',
      );
    }
  });

  it('links its subjects from the menus, the brief and search, and never a demo subject', () => {
    for (const html of files.filter((f) => f.endsWith('.html')))
      expect(readFileSync(join(outDir, html), 'utf8'), html).not.toMatch(/href="\/(topics|regions|minerals)\//);
    const home = page(outDir, '');
    expect([...home.querySelectorAll('.site-nav a')].map((a) => a.getAttribute('href'))).toEqual([
      '/briefs/',
      '/sectors/',
      '/countries/',
      '/publishers/',
      '/insights/',
      '/methodology/',
    ]);
    expect(home.querySelector('#topics-heading')?.textContent).toBe('Sectors');
    const brief = page(outDir, 'briefs/heat-pumps/');
    expect([...brief.querySelectorAll('.terms h3')].map((h) => h.textContent)).toEqual(['Sectors', 'Countries']);
    const keywords = JSON.parse(brief.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
      keywords?: string;
    };
    expect(keywords.keywords).toBe('Buildings, ICT and data');
    const search = page(outDir, 'search/');
    expect(
      [...search.querySelectorAll('[data-facet] legend, fieldset legend')].map((l) => l.textContent?.trim()),
    ).toEqual(expect.arrayContaining(['Sector', 'Country']));
  });

  it("shows its logo before its name and loads its own stylesheet after Assay's", () => {
    const home = page(outDir, '');
    const logo = home.querySelector('.brand img');
    expect(logo?.getAttribute('src')).toBe('/logo.svg');
    expect(logo?.getAttribute('alt')).toBe('');
    expect(home.querySelector('.brand .logo-mark')).toBeNull();
    expect(files).toContain('logo.svg');
    const sheets = [...home.querySelectorAll('link[rel="stylesheet"]')].map((link) =>
      readFileSync(join(outDir, link.getAttribute('href') ?? ''), 'utf8'),
    );
    const css = sheets.join('\n');
    // Assay's light accent, then the site's, which therefore wins at equal specificity.
    expect(css.indexOf('--accent:#1d5a8c')).toBeGreaterThan(-1);
    expect(css.lastIndexOf('--accent:#0b6e4f')).toBeGreaterThan(css.indexOf('--accent:#1d5a8c'));
    expect(css.lastIndexOf('--accent:#7fd8b5')).toBeGreaterThan(css.lastIndexOf('--accent:#8cc4f2'));
  });
});

describe('a brief with a subject the site does not have', () => {
  let content = '';
  beforeAll(() => {
    content = relative(SITE, mkdtempSync(join(ROOT, 'tests/fixtures/.tmp-content-')));
    cpSync(join(SITE, 'content'), join(SITE, content), { recursive: true });
    const file = join(SITE, content, 'briefs/grid-storage.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('countries: [south-africa]', 'minerals: [lithium]'));
  });
  afterAll(() => rmSync(join(SITE, content), { recursive: true, force: true }));

  it("is refused by the build, which names the site's own subjects", () => {
    const built = buildSite(content, undefined, {}, SITE);
    expect(built.status).toBe(1);
    expect(built.output).toMatch(
      /grid-storage\.md:\d+\n {4}minerals: expected only the subjects this site has \(unknown field minerals; this site's subjects are sectors, countries\)/,
    );
  }, 300_000);
});
