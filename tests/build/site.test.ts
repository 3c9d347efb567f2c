// Builds the fixture site with the real build command and inspects what a reader would get.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, FIXTURE_CONTENT, listFiles, page, type BuildResult } from './buildSite.ts';

let build: BuildResult;
const published = ['alpha-one', 'beta-two', 'gamma-three', 'delta-escaping'];

const briefLinks = (doc: Document): string[] =>
  [...doc.querySelectorAll('.card h2 a, .card h3 a')].map((a) => a.getAttribute('href') ?? '').sort();

beforeAll(() => {
  build = buildSite(FIXTURE_CONTENT);
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('fixture site build', () => {
  it('gives each published brief a page with its title, highlights, reviewed work and one Bias Meter row per dimension', () => {
    for (const slug of published) {
      const doc = page(build.outDir, `briefs/${slug}/`);
      expect(doc.querySelector('h1')?.textContent).toBeTruthy();
      expect(doc.querySelectorAll('.highlights li').length).toBeGreaterThan(0);
      expect(doc.querySelector('.reviewed-work .work-title a')?.getAttribute('href')).toMatch(/^https:\/\/example\.org\//);
      const rows = [...doc.querySelectorAll('.bias-meter tbody tr')].map((tr) => tr.getAttribute('data-dimension'));
      expect(rows).toEqual(['source-bias', 'fact-depth', 'geopolitical-framing', 'omissions']);
    }
    const alpha = page(build.outDir, 'briefs/alpha-one/');
    expect(alpha.querySelector('h1')?.textContent).toBe('Alpha one on lithium brines');
    expect([...alpha.querySelectorAll('.highlights li')].map((li) => li.textContent)).toEqual(['Alpha highlight one', 'Alpha highlight two']);
    expect(alpha.querySelector('.reviewed-work')?.textContent).toContain('Brines and Balance');
    expect(alpha.querySelector('.bias-meter')?.textContent).toContain('Fixture Overall Alpha');
    const factDepth = alpha.querySelector('.bias-meter tr[data-dimension="fact-depth"]');
    expect(factDepth?.querySelector('.rating')?.textContent).toBe('High');
    expect(factDepth?.querySelector('svg')?.getAttribute('aria-label')).toBe('Position 2 of 5, on a scale from exceptional (best) to thin (worst)');
  });

  it('keeps drafts and future briefs out of every built file', () => {
    const files = listFiles(build.outDir);
    expect(files.some((f) => f.includes('hidden'))).toBe(false);
    for (const file of files.filter((f) => /\.(html|xml|json|txt)$/.test(f))) {
      const text = readFileSync(join(build.outDir, file), 'utf8');
      for (const secret of ['Hidden draft brief', 'Hidden future brief', 'hidden-draft', 'hidden-future', 'secret-topic', 'future-topic', 'atlantis', 'lemuria']) {
        expect(text, `${file} mentions ${secret}`).not.toContain(secret);
      }
    }
    expect(files).not.toContain('topics/secret-topic/index.html');
    expect(files).not.toContain('regions/lemuria/index.html');
  });

  it('ignores brief files whose name starts with an underscore', () => {
    expect(listFiles(build.outDir).some((f) => f.includes('ignored-notes'))).toBe(false);
  });

  it('lists exactly its briefs on each topic, region, mineral and publisher page', () => {
    const expected: Record<string, string[]> = {
      'topics/energy/': ['alpha-one', 'beta-two'],
      'topics/trade/': ['beta-two', 'gamma-three'],
      'regions/chile/': ['alpha-one', 'gamma-three'],
      'regions/peru/': ['beta-two', 'gamma-three'],
      'minerals/lithium/': ['alpha-one'],
      'minerals/copper/': ['gamma-three'],
      'publishers/alpha/': ['alpha-one', 'gamma-three'],
      'publishers/beta/': ['beta-two', 'delta-escaping'],
      'topics/security/': ['delta-escaping'],
    };
    for (const [path, slugs] of Object.entries(expected)) {
      expect(briefLinks(page(build.outDir, path)), path).toEqual(slugs.map((s) => `/briefs/${s}/`).sort());
    }
  });

  it('lists every published brief in the archive, newest first', () => {
    const doc = page(build.outDir, 'briefs/');
    const order = [...doc.querySelectorAll('.card h2 a')].map((a) => a.getAttribute('href'));
    expect(order).toEqual(['/briefs/beta-two/', '/briefs/alpha-one/', '/briefs/gamma-three/', '/briefs/delta-escaping/']);
  });

  it('draws an MDX brief’s chart where the editor placed it, and data charts after the body', () => {
    const beta = page(build.outDir, 'briefs/beta-two/');
    const prose = beta.querySelector('.prose');
    const figure = prose?.querySelector('figure#chart-beta-shares');
    expect(figure?.querySelector('figcaption')?.textContent).toContain('Beta shares chart');
    expect(figure?.previousElementSibling?.textContent).toContain('First paragraph of beta');
    expect([...(figure?.querySelectorAll('tbody td') ?? [])].map((td) => td.textContent)).toEqual(['60 per cent', '40 per cent']);
    // Placed inline, so it is not drawn a second time after the body.
    expect(beta.querySelectorAll('#chart-beta-shares').length).toBe(1);

    const gamma = page(build.outDir, 'briefs/gamma-three/');
    const rows = [...gamma.querySelectorAll('#chart-copper-output tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent).join(' '));
    expect(rows).toEqual(['2022 10 kt', '2023 12.5 kt', '2024 15 kt']);
  });

  it('builds the methodology page from bias-meter.yaml and a 404 page', () => {
    const doc = page(build.outDir, 'methodology/');
    expect([...doc.querySelectorAll('h2[id$="-heading"]')].map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['Source Bias', 'Fact Depth', 'Geopolitical Framing', 'Omissions']),
    );
    expect(page(build.outDir, '404.html').querySelector('h1')?.textContent).toBe('Page not found');
  });

  it('shows markup quoted in a brief as text, never as an element', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const delta = page(build.outDir, 'briefs/delta-escaping/');
    expect(delta.querySelector('h1')?.textContent).toBe(`Delta quotes markup: ${markup}`);
    expect(delta.querySelector('.lede')?.textContent).toContain(markup);
    expect(delta.querySelector('.highlights li')?.textContent).toBe(`Quotes ${markup} in a highlight`);
    expect(delta.querySelector('.prose code')?.textContent).toBe(markup);
    for (const file of listFiles(build.outDir).filter((f) => f.endsWith('.html'))) {
      expect(page(build.outDir, file).querySelector('img[onerror], img[src="x"]'), file).toBeNull();
    }
  });

  it('ships one small script on every page, the search launcher, and the search UI only as a chunk it loads on demand', () => {
    const files = listFiles(build.outDir);
    const launchers = new Set<string>();
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(build.outDir, file), 'utf8');
      const scripts = [...html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/g)].map((m) => m[0]);
      const sources = scripts.map((tag) => tag.match(/src="([^"]+)"/)?.[1]);
      // The search page adds its own script; every other page has the launcher alone.
      expect(sources.length, file).toBe(file === 'search/index.html' ? 2 : 1);
      launchers.add(sources[0] ?? 'inline');
    }
    expect(launchers.size).toBe(1);
    const launcher = readFileSync(join(build.outDir, [...launchers][0]!));
    expect(gzipSync(launcher).length).toBeLessThan(2048);
    // Pagefind is fetched by the search UI at run time, never bundled into a page's script.
    expect(launcher.toString()).not.toContain('pagefind');
  });
});

/** A Pagefind fragment: the indexed text, filters and metadata of one page. */
interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

function fragments(outDir: string): Fragment[] {
  const folder = join(outDir, 'pagefind/fragment');
  // Each fragment is gzipped JSON behind a 12-byte signature (`pagefind_dcd`).
  return readdirSync(folder).map((name) => JSON.parse(gunzipSync(readFileSync(join(folder, name))).subarray(12).toString('utf8')) as Fragment);
}

describe('fixture search index', () => {
  it('is written by the build and holds the published briefs, the publishers and the methodology', () => {
    const entry = JSON.parse(readFileSync(join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages['en']?.page_count).toBe(7);
    expect(build.output).toMatch(/Search index: 7 pages indexed in \d+\.\d s/);
    expect(fragments(build.outDir).map((f) => f.url).sort()).toEqual(
      [...published.map((slug) => `/briefs/${slug}/`), '/methodology/', '/publishers/alpha/', '/publishers/beta/'].sort(),
    );
    // Pagefind's own ready-made interfaces are not shipped: Assay has its own.
    expect(listFiles(build.outDir).filter((f) => f.startsWith('pagefind/pagefind-') && f.includes('ui'))).toEqual([]);
  });

  it('never holds a draft or a future brief', () => {
    for (const fragment of fragments(build.outDir)) {
      const text = JSON.stringify(fragment);
      for (const secret of ['Hidden draft brief', 'Hidden future brief', 'Secret topic', 'Future topic', 'Atlantis', 'Lemuria', 'Unobtainium', 'Adamantium']) {
        expect(text, `${fragment.url} mentions ${secret}`).not.toContain(secret);
      }
    }
  });

  it('tags each brief with readable filters and result fields, and indexes its content without the chrome', () => {
    const alpha = fragments(build.outDir).find((f) => f.url === '/briefs/alpha-one/')!;
    expect(alpha.filters).toEqual({
      type: ['Brief'],
      topic: ['Energy'],
      region: ['Chile'],
      mineral: ['Lithium'],
      publisher: ['Alpha Institute'],
      kind: ['Report'],
      year: ['2025'],
      'source-bias': ['Minimal'],
      'fact-depth': ['High'],
      'geopolitical-framing': ['Balanced'],
      omissions: ['Some'],
    });
    expect(alpha.meta).toMatchObject({ title: 'Alpha one on lithium brines', date: '2025-01-10', publisher: 'Alpha Institute', summary: 'Fixture brief one, about lithium in Chile.' });
    expect(alpha.content).toContain('The body of alpha one');
    expect(alpha.content).toContain('Alpha highlight two');
    expect(alpha.content).toContain('High good data');
    for (const chrome of ['Skip to content', 'Related briefs', 'Older brief', 'Newer brief', 'How the Bias Meter works', 'Sample', 'On the scale']) {
      expect(alpha.content, chrome).not.toContain(chrome);
    }
    const publisher = fragments(build.outDir).find((f) => f.url === '/publishers/beta/')!;
    expect(publisher.filters).toEqual({ type: ['Page'] });
    expect(publisher.meta).toMatchObject({ title: 'Beta Review', section: 'Publisher' });
    // The publisher's brief list is found as briefs, not as part of its profile.
    expect(publisher.content).not.toContain('Beta two places a chart inline');
  });
});
