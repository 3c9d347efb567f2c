// Corrections and rating changes on the built fixture site: escape-everything.md has a correction
// (1 July 2024) and a rating change (1 August 2024), both with markup payloads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, inject, it } from 'vitest';
import { page } from './buildSite.ts';

const dist = inject('fixtureDist');
const SITE = 'https://assay.example.org';
const BRIEF = `${SITE}/briefs/escape-everything/`;
const read = (path: string): string => readFileSync(join(dist, path), 'utf8');

interface JsonFeedItem {
  id: string;
  date_published: string;
  date_modified?: string;
  content_html: string;
}
const jsonItems = (path: string): JsonFeedItem[] => (JSON.parse(read(path)) as { items: JsonFeedItem[] }).items;

describe('a corrected and re-rated brief', () => {
  const doc = page(dist, 'briefs/escape-everything/');

  it('shows dated marks near the header linking to its corrections, newest first', () => {
    const marks = [...doc.querySelectorAll('.brief-header .corrections-notice a')];
    expect(marks.map((a) => a.textContent)).toEqual(['Rating revised 1 August 2024', 'Corrected 1 July 2024']);
    expect(marks.every((a) => a.getAttribute('href') === '#corrections')).toBe(true);
    const section = doc.querySelector('#corrections');
    expect(section?.querySelector('h2')?.textContent).toBe('Corrections and rating changes');
    const items = [...(section?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
    expect(items[0]).toContain('1 August 2024Rating revised: Source Bias from High to Moderate.');
    expect(items[0]).toContain("Reason </script><script>alert('reason')</script>");
    expect(items[1]).toContain("Correction </script><script>alert('correction')</script>");
    expect(section?.querySelectorAll('script, img')).toHaveLength(0);
  });

  it('shows the earlier rating and the date it changed in the Bias Meter row', () => {
    const row = doc.querySelector('.bias-meter tr[data-dimension="source-bias"]');
    expect(row?.querySelector('.rating-revision')?.textContent).toBe('(was High until 1 August 2024)');
    expect(doc.querySelector('.bias-meter tr[data-dimension="omissions"] .rating-revision')).toBeNull();
  });

  it('gives JSON-LD dateModified and each correction as a CorrectionComment', () => {
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as Record<
      string,
      unknown
    >;
    expect(ld['dateModified']).toBe('2024-08-01');
    expect(ld['correction']).toEqual([
      {
        '@type': 'CorrectionComment',
        text: "Correction </script><script>alert('correction')</script> and <img src=x onerror=alert('correction')> link",
        datePublished: '2024-07-01',
      },
    ]);
  });

  it('keeps its feed id, and carries the change in its items: date_modified, atom:updated and the content', () => {
    const item = jsonItems('feed.json').find((i) => i.id === BRIEF);
    expect(item?.date_modified).toBe('2024-08-01T00:00:00.000Z');
    expect(item?.content_html).toContain('Corrections and rating changes');
    expect(item?.content_html).toContain('&lt;img src=x onerror=alert(');
    expect(item?.content_html).not.toMatch(/<img|<script/);
    const rss = read('rss.xml');
    const feed = parseFeed(rss);
    const rssItem = feed.items.find((i) => i.url === BRIEF);
    expect(rssItem?.id).toBe(BRIEF);
    expect(rssItem?.content).toContain('Source Bias from High to Moderate');
    expect(rss).toMatch(
      // Within the same item: from its guid to the next </item>.
      /<guid[^>]*>https:\/\/assay\.example\.org\/briefs\/escape-everything\/<\/guid>(?:(?!<\/item>)[\s\S])*<atom:updated>2024-08-01T00:00:00\.000Z<\/atom:updated>/,
    );
  });
});

describe('/corrections/', () => {
  it('lists every correction and rating change newest first, each naming and linking its brief', () => {
    const doc = page(dist, 'corrections/');
    const entries = [...doc.querySelectorAll('.site-corrections > li')];
    expect(entries.map((li) => li.querySelector('.meta')?.textContent)).toEqual([
      'Rating revised 1 August 2024',
      'Corrected 1 July 2024',
    ]);
    expect(entries.map((li) => li.querySelector('h2 a')?.getAttribute('href'))).toEqual([
      '/briefs/escape-everything/#rating-change-1',
      '/briefs/escape-everything/#correction-1',
    ]);
    expect(doc.querySelectorAll('main script, main img')).toHaveLength(0);
    const alternates = [...doc.querySelectorAll('link[rel="alternate"]')].map((l) => l.getAttribute('href'));
    expect(alternates).toEqual(expect.arrayContaining(['/corrections/rss.xml', '/corrections/feed.json']));
  });

  it('is linked from the footer of every page and from /methodology/', () => {
    expect(page(dist, '').querySelector('footer a[href="/corrections/"]')).not.toBeNull();
    expect(page(dist, 'methodology/').querySelector('main a[href="/corrections/"]')).not.toBeNull();
  });

  it('has an RSS feed and a JSON Feed of the same entries', () => {
    const rss = parseFeed(read('corrections/rss.xml'));
    expect(rss.items.map((i) => [i.id, i.title])).toEqual([
      [`${BRIEF}#rating-change-1`, expect.stringMatching(/^Rating revised: Escaping /)],
      [`${BRIEF}#correction-1`, expect.stringMatching(/^Correction: Escaping /)],
    ]);
    const items = jsonItems('corrections/feed.json');
    expect(items.map((i) => [i.id, i.date_published])).toEqual([
      [`${BRIEF}#rating-change-1`, '2024-08-01T00:00:00.000Z'],
      [`${BRIEF}#correction-1`, '2024-07-01T00:00:00.000Z'],
    ]);
    expect(items[0]?.content_html).not.toMatch(/<script|<img/);
  });
});
