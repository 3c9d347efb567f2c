// Social cards: one PNG per published brief and one for the site, linked from every page's head with
// absolute URLs under the base; drawn again only when what a card shows changes; and readable: an
// OCR engine no one here wrote (Tesseract) finds the title's words and the verdict on a card.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, copyFixtureContent, page, removeContent, ROOT, type BuildResult } from './buildSite.ts';

const fixture = inject('fixtureDist');
const PUBLISHED = ['alpha-one', 'beta-two', 'escape-everything', 'gamma-three'];

/** A PNG's width and height from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number; bytes: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes: bytes.length };
}

const meta = (doc: Document, key: string): string | null | undefined =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** The counts of the build's `Social cards: N rendered, M from cache` line. */
function cardCounts(build: BuildResult): { rendered: number; cached: number } {
  const match = /Social cards: (\d+) rendered, (\d+) from cache/.exec(build.output);
  expect(match, build.output).not.toBeNull();
  return { rendered: Number(match![1]), cached: Number(match![2]) };
}

describe('social cards of the fixture site', () => {
  it('are a 1200 x 630 PNG under 100 KB for each published brief and the site, and none for a draft', () => {
    const files = readdirSync(join(fixture, 'og')).sort();
    expect(files).toEqual([...PUBLISHED.map((slug) => `${slug}.png`), '_site.png'].sort());
    for (const file of files) {
      const size = pngSize(join(fixture, 'og', file));
      expect([size.width, size.height]).toEqual([1200, 630]);
      expect(size.bytes).toBeLessThan(100_000);
    }
  });

  it('leave no manifest behind', () => {
    expect(existsSync(join(fixture, 'og/cards.json'))).toBe(false);
  });

  it('are linked from a brief: absolute og:image, its size, type and alt in words, a large Twitter card, JSON-LD image', () => {
    const doc = page(fixture, 'briefs/alpha-one/');
    const url = 'https://assay.example.org/og/alpha-one.png';
    expect(meta(doc, 'og:image')).toBe(url);
    expect(meta(doc, 'og:image:width')).toBe('1200');
    expect(meta(doc, 'og:image:height')).toBe('630');
    expect(meta(doc, 'og:image:type')).toBe('image/png');
    expect(meta(doc, 'og:image:alt')).toBe(
      'Alpha one on lithium brines. Verdict: Fixture Overall Alpha. Bias Meter: Source Bias: Minimal (1 of 5, 1 is best); Fact Depth: High (2 of 5, 1 is best); Geopolitical Framing: Balanced (1 of 4, 1 is best); Omissions: Some (2 of 4, 1 is best).',
    );
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    const jsonLd = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent) as {
      image?: string;
    };
    expect(jsonLd.image).toBe(url);
  });

  it('are linked from the home page and other pages as the site card; the 404 page has none', () => {
    for (const path of ['', 'briefs/', 'methodology/']) {
      const doc = page(fixture, path);
      expect(meta(doc, 'og:image'), path).toBe('https://assay.example.org/og/_site.png');
      expect(meta(doc, 'og:image:alt'), path).toContain('Assay');
      expect(meta(doc, 'twitter:card'), path).toBe('summary_large_image');
    }
    const notFound = page(fixture, '404.html');
    expect(meta(notFound, 'og:image')).toBeUndefined();
    expect(meta(notFound, 'twitter:card')).toBe('summary');
  });

  it('show the title’s words and the verdict to an OCR engine', () => {
    const ocr = spawnSync('tesseract', [join(fixture, 'og/alpha-one.png'), '-', '--psm', '3'], { encoding: 'utf8' });
    expect(ocr.error, 'tesseract is needed: apt-get install tesseract-ocr (.ci/run installs it)').toBeUndefined();
    const text = ocr.stdout.replace(/\s+/g, ' ');
    for (const word of ['Alpha', 'lithium', 'brines', 'Fixture Overall Alpha', 'Source Bias', 'Minimal'])
      expect(text).toContain(word);
  });
});

describe('the social cards cache', () => {
  let content: string;
  let first: BuildResult;
  let second: BuildResult;
  let third: BuildResult;

  beforeAll(() => {
    // A content folder of its own has a cache folder of its own, so the first build is cold.
    content = copyFixtureContent();
    const env = { ASSAY_BASE: '/assay/', ASSAY_SITE_URL: 'https://briefs.example.net' };
    first = buildSite(content, undefined, env);
    expect(first.status, first.output).toBe(0);
    second = buildSite(content, undefined, env);
    expect(second.status, second.output).toBe(0);
    const file = join(ROOT, content, 'briefs/gamma-three.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('rating: low', 'rating: high'));
    third = buildSite(content, undefined, env);
    expect(third.status, third.output).toBe(0);
  }, 600_000);

  afterAll(() => removeContent(content));

  it('draws every card on a cold build, none on the next, and only the changed brief’s after one rating changes', () => {
    expect(cardCounts(first)).toEqual({ rendered: PUBLISHED.length + 1, cached: 0 });
    expect(cardCounts(second)).toEqual({ rendered: 0, cached: PUBLISHED.length + 1 });
    expect(cardCounts(third)).toEqual({ rendered: 1, cached: PUBLISHED.length });
    expect(readFileSync(join(third.outDir, 'og/gamma-three.png'))).not.toEqual(
      readFileSync(join(second.outDir, 'og/gamma-three.png')),
    );
  });

  it('leave nothing beside the published folder: the cards step the Astro step handed over is gone', () => {
    for (const build of [first, second, third])
      expect(
        readdirSync(dirname(build.outDir)).filter((name) => name.startsWith(`${basename(build.outDir)}.`)),
      ).toEqual([]);
  });

  it('links cards under the base path', () => {
    expect(meta(page(third.outDir, 'briefs/alpha-one/'), 'og:image')).toBe(
      'https://briefs.example.net/assay/og/alpha-one.png',
    );
    expect(meta(page(third.outDir, ''), 'og:image')).toBe('https://briefs.example.net/assay/og/_site.png');
  });
});
