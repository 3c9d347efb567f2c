import { describe, expect, it } from 'vitest';
import { siteInterface } from '../../../src/i18n/index.ts';
import {
  briefSearchRecord,
  facetCounts,
  searchFacets,
  searchWordsOf,
  type SearchableBrief,
} from '../../../src/lib/search/meta.ts';
import { demoSubjects, withTerms } from '../demoSubjects.ts';

type Written = Omit<SearchableBrief['data'], 'terms'> & { topics: string[]; regions: string[]; minerals: string[] };

const dimensions = [
  { id: 'source-bias', label: 'Source Bias', scale: ['minimal', 'low', 'moderate', 'high', 'severe'] },
  {
    id: 'geopolitical-framing',
    label: 'Geopolitical Framing',
    scale: ['balanced', 'leaning', 'one-sided', 'partisan'],
  },
];
const words = searchWordsOf(siteInterface('en').t);
const publishers = [
  { id: 'stimson-center', name: 'The Stimson Center' },
  { id: 'andes', name: 'Andes Watershed Watch' },
];

const brief = (over: Partial<Written> = {}): SearchableBrief => ({
  data: withTerms({
    title: 'Rare Earths and Realpolitik',
    summary: 'A report on <Kachin>.',
    date: new Date('2025-07-02T00:00:00Z'),
    review: { publisher: 'stimson-center', kind: 'report' },
    topics: ['rare-earths', 'geopolitics'],
    regions: ['myanmar', 'united-states'],
    minerals: ['dysprosium'],
    biasMeter: {
      overall: 'Policy-Oriented "Analysis"',
      dimensions: [
        { dimension: 'source-bias', rating: 'moderate' },
        { dimension: 'geopolitical-framing', rating: 'one-sided' },
      ],
    },
    corrections: [],
    ratingChanges: [],
    replies: [],
    ...over,
  }),
});

describe('briefSearchRecord', () => {
  it('tags a brief with readable filter values, one per dimension, and marks it as a brief', () => {
    const record = briefSearchRecord(brief(), publishers[0]!, dimensions, demoSubjects, words);
    expect(record.filters).toEqual([
      { key: 'type', value: 'Brief' },
      { key: 'topic', value: 'Rare earths' },
      { key: 'topic', value: 'Geopolitics' },
      { key: 'region', value: 'Myanmar' },
      { key: 'region', value: 'United States' },
      { key: 'mineral', value: 'Dysprosium' },
      { key: 'publisher', value: 'The Stimson Center' },
      { key: 'kind', value: 'Report' },
      { key: 'year', value: '2025' },
      { key: 'source-bias', value: 'Moderate' },
      { key: 'geopolitical-framing', value: 'One-sided' },
    ]);
  });

  it('sorts by the ISO date and keeps result metadata as raw text for the UI to escape', () => {
    const record = briefSearchRecord(brief(), publishers[0]!, dimensions, demoSubjects, words);
    expect(record.sort).toEqual({ date: '2025-07-02' });
    expect(record.meta).toEqual({
      title: 'Rare Earths and Realpolitik',
      date: '2025-07-02',
      publisher: 'The Stimson Center',
      summary: 'A report on <Kachin>.',
      meter:
        '{"o":"Policy-Oriented \\"Analysis\\"","d":[["Source Bias","Moderate",2,5],["Geopolitical Framing","One-sided",2,4]]}',
    });
  });

  it('takes the year from the calendar date in UTC, whatever the time zone', () => {
    const record = briefSearchRecord(
      brief({ date: new Date('2025-01-01T00:00:00Z') }),
      publishers[0]!,
      dimensions,
      demoSubjects,
      words,
    );
    expect(record.filters).toContainEqual({ key: 'year', value: '2025' });
  });

  it('tags a topic listed twice only once', () => {
    const record = briefSearchRecord(
      brief({ topics: ['trade', 'trade'] }),
      publishers[0]!,
      dimensions,
      demoSubjects,
      words,
    );
    expect(record.filters.filter((f) => f.key === 'topic')).toEqual([{ key: 'topic', value: 'Trade' }]);
  });
});

describe('searchFacets', () => {
  const briefs = [
    brief(),
    brief({
      date: new Date('2023-03-01T00:00:00Z'),
      review: { publisher: 'andes', kind: 'dataset' },
      topics: ['water'],
      regions: ['chile'],
      minerals: [],
      biasMeter: {
        overall: 'Sound',
        dimensions: [
          { dimension: 'source-bias', rating: 'minimal' },
          { dimension: 'geopolitical-framing', rating: 'balanced' },
        ],
      },
    }),
    brief({
      date: new Date('2024-05-01T00:00:00Z'),
      review: { publisher: 'andes', kind: 'article' },
      topics: ['energy'],
    }),
  ];

  it('offers the base facets, then one per dimension, each with a slug for the URL and a label for readers', () => {
    const facets = searchFacets(briefs, publishers, dimensions, demoSubjects, words);
    expect(facets.map((f) => [f.key, f.legend])).toEqual([
      ['topic', 'Topic'],
      ['region', 'Region'],
      ['mineral', 'Mineral'],
      ['publisher', 'Publisher'],
      ['kind', 'Kind of work'],
      ['year', 'Year'],
      ['source-bias', 'Source Bias'],
      ['geopolitical-framing', 'Geopolitical Framing'],
    ]);
    expect(facets.find((f) => f.key === 'publisher')?.values).toEqual([
      { slug: 'andes', label: 'Andes Watershed Watch' },
      { slug: 'stimson-center', label: 'The Stimson Center' },
    ]);
  });

  it('orders values so they stay put: terms A–Z, kinds as the schema lists them, years newest first, ratings best to worst', () => {
    const facets = searchFacets(briefs, publishers, dimensions, demoSubjects, words);
    const slugs = (key: string): string[] => facets.find((f) => f.key === key)?.values.map((v) => v.slug) ?? [];
    expect(slugs('topic')).toEqual(['energy', 'geopolitics', 'rare-earths', 'water']);
    expect(slugs('kind')).toEqual(['report', 'article', 'dataset']);
    expect(slugs('year')).toEqual(['2025', '2024', '2023']);
    expect(slugs('source-bias')).toEqual(['minimal', 'moderate']);
    expect(slugs('geopolitical-framing')).toEqual(['balanced', 'one-sided']);
  });

  it('offers only values some brief carries, and leaves out facets with none', () => {
    const facets = searchFacets([briefs[1]!], publishers, dimensions, demoSubjects, words);
    expect(facets.map((f) => f.key)).not.toContain('mineral');
    expect(facets.find((f) => f.key === 'topic')?.values).toEqual([{ slug: 'water', label: 'Water' }]);
  });
});

describe('the revised filter', () => {
  it('tags only briefs that were corrected or re-rated, and offers the facet only when one was', () => {
    const corrected = briefSearchRecord(brief({ corrections: [{}] }), publishers[0]!, dimensions, demoSubjects, words);
    const reRated = briefSearchRecord(brief({ ratingChanges: [{}] }), publishers[0]!, dimensions, demoSubjects, words);
    const plain = briefSearchRecord(brief(), publishers[0]!, dimensions, demoSubjects, words);
    expect(corrected.filters).toContainEqual({ key: 'revised', value: 'Corrected or re-rated' });
    expect(reRated.filters).toContainEqual({ key: 'revised', value: 'Corrected or re-rated' });
    expect(plain.filters.map((f) => f.key)).not.toContain('revised');
    expect(searchFacets([brief()], publishers, dimensions, demoSubjects, words).map((f) => f.key)).not.toContain(
      'revised',
    );
    expect(
      searchFacets([brief(), brief({ corrections: [{}] })], publishers, dimensions, demoSubjects, words),
    ).toContainEqual({
      key: 'revised',
      legend: 'Corrections',
      values: [{ slug: 'yes', label: 'Corrected or re-rated' }],
    });
  });
});

describe('the replied filter', () => {
  it('tags only briefs with a reply, and offers the facet only when one has', () => {
    const replied = briefSearchRecord(brief({ replies: [{}] }), publishers[0]!, dimensions, demoSubjects, words);
    const plain = briefSearchRecord(brief(), publishers[0]!, dimensions, demoSubjects, words);
    expect(replied.filters).toContainEqual({ key: 'replied', value: 'The publisher replied' });
    expect(plain.filters.map((f) => f.key)).not.toContain('replied');
    expect(searchFacets([brief()], publishers, dimensions, demoSubjects, words).map((f) => f.key)).not.toContain(
      'replied',
    );
    const both = [brief(), brief({ replies: [{}, {}] })];
    expect(searchFacets(both, publishers, dimensions, demoSubjects, words)).toContainEqual({
      key: 'replied',
      legend: 'Right of reply',
      values: [{ slug: 'yes', label: 'The publisher replied' }],
    });
    const facets = searchFacets(both, publishers, dimensions, demoSubjects, words);
    expect(facetCounts(both, publishers, dimensions, demoSubjects, words, facets)['replied']).toEqual({ yes: 1 });
  });
});

describe('in the site’s language', () => {
  it('names the base facets, the kinds and the revised value from the dictionary, in the index as on the page', () => {
    const french = searchWordsOf(siteInterface('fr').t);
    const corrected = brief({ corrections: [{}] });
    const record = briefSearchRecord(corrected, publishers[0]!, dimensions, demoSubjects, french);
    expect(record.filters).toContainEqual({ key: 'kind', value: 'Rapport' });
    expect(record.filters).toContainEqual({ key: 'revised', value: 'Corrigée ou réévaluée' });
    const facets = searchFacets([corrected], publishers, dimensions, demoSubjects, french);
    expect(facets.filter((f) => ['publisher', 'kind', 'year', 'revised'].includes(f.key))).toEqual([
      { key: 'publisher', legend: 'Éditeur', values: [{ slug: 'stimson-center', label: 'The Stimson Center' }] },
      { key: 'kind', legend: 'Type de publication', values: [{ slug: 'report', label: 'Rapport' }] },
      { key: 'year', legend: 'Année', values: [{ slug: '2025', label: '2025' }] },
      { key: 'revised', legend: 'Corrections', values: [{ slug: 'yes', label: 'Corrigée ou réévaluée' }] },
    ]);
  });
});

describe('facetCounts', () => {
  const briefs = [
    brief(),
    brief({ topics: ['water', 'geopolitics'], regions: ['chile'], review: { publisher: 'andes', kind: 'dataset' } }),
    brief({ date: new Date('2024-05-01T00:00:00Z'), topics: ['water'], corrections: [{}] }),
  ];

  it('counts, for every value each facet offers, the briefs that carry it', () => {
    const facets = searchFacets(briefs, publishers, dimensions, demoSubjects, words);
    const counts = facetCounts(briefs, publishers, dimensions, demoSubjects, words, facets);
    expect(counts['topic']).toEqual({ geopolitics: 2, 'rare-earths': 1, water: 2 });
    expect(counts['region']).toEqual({ chile: 1, myanmar: 2, 'united-states': 2 });
    expect(counts['publisher']).toEqual({ andes: 1, 'stimson-center': 2 });
    expect(counts['kind']).toEqual({ report: 2, dataset: 1 });
    expect(counts['year']).toEqual({ '2025': 2, '2024': 1 });
    expect(counts['revised']).toEqual({ yes: 1 });
    expect(counts['source-bias']).toEqual({ moderate: 3 });
    expect(Object.keys(counts)).toEqual(facets.map((facet) => facet.key));
  });

  it('counts a brief once per label, as Pagefind counts pages, even when two values share a label', () => {
    const twins = [
      { id: 'stimson-center', name: 'Same Name' },
      { id: 'andes', name: 'Same Name' },
    ];
    const facets = searchFacets(briefs, twins, dimensions, demoSubjects, words);
    expect(facetCounts(briefs, twins, dimensions, demoSubjects, words, facets)['publisher']).toEqual({
      andes: 3,
      'stimson-center': 3,
    });
    const doubled = [brief({ topics: ['water', 'water'] })];
    expect(
      facetCounts(
        doubled,
        publishers,
        dimensions,
        demoSubjects,
        words,
        searchFacets(doubled, publishers, dimensions, demoSubjects, words),
      )['topic'],
    ).toEqual({
      water: 1,
    });
  });

  it('gives 0 for a value no brief in the list carries', () => {
    const facets = searchFacets(briefs, publishers, dimensions, demoSubjects, words);
    expect(facetCounts([briefs[1]!], publishers, dimensions, demoSubjects, words, facets)['topic']).toEqual({
      geopolitics: 1,
      'rare-earths': 0,
      water: 1,
    });
  });
});
