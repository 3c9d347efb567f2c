import { describe, expect, it } from 'vitest';
import { siteInterface } from '../../../src/i18n/index.ts';
import { siteAmendments } from '../../../src/lib/corrections.ts';
import { amendmentItems, amendmentsJsonFeed } from '../../../src/lib/feeds/corrections.ts';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const brief = {
  id: 'tin',
  data: {
    title: 'Tracing tin',
    date: day('2026-03-05'),
    corrections: [{ date: day('2026-03-20'), text: 'Published on *24* February.' }],
    ratingChanges: [
      { date: day('2026-04-10'), dimension: 'source-bias', from: 'high', to: 'moderate', reason: '<b>Disclosed</b>.' },
    ],
  },
};
const items = amendmentItems(siteAmendments([brief]), {
  briefUrl: (id, anchor) => `https://s.example/briefs/${id}/#${anchor}`,
  dimensionLabels: new Map([['source-bias', 'Source Bias']]),
  t: siteInterface('en').t,
});

describe('amendmentItems', () => {
  it('makes one item per entry, newest first, each linking to its place on the brief', () => {
    expect(items.map((i) => [i.title, i.url])).toEqual([
      ['Rating revised: Tracing tin', 'https://s.example/briefs/tin/#rating-change-1'],
      ['Correction: Tracing tin', 'https://s.example/briefs/tin/#correction-1'],
    ]);
    expect(items[0]!.text).toBe('Source Bias from High to Moderate. <b>Disclosed</b>.');
    expect(items[0]!.html).toBe('<p>Source Bias from High to Moderate. &lt;b&gt;Disclosed&lt;/b&gt;.</p>');
    expect(items[1]!.html).toBe('<p>Published on <em>24</em> February.</p>');
  });
});

describe('amendmentsJsonFeed', () => {
  it('is a JSON Feed 1.1 with stable ids and dates', () => {
    const feed = amendmentsJsonFeed(
      {
        title: 'T',
        description: 'D',
        homeUrl: 'https://s.example/corrections/',
        feedUrl: 'https://s.example/corrections/feed.json',
        language: 'en',
        methodologyUrl: 'https://s.example/methodology/',
      },
      items,
    );
    expect(feed['version']).toBe('https://jsonfeed.org/version/1.1');
    expect(feed['items']).toMatchObject([
      { id: 'https://s.example/briefs/tin/#rating-change-1', date_published: '2026-04-10T00:00:00.000Z' },
      { id: 'https://s.example/briefs/tin/#correction-1', date_published: '2026-03-20T00:00:00.000Z' },
    ]);
  });
});
