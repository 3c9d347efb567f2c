import { describe, expect, it } from 'vitest';
import { jsonFeed, rssBiasMeter, type FeedEntry } from '../../../src/lib/feeds/items.ts';

const entry: FeedEntry = {
  url: 'https://s.example/briefs/a/',
  title: 'A',
  summary: 'S',
  html: '<p>Body</p>',
  published: new Date('2025-03-05T00:00:00Z'),
  modified: undefined,
  tags: ['Energy'],
  reviewAuthors: ['B. Writer'],
  biasMeter: {
    overall: 'Fair & <balanced>',
    ratings: [
      { dimension: 'omissions', label: 'Omissions', rating: 'some', position: 2, scaleLength: 4, note: 'a "note"' },
    ],
  },
};
const meta = {
  title: 'T',
  description: 'D',
  homeUrl: 'https://s.example/',
  feedUrl: 'https://s.example/feed.json',
  language: 'en',
  methodologyUrl: 'https://s.example/methodology/',
};

describe('feed items', () => {
  it('writes the Bias Meter as escaped XML', () => {
    expect(rssBiasMeter(entry.biasMeter)).toBe(
      '<assay:biasMeter><assay:overall>Fair &amp; &lt;balanced&gt;</assay:overall><assay:rating dimension="omissions" label="Omissions" position="2" scale-length="4" note="a &quot;note&quot;">some</assay:rating></assay:biasMeter>',
    );
  });

  it('writes a JSON Feed 1.1 with the Bias Meter extension and no date_modified when not updated', () => {
    const feed = jsonFeed(meta, [entry]);
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      feed_url: meta.feedUrl,
      home_page_url: meta.homeUrl,
    });
    const [item] = feed['items'] as Record<string, unknown>[];
    expect(item).toEqual({
      id: entry.url,
      url: entry.url,
      title: 'A',
      content_html: '<p>Body</p>',
      summary: 'S',
      date_published: '2025-03-05T00:00:00.000Z',
      tags: ['Energy'],
      authors: [{ name: 'B. Writer' }],
      _bias_meter: {
        about: meta.methodologyUrl,
        overall: 'Fair & <balanced>',
        dimensions: [
          { id: 'omissions', label: 'Omissions', rating: 'some', position: 2, scale_length: 4, note: 'a "note"' },
        ],
      },
    });
  });
});
