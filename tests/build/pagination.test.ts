// Listings of many briefs come a page at a time, 24 to a page (an even number, so a full page
// fills the two-column grid with no orphan): the archive, each subject and each publisher. A
// site of 150 generated briefs is built for real, and every listing is walked through its "Older"
// links as a reader would, collecting the briefs it shows.
import { mkdtempSync, rmSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentSources } from '../../src/content/sources.ts';
import { generateBriefs } from '../../scripts/lib/generateBriefs.ts';
import { INDEXED_PAGES } from '../../src/integration/searchIndex.ts';
import type { CheckedBrief } from '../../src/lib/check/crossCheck.ts';
import { byNewest } from '../../src/lib/published.ts';
import { validateContent } from '../../src/lib/check/validateContent.ts';
import { buildSite, page, removeContent, ROOT, type BuildResult } from './buildSite.ts';
import { demoSite as site } from '../unit/demoSite.ts';

let content: string;
let build: BuildResult;
let briefs: CheckedBrief[];

beforeAll(() => {
  content = relative(ROOT, mkdtempSync(join(ROOT, 'tests/fixtures/.tmp-content-pages-')));
  generateBriefs({ count: 150, out: join(ROOT, content), seed: 11 });
  briefs = validateContent(readContentSources(ROOT, content), site).briefs.sort(byNewest);
  build = buildSite(content);
}, 180_000);

afterAll(() => {
  removeContent(content);
  if (build) rmSync(build.outDir, { recursive: true, force: true });
});

/** Follows a listing from its first page through rel="next", returning each page's brief slugs. */
function walk(first: string): { path: string; slugs: string[]; doc: Document }[] {
  const pages: { path: string; slugs: string[]; doc: Document }[] = [];
  let path: string | undefined = first;
  while (path) {
    const doc: Document = page(build.outDir, path);
    const links = [...doc.querySelectorAll('.card-list .card :is(h2, h3).card-title > a')];
    pages.push({ path, slugs: links.map((a) => (a.getAttribute('href') ?? '').replace(/^\/briefs\/|\/$/g, '')), doc });
    path = doc.querySelector('.pagination a[rel="next"]')?.getAttribute('href') ?? undefined;
  }
  return pages;
}

describe('paginated listings at 150 briefs', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('walks the archive 24 at a time, newest first, every brief once, with a short row of page numbers', () => {
    const pages = walk('/briefs/');
    expect(pages.map((p) => p.slugs.length)).toEqual([24, 24, 24, 24, 24, 24, 6]);
    expect(pages.flatMap((p) => p.slugs)).toEqual(briefs.map((b) => b.id));
    const numbers = [...pages[0]!.doc.querySelectorAll('.pagination ol li')].map((li) => li.textContent.trim());
    expect(numbers).toEqual(['1', '2', '3', '…', '7']);
  });

  it('walks the busiest topic and the busiest publisher page by page, each listing exactly its briefs', () => {
    const count = (key: (b: CheckedBrief) => string[]): [string, number] => {
      const tally = new Map<string, number>();
      for (const brief of briefs) for (const k of key(brief)) tally.set(k, (tally.get(k) ?? 0) + 1);
      return [...tally].sort((a, b) => b[1] - a[1])[0]!;
    };
    const [topic, onTopic] = count((b) => b.data.terms['topics'] ?? []);
    const [publisher, byPublisher] = count((b) => [b.data.review.publisher]);
    expect(onTopic).toBeGreaterThan(24);
    expect(byPublisher).toBeGreaterThan(24);

    const topicPages = walk(`/topics/${topic}/`);
    expect(topicPages.length).toBe(Math.ceil(onTopic / 24));
    expect(topicPages.slice(0, -1).map((p) => p.slugs.length)).toEqual(topicPages.slice(0, -1).map(() => 24));
    expect(topicPages.flatMap((p) => p.slugs)).toEqual(
      briefs.filter((b) => (b.data.terms['topics'] ?? []).includes(topic)).map((b) => b.id),
    );
    expect(topicPages[1]!.doc.querySelector('title')?.textContent).toMatch(/briefs, page 2 of \d+/);

    const publisherPages = walk(`/publishers/${publisher}/`);
    expect(publisherPages.flatMap((p) => p.slugs)).toEqual(
      briefs.filter((b) => b.data.review.publisher === publisher).map((b) => b.id),
    );
    // The profile is indexed for search once, on the first page only, which Pagefind is shown.
    expect(INDEXED_PAGES.some((pattern) => matchesGlob(`publishers/${publisher}/index.html`, pattern))).toBe(true);
    expect(INDEXED_PAGES.some((pattern) => matchesGlob(`publishers/${publisher}/2/index.html`, pattern))).toBe(false);
    expect(publisherPages.map((p) => p.doc.querySelectorAll('[data-pagefind-body]').length)).toEqual([
      1,
      ...publisherPages.slice(1).map(() => 0),
    ]);
  });
});
