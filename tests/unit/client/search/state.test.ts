import { describe, expect, it } from 'vitest';
import type { Facet } from '../../../../src/lib/search/keys.ts';
import {
  facetCounts,
  isBlankSearch,
  longEnoughToSearch,
  pagefindFilters,
  parseSearchState,
  resultsMessage,
  searchQueryString,
  type SearchState,
} from '../../../../src/client/search/state.ts';

const facets: Facet[] = [
  {
    key: 'topic',
    legend: 'Topic',
    values: [
      { slug: 'energy', label: 'Energy' },
      { slug: 'rare-earths', label: 'Rare earths' },
    ],
  },
  { key: 'publisher', legend: 'Publisher', values: [{ slug: 'stimson-center', label: 'The Stimson Center' }] },
  {
    key: 'source-bias',
    legend: 'Source Bias',
    values: [
      { slug: 'minimal', label: 'Minimal' },
      { slug: 'moderate', label: 'Moderate' },
    ],
  },
];

const state = (over: Partial<SearchState> = {}): SearchState => ({ q: '', filters: {}, sort: 'relevance', ...over });

describe('search state in the URL', () => {
  it('reads the query, known filter values in facet order, and the sort', () => {
    const params = new URLSearchParams(
      'q=rare+earth&topic=rare-earths&topic=energy&topic=energy&source-bias=moderate&sort=date',
    );
    expect(parseSearchState(params, facets)).toEqual({
      q: 'rare earth',
      filters: { topic: ['energy', 'rare-earths'], 'source-bias': ['moderate'] },
      sort: 'date',
    });
  });

  it('drops unknown parameters and values a facet does not offer, and defaults to relevance', () => {
    const params = new URLSearchParams('topic=atlantis&colour=red&sort=random&publisher=stimson-center');
    expect(parseSearchState(params, facets)).toEqual({
      q: '',
      filters: { publisher: ['stimson-center'] },
      sort: 'relevance',
    });
  });

  it('writes one URL per search, in a fixed order, and nothing for an empty search', () => {
    expect(searchQueryString(state(), facets)).toBe('');
    expect(searchQueryString(state({ q: '  ' }), facets)).toBe('');
    const text = searchQueryString(
      state({ q: 'cobalt & co', filters: { 'source-bias': ['minimal'], topic: ['rare-earths'] }, sort: 'date' }),
      facets,
    );
    expect(text).toBe('?q=cobalt+%26+co&topic=rare-earths&source-bias=minimal&sort=date');
  });

  it('round-trips: what it writes it reads back', () => {
    const original = state({
      q: 'lithium “brine”',
      filters: { topic: ['energy', 'rare-earths'], publisher: ['stimson-center'] },
      sort: 'date',
    });
    expect(parseSearchState(new URLSearchParams(searchQueryString(original, facets)), facets)).toEqual(original);
  });

  it('waits for two letters before searching as the reader types', () => {
    expect(longEnoughToSearch(' l ')).toBe(false);
    expect(longEnoughToSearch('eu')).toBe(true);
    expect(longEnoughToSearch('a b')).toBe(true);
  });

  it('knows a blank search', () => {
    expect(isBlankSearch(state({ q: ' ' }))).toBe(true);
    expect(isBlankSearch(state({ filters: { topic: ['energy'] } }))).toBe(false);
  });
});

describe('Pagefind filters and counts', () => {
  const selected = state({ filters: { topic: ['energy', 'rare-earths'], 'source-bias': ['minimal'] } });

  it('asks for any of the selected labels within a facet, all facets together', () => {
    expect(pagefindFilters(selected, facets)).toEqual({
      topic: { any: ['Energy', 'Rare earths'] },
      'source-bias': { any: ['Minimal'] },
    });
    expect(pagefindFilters(selected, facets, 'topic')).toEqual({ 'source-bias': { any: ['Minimal'] } });
  });

  it('counts a facet without a selection from the current search, and one with a selection from the search without it', () => {
    const current = {
      topic: { Energy: 2, 'Rare earths': 1 },
      publisher: { 'The Stimson Center': 3 },
      'source-bias': { Minimal: 3 },
    };
    const withoutTopic = { topic: { Energy: 5, 'Rare earths': 4 } };
    const withoutBias = { 'source-bias': { Minimal: 3, Moderate: 7 } };
    expect(facetCounts(selected, facets, current, { topic: withoutTopic, 'source-bias': withoutBias })).toEqual({
      topic: { energy: 5, 'rare-earths': 4 },
      publisher: { 'stimson-center': 3 },
      'source-bias': { minimal: 3, moderate: 7 },
    });
  });

  it('counts zero for a value Pagefind does not mention', () => {
    expect(facetCounts(state(), facets, {}, {}).topic).toEqual({ energy: 0, 'rare-earths': 0 });
  });
});

describe('resultsMessage', () => {
  it('says how many results, for which words, with how many filters', () => {
    expect(resultsMessage(3, state({ q: ' cobalt ' }))).toBe('3 results for “cobalt”');
    expect(resultsMessage(1, state({ q: 'cobalt', filters: { topic: ['energy'] } }))).toBe(
      '1 result for “cobalt”, with 1 filter',
    );
    expect(resultsMessage(0, state({ filters: { topic: ['energy', 'rare-earths'] } }))).toBe(
      'No results with 2 filters',
    );
  });
});
