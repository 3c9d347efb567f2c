import { getRssString } from '@astrojs/rss';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { rssBiasMeter, rssUpdated } from '../../../src/lib/feeds/items.ts';
import { rssItemXml, rssXml, type RssItem } from '../../../src/lib/feeds/rss.ts';

const meta = {
  title: `Rare earths & "magnets" · <Assay's>`,
  description: 'Briefs on <b>rare earths</b> & more.',
  homeUrl: 'https://s.example/sub/topics/rare-earths/',
  feedUrl: 'https://s.example/sub/topics/rare-earths/rss.xml',
  language: 'en',
  methodologyUrl: 'https://s.example/sub/methodology/',
};

const items: RssItem[] = [
  {
    title: `Kachin's "boom" & <the> cost`,
    link: 'https://s.example/sub/briefs/kachin/',
    description: 'One paragraph & a <tag>.',
    pubDate: new Date('2025-03-05T00:00:00Z'),
    content: '<p>Body with <a href="https://x.example/?a=1&amp;b=2">a link</a> &amp; an entity, it\'s "quoted".</p>',
    categories: ['Rare earths', 'Trade & "policy"'],
    extensions:
      rssUpdated(new Date('2025-04-01T00:00:00Z')) +
      rssBiasMeter({
        overall: 'Fair & <balanced>',
        ratings: [
          { dimension: 'omissions', label: 'Omissions', rating: 'some', position: 2, scaleLength: 4, note: `a "note"` },
          {
            dimension: 'fact-depth',
            label: `Fact's depth`,
            rating: 'high',
            position: 2,
            scaleLength: 5,
            note: undefined,
          },
        ],
      }),
  },
  {
    title: 'Second',
    link: 'https://s.example/sub/briefs/second/',
    description: '',
    pubDate: new Date('2024-12-31T00:00:00Z'),
    content: '',
  },
];

/** The same feed as @astrojs/rss writes it, which Assay used until the direct writer replaced it. */
function astroRss(feedItems: readonly RssItem[], namespaces: Record<string, string>): Promise<string> {
  return getRssString({
    title: meta.title,
    description: meta.description,
    site: meta.homeUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', ...namespaces },
    customData: `<language>${meta.language}</language><atom:link href="${meta.feedUrl}" rel="self" type="application/rss+xml"/>`,
    items: feedItems.map((item) => ({
      title: item.title,
      link: item.link,
      pubDate: item.pubDate,
      description: item.description,
      content: item.content,
      ...(item.categories ? { categories: [...item.categories] } : {}),
      ...(item.extensions ? { customData: item.extensions } : {}),
    })),
  });
}

describe('RSS writer', () => {
  it('writes the same bytes as @astrojs/rss, escaping every value once', async () => {
    const namespaces = { assay: 'urn:assay:bias-meter:1' };
    expect(rssXml(meta, items.map(rssItemXml), namespaces)).toBe(await astroRss(items, namespaces));
  });

  it('writes the same bytes as @astrojs/rss for a feed without items and without extra namespaces', async () => {
    expect(rssXml(meta, [])).toBe(await astroRss([], {}));
  });

  it('gives a feed reader the text as written', () => {
    const feed = parseFeed(rssXml(meta, items.map(rssItemXml), { assay: 'urn:assay:bias-meter:1' }));
    expect(feed.title).toBe(meta.title);
    expect(feed.items.map((item) => [item.title, item.url, item.id])).toEqual([
      [items[0]!.title, items[0]!.link, items[0]!.link],
      ['Second', items[1]!.link, items[1]!.link],
    ]);
    // The parser also decodes the HTML's own entities, as a reader showing it would.
    expect(feed.items[0]!.content).toBe(items[0]!.content.replaceAll('&amp;', '&'));
    expect(feed.items[0]!.categories.map((category) => category.label)).toEqual(['Rare earths', 'Trade & "policy"']);
    expect(feed.items[0]!.published?.toISOString()).toBe('2025-03-05T00:00:00.000Z');
  });
});
