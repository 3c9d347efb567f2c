// Builds the fixture site with the real build command and inspects what a reader would get.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, page } from './buildSite.ts';

const build = { outDir: inject('fixtureDist') };
const published = ['alpha-one', 'beta-two', 'gamma-three', 'escape-everything'];

const briefLinks = (doc: Document): string[] =>
  [...doc.querySelectorAll('.card h2 a, .card h3 a')].map((a) => a.getAttribute('href') ?? '').sort();

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
      'publishers/beta/': ['beta-two'],
    };
    for (const [path, slugs] of Object.entries(expected)) {
      expect(briefLinks(page(build.outDir, path)), path).toEqual(slugs.map((s) => `/briefs/${s}/`).sort());
    }
  });

  it('lists every published brief in the archive, newest first', () => {
    const doc = page(build.outDir, 'briefs/');
    const order = [...doc.querySelectorAll('.card h2 a')].map((a) => a.getAttribute('href'));
    expect(order).toEqual(['/briefs/beta-two/', '/briefs/alpha-one/', '/briefs/gamma-three/', '/briefs/escape-everything/']);
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

  it('ships no client JavaScript', () => {
    const files = listFiles(build.outDir);
    expect(files.filter((f) => f.endsWith('.js'))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      expect(page(build.outDir, file).querySelectorAll('script:not([type="application/ld+json"])').length, file).toBe(0);
    }
  });
});
