import { describe, expect, it } from 'vitest';
import { reviewJsonLd } from '../../src/lib/jsonLd.ts';

describe('reviewJsonLd', () => {
  it('describes a Review of the reviewed work and its publishing Organization', () => {
    const ld = reviewJsonLd({
      url: 'https://s.example/briefs/a/',
      title: 'Brief',
      summary: 'Sum',
      date: new Date('2025-07-02T00:00:00Z'),
      updated: undefined,
      topics: ['Rare earths'],
      overall: 'Balanced',
      review: {
        title: 'Rare Earths and Realpolitik',
        authors: ['Amara Thiha'],
        url: 'https://www.stimson.org/x',
        date: new Date('2025-06-24T00:00:00Z'),
        kind: 'report',
      },
      publisher: { name: 'Stimson Center', url: 'https://www.stimson.org/' },
      site: { title: 'Assay', url: 'https://s.example/' },
    });
    expect(ld).toMatchObject({
      '@type': 'Review',
      datePublished: '2025-07-02',
      itemReviewed: {
        '@type': 'Report',
        name: 'Rare Earths and Realpolitik',
        datePublished: '2025-06-24',
        author: [{ '@type': 'Person', name: 'Amara Thiha' }],
        publisher: { '@type': 'Organization', name: 'Stimson Center' },
      },
    });
    expect(ld).not.toHaveProperty('dateModified');
  });
});
