import { describe, expect, it } from 'vitest';
import { BUILT_IN_LANGUAGES, siteInterface } from '../../../../src/i18n/index.ts';
import { ENGLISH_DATES, longDateStyle } from '../../../../src/lib/calendarDate.ts';
import { ENGLISH_NUMBERS } from '../../../../src/lib/charts/format.ts';
import type { Facet } from '../../../../src/lib/search/keys.ts';
import { sayCount, searchText } from '../../../../src/lib/searchText.ts';
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

const english = searchText(BUILT_IN_LANGUAGES.en, 'en', ENGLISH_NUMBERS, ENGLISH_DATES, []);
const frenchSite = siteInterface('fr');
const french = searchText(
  { ...BUILT_IN_LANGUAGES.en, ...BUILT_IN_LANGUAGES.fr },
  'fr',
  frenchSite.numbers,
  longDateStyle(frenchSite.locale),
  [],
);

describe('resultsMessage', () => {
  it('says how many results, for which words, with how many filters', () => {
    expect(resultsMessage(3, state({ q: ' cobalt ' }), english)).toBe('3 results for “cobalt”');
    expect(resultsMessage(1, state({ q: 'cobalt', filters: { topic: ['energy'] } }), english)).toBe(
      '1 result for “cobalt”, with 1 filter',
    );
    expect(resultsMessage(0, state({ filters: { topic: ['energy', 'rare-earths'] } }), english)).toBe(
      'No results with 2 filters',
    );
    expect(resultsMessage(1250, state(), english)).toBe('1,250 results');
  });

  it('says it in the site’s language, with its plural rule and number separators worked out at build time', () => {
    expect(resultsMessage(1, state({ q: 'cobalt', filters: { topic: ['energy'] } }), french)).toBe(
      '1 résultat pour «\u00a0cobalt\u00a0», avec 1 filtre',
    );
    expect(resultsMessage(1250, state({ filters: { topic: ['energy', 'rare-earths'] } }), french)).toBe(
      '1\u202f250 résultats avec 2 filtres',
    );
    // French counts 0 as singular; the rule travels as data, so the browser needs no Intl.
    expect(sayCount(french, 'search.filters.selected', 0)).toBe('(0 sélectionné)');
    expect(sayCount(french, 'search.more', 301, { shown: 10 })).toBe('Afficher 10 de plus sur 301 restants');
    expect(sayCount(french, 'search.more', 1, { shown: 1 })).toBe('Afficher le dernier résultat');
    expect(french.pluralOf).toEqual({ 0: 'one', 1: 'one' });
    expect(english.pluralOf).toEqual({ 1: 'one' });
  });
});
