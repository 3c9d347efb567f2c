// Feeds, sitemap and structured data of the fixture site, read with real parsers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, FIXTURE_CONTENT, listFiles, page } from './buildSite.ts';

const dist = inject('fixtureDist');
const SITE = 'https://assay.example.org';
const read = (path: string): string => readFileSync(join(dist, path), 'utf8');
const newestFirst = ['beta-two', 'alpha-one', 'gamma-three', 'escape-everything'].map(
  (slug) => `${SITE}/briefs/${slug}/`,
);

/** Every href and src in an HTML fragment, read with a real parser. */
function linksIn(html: string): string[] {
  const doc = page.fromHtml(html);
  return [...doc.querySelectorAll('[href], [src]')].map(
    (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
  );
}

interface RssItem {
  link: string;
  'content:encoded': string;
  'assay:biasMeter': { 'assay:overall': string; 'assay:rating': Record<string, string>[] };
}

interface JsonFeedItem {
  id: string;
  url: string;
  content_html: string;
  date_published: string;
  _bias_meter: { about: string; overall: string; dimensions: Record<string, unknown>[] };
}

interface JsonLd {
  '@type': string;
  itemReviewed: { name: string; publisher: { '@type': string } };
}

/** RSS items as XML, decoded exactly once (the feed parser also decodes HTML entities in content). */
function rssItems(xml: string): RssItem[] {
  return (new XMLParser({ ignoreAttributes: false }).parse(xml) as { rss: { channel: { item: RssItem[] } } }).rss
    .channel.item;
}

function wellFormed(xml: string): void {
  expect(SyntaxValidator.validate(xml)).toBe(true);
}

describe('RSS 2.0', () => {
  const xml = read('rss.xml');
  const feed = parseFeed(xml);

  it('is well-formed RSS with a self link and absolute URLs', () => {
    wellFormed(xml);
    expect(feed.meta.type).toBe('rss');
    expect(feed.title).toBe('Assay');
    expect(feed.url).toBe(`${SITE}/`);
    const channel = (
      new XMLParser({ ignoreAttributes: false }).parse(xml) as { rss: { channel: Record<string, unknown> } }
    ).rss.channel;
    expect(channel['atom:link']).toMatchObject({
      '@_href': `${SITE}/rss.xml`,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
  });

  it('lists published briefs newest first with stable guids, RFC 822 dates, topics and full content', () => {
    expect(feed.items.map((item) => item.url)).toEqual(newestFirst);
    expect(feed.items.map((item) => item.id)).toEqual(newestFirst);
    expect(xml).toMatch(/<pubDate>Wed, 05 Mar 2025 00:00:00 GMT<\/pubDate>/);
    for (const item of feed.items) expect(item.published?.getTime()).not.toBeNaN();
    const beta = feed.items[0]!;
    expect(beta.description).toBe('Fixture brief two, an MDX brief with an inline chart.');
    expect(beta.categories.map((c) => c.term)).toEqual(['Energy', 'Trade']);
    expect(beta.content).toContain('First paragraph of beta.');
    expect(beta.content).toContain('Last paragraph of beta.');
    expect(beta.content).toContain('Beta highlight');
    expect(beta.content).toContain('Fixture Overall Beta');
    // The inline chart arrives as its data table.
    expect(beta.content).toMatch(/<table>[\s\S]*Ore[\s\S]*60 per cent/);
    for (const link of rssItems(xml).flatMap((item) => linksIn(item['content:encoded'])))
      expect(link).toMatch(/^https?:\/\//);
  });

  it('carries each item’s Bias Meter, overall and per dimension', () => {
    const items = rssItems(xml);
    const alpha = items.find((item) => item.link === `${SITE}/briefs/alpha-one/`)!;
    expect(alpha['assay:biasMeter']['assay:overall']).toBe('Fixture Overall Alpha');
    const ratings = alpha['assay:biasMeter']['assay:rating'];
    expect(ratings.map((r) => [r['@_dimension'], r['#text'], r['@_position'], r['@_scale-length']])).toEqual([
      ['source-bias', 'minimal', '1', '5'],
      ['fact-depth', 'high', '2', '5'],
      ['geopolitical-framing', 'balanced', '1', '4'],
      ['omissions', 'some', '2', '4'],
    ]);
    expect(ratings[1]!['@_note']).toBe('good data');
  });

  it('keeps editor-written markup as text and drops scripts', () => {
    expect(feed.items.find((item) => item.url?.endsWith('/escape-everything/'))?.title).toBe(
      "Escaping <img src=x onerror=alert(1)> & </script><script>alert('title')</script>",
    );
    const escape = rssItems(xml).find((item) => item.link.endsWith('/escape-everything/'))!;
    const html = page.fromHtml(escape['content:encoded']);
    expect(html.querySelectorAll('script, img, b, [onerror]').length).toBe(0);
    expect(html.body.textContent).toContain("Highlight </script><script>alert('highlight')</script>");
    expect(html.body.textContent).toContain('<img src=x onerror=alert(1)>');
    const meter = escape['assay:biasMeter'];
    expect(meter['assay:overall']).toBe("Overall </script><script>alert('overall')</script>");
  });

  it('has one feed per topic, region, mineral and publisher, each with exactly its briefs', () => {
    const expected: Record<string, string[]> = {
      'topics/energy/rss.xml': ['beta-two', 'alpha-one'],
      'regions/chile/rss.xml': ['alpha-one', 'gamma-three'],
      'minerals/copper/rss.xml': ['gamma-three'],
      'publishers/alpha/rss.xml': ['alpha-one', 'gamma-three'],
    };
    for (const [path, slugs] of Object.entries(expected)) {
      const sub = read(path);
      wellFormed(sub);
      expect(
        parseFeed(sub).items.map((item) => item.url),
        path,
      ).toEqual(slugs.map((s) => `${SITE}/briefs/${s}/`));
    }
    const feeds = listFiles(dist).filter((f) => f.endsWith('rss.xml'));
    expect(feeds.filter((f) => f.startsWith('topics/')).sort()).toEqual([
      'topics/energy/rss.xml',
      'topics/escaping/rss.xml',
      'topics/trade/rss.xml',
    ]);
  });
});

describe('JSON Feed 1.1', () => {
  const feed = JSON.parse(read('feed.json')) as {
    version: string;
    title: string;
    feed_url: string;
    home_page_url: string;
    items: JsonFeedItem[];
  };

  it('has the required fields of the spec and absolute URLs', () => {
    expect(feed['version']).toBe('https://jsonfeed.org/version/1.1');
    expect(feed['title']).toBe('Assay');
    expect(feed['feed_url']).toBe(`${SITE}/feed.json`);
    expect(feed['home_page_url']).toBe(`${SITE}/`);
    for (const item of feed['items']) {
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_html).toBe('string');
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
      for (const link of linksIn(item.content_html)) expect(link).toMatch(/^https?:\/\//);
    }
  });

  it('lists briefs newest first with summary, tags, authors, dates and the Bias Meter extension', () => {
    expect(feed.items.map((item) => item.url)).toEqual(newestFirst);
    const beta = feed.items[0]!;
    expect(beta).toMatchObject({
      summary: 'Fixture brief two, an MDX brief with an inline chart.',
      date_published: '2025-03-05T00:00:00.000Z',
      date_modified: '2025-03-09T00:00:00.000Z',
      tags: ['Energy', 'Trade'],
      authors: [{ name: 'B. Writer' }, { name: 'C. Writer' }],
    });
    expect(beta._bias_meter.overall).toBe('Fixture Overall Beta');
    expect(beta._bias_meter.about).toBe(`${SITE}/methodology/`);
    expect(beta._bias_meter.dimensions[0]).toEqual({
      id: 'source-bias',
      label: 'Source Bias',
      rating: 'severe',
      position: 5,
      scale_length: 5,
    });
  });
});

describe('sitemap, robots and metadata', () => {
  it('lists every published page and nothing else in the sitemap', () => {
    const sitemap = new XMLParser().parse(read('sitemap-0.xml')) as { urlset: { url: { loc: string }[] } };
    const urls = sitemap.urlset.url.map((u) => u.loc);
    for (const url of newestFirst) expect(urls).toContain(url);
    expect(urls.some((u) => u.includes('hidden') || u.includes('404'))).toBe(false);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('gives every page a canonical URL, feed links and OpenGraph data', () => {
    const doc = page(dist, 'briefs/alpha-one/');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}/briefs/alpha-one/`);
    expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(
      '/rss.xml',
    );
    expect(doc.querySelector('link[rel="alternate"][type="application/feed+json"]')?.getAttribute('href')).toBe(
      '/feed.json',
    );
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(doc.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(
      'Fixture brief one, about lithium in Chile.',
    );
    const topic = page(dist, 'topics/energy/');
    expect([...topic.querySelectorAll('link[rel="alternate"]')].map((l) => l.getAttribute('href'))).toContain(
      '/topics/energy/rss.xml',
    );
    expect(topic.querySelector('.subscribe a')?.getAttribute('href')).toBe('/topics/energy/rss.xml');
  });

  it('has JSON-LD on every brief that parses and names the reviewed work, even with </script> in the text', () => {
    for (const file of listFiles(dist).filter((f) => f.startsWith('briefs/') && f.endsWith('index.html'))) {
      const doc = page(dist, file);
      for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
        const data = JSON.parse(script.textContent ?? '') as JsonLd;
        expect(data['@type']).toBe('Review');
        expect(data.itemReviewed.name).toBeTruthy();
        expect(data.itemReviewed.publisher['@type']).toBe('Organization');
      }
    }
    const escape = page(dist, 'briefs/escape-everything/');
    const scripts = escape.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts.length).toBe(1);
    const data = JSON.parse(scripts[0]!.textContent ?? '') as JsonLd;
    expect(data.itemReviewed.name).toBe("Reviewed </script><script>alert('review')</script> work");
  });
});

describe('golden feeds and stable guids', () => {
  it('match the golden files (`npx vitest run -u` rewrites them) and keep their guids across builds', async () => {
    await expect(read('rss.xml')).toMatchFileSnapshot('golden/rss.xml');
    await expect(read('feed.json')).toMatchFileSnapshot('golden/feed.json');
    const again = buildSite(FIXTURE_CONTENT);
    expect(again.status).toBe(0);
    const guids = (xml: string): (string | null)[] => parseFeed(xml).items.map((item) => item.id);
    expect(guids(readFileSync(join(again.outDir, 'rss.xml'), 'utf8'))).toEqual(guids(read('rss.xml')));
  });
});
