import { describe, expect, it } from 'vitest';
import { reviewJsonLd, type ReviewLdInput } from '../../src/lib/jsonLd.ts';

const SOURCE = { label: 'Source Bias', scale: ['minimal', 'low', 'moderate', 'high', 'severe'] };
const FRAMING = { label: 'Geopolitical Framing', scale: ['balanced', 'leaning', 'one-sided', 'partisan'] };

describe('reviewJsonLd', () => {
  it('describes a Review of the reviewed work and its publishing Organization', () => {
    const ld = reviewJsonLd({
      url: 'https://s.example/briefs/a/',
      title: 'Brief',
      summary: 'Sum',
      date: new Date('2025-07-02T00:00:00Z'),
      updated: undefined,
      keywords: ['Rare earths'],
      overall: 'Balanced',
      ratings: [],
      corrections: [],
      review: {
        title: 'Rare Earths and Realpolitik',
        authors: ['Amara Thiha'],
        url: 'https://www.stimson.org/x',
        date: new Date('2025-06-24T00:00:00Z'),
        kind: 'report',
      },
      publisher: { name: 'Stimson Center', url: 'https://www.stimson.org/' },
      site: { title: 'Assay', url: 'https://s.example/' },
      language: 'fr',
    });
    expect(ld).toMatchObject({
      '@type': 'Review',
      inLanguage: 'fr',
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

  const input = (extra: Partial<ReviewLdInput>): ReviewLdInput => ({
    url: 'https://s.example/briefs/a/',
    title: 'Brief',
    summary: 'Sum',
    date: new Date('2025-07-02T00:00:00Z'),
    updated: undefined,
    keywords: [],
    overall: 'Balanced',
    ratings: [],
    corrections: [],
    review: {
      title: 'W',
      authors: ['A'],
      url: 'https://x.example/',
      date: new Date('2025-06-24T00:00:00Z'),
      kind: 'report',
    },
    publisher: { name: 'P', url: 'https://x.example/' },
    site: { title: 'Assay', url: 'https://s.example/' },
    language: 'en',
    ...extra,
  });

  it("rates each dimension by its step from the worst end, and the verdict by the site's score as 0 (worst) to 100", () => {
    const ld = reviewJsonLd(
      input({
        ratings: [
          { dimension: SOURCE, rating: 'moderate', position: 3 },
          { dimension: FRAMING, rating: 'partisan', position: 4 },
        ],
      }),
    );
    expect(ld['reviewRating']).toEqual([
      {
        '@type': 'Rating',
        name: 'Balanced',
        ratingExplanation: 'Balanced',
        ratingValue: 25,
        bestRating: 100,
        worstRating: 0,
      },
      {
        '@type': 'Rating',
        reviewAspect: 'Source Bias',
        name: 'moderate',
        ratingValue: 3,
        bestRating: 5,
        worstRating: 1,
      },
      {
        '@type': 'Rating',
        reviewAspect: 'Geopolitical Framing',
        name: 'partisan',
        ratingValue: 1,
        bestRating: 4,
        worstRating: 1,
      },
    ]);
  });

  it('lists each correction as a CorrectionComment in plain text, and the latest change as dateModified', () => {
    const ld = reviewJsonLd(
      input({
        updated: new Date('2025-07-12T00:00:00Z'),
        corrections: [{ date: new Date('2025-07-12T00:00:00Z'), text: 'Published on *24* June, not <b>26</b>.' }],
      }),
    );
    expect(ld['dateModified']).toBe('2025-07-12');
    expect(ld['correction']).toEqual([
      { '@type': 'CorrectionComment', text: 'Published on 24 June, not <b>26</b>.', datePublished: '2025-07-12' },
    ]);
  });

  it('gives each reply as a Comment of the Review, by the organisation or the named person, with the editors’ answer', () => {
    const ld = reviewJsonLd(
      input({
        replies: [
          {
            date: new Date('2025-07-20T00:00:00Z'),
            text: 'We *dispute* the <script>alert(1)</script> rating.',
            url: 'https://www.stimson.org/response',
            answer: 'We revised **Source Bias**.',
            publisher: { name: 'Stimson Center', url: 'https://www.stimson.org/' },
          },
          {
            date: new Date('2025-07-21T00:00:00Z'),
            text: 'Thanks.',
            name: 'Amara Thiha',
            role: 'Lead author',
          },
        ],
      }),
    );
    expect(ld['comment']).toEqual([
      {
        '@type': 'Comment',
        '@id': 'https://s.example/briefs/a/#reply-1',
        url: 'https://www.stimson.org/response',
        text: 'We dispute the <script>alert(1)</script> rating.',
        datePublished: '2025-07-20',
        author: { '@type': 'Organization', name: 'Stimson Center', url: 'https://www.stimson.org/' },
        comment: {
          '@type': 'Comment',
          text: 'We revised Source Bias.',
          author: { '@type': 'Organization', name: 'Assay', url: 'https://s.example/' },
        },
      },
      {
        '@type': 'Comment',
        '@id': 'https://s.example/briefs/a/#reply-2',
        url: 'https://s.example/briefs/a/#reply-2',
        text: 'Thanks.',
        datePublished: '2025-07-21',
        author: { '@type': 'Person', name: 'Amara Thiha', jobTitle: 'Lead author' },
      },
    ]);
    expect(reviewJsonLd(input({}))).not.toHaveProperty('comment');
  });
});
