/**
 * A search as it lives in the URL, `/search/?q=cobalt&topic=supply-chains&sort=date`, so it can be
 * shared, reloaded and undone with Back; and its translation into Pagefind's filter language.
 * Within a facet the selected values are alternatives (any of them); across facets all must hold.
 */
import type { Facet } from '../../lib/search/keys.ts';
import { say, sayCount, type SearchText } from '../../lib/searchText.ts';

/** How results can be ordered. */
export const SORT_ORDERS = ['relevance', 'date'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface SearchState {
  /** The words typed, as typed. */
  q: string;
  /** Selected slugs per facet key; facets with nothing selected are absent. */
  filters: Record<string, string[]>;
  sort: SortOrder;
}

/** Filter counts as Pagefind reports them: facet key → indexed label → number of pages. */
export type LabelCounts = Record<string, Record<string, number>>;

/** Pagefind's filter argument: for each facet, any of these labels. */
export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * Reads a search from URL parameters. Parameters that are not facets, and values a facet does not
 * offer (a topic since removed, a typo), are dropped, so the page never shows a filter it cannot
 * display as a checkbox.
 */
export function parseSearchState(params: URLSearchParams, facets: readonly Facet[]): SearchState {
  const filters: Record<string, string[]> = {};
  for (const facet of facets) {
    const wanted = new Set(params.getAll(facet.key));
    const selected = facet.values.filter((value) => wanted.has(value.slug)).map((value) => value.slug);
    if (selected.length > 0) filters[facet.key] = selected;
  }
  return { q: params.get('q') ?? '', filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/**
 * The query string for a search, `?q=…&topic=…&sort=date`, or `''` for an empty one. Parameters
 * come in a fixed order (query, facets as the page lists them, sort), so one search has one URL.
 */
export function searchQueryString(state: SearchState, facets: readonly Facet[]): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const facet of facets) for (const slug of state.filters[facet.key] ?? []) params.append(facet.key, slug);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The number of filter values selected. */
export function selectedFilterCount(state: SearchState): number {
  return Object.values(state.filters).reduce((sum, slugs) => sum + slugs.length, 0);
}

/**
 * Fewest letters worth searching for as the reader types: one letter matches nearly every brief
 * and would fetch a large part of the index for nothing.
 */
export const MIN_QUERY_LETTERS = 2;

/** True when the words typed are long enough to search for as the reader types. */
export function longEnoughToSearch(q: string): boolean {
  return q.replace(/\s+/g, '').length >= MIN_QUERY_LETTERS;
}

/** True when there is nothing to search for: no words and no filters. */
export function isBlankSearch(state: SearchState): boolean {
  return state.q.trim() === '' && selectedFilterCount(state) === 0;
}

/**
 * The state's filters in Pagefind's language, with slugs turned into the indexed labels.
 * `except` leaves one facet out: searching without it gives that facet's counts.
 */
export function pagefindFilters(state: SearchState, facets: readonly Facet[], except?: string): PagefindFilters {
  const result: PagefindFilters = {};
  for (const facet of facets) {
    if (facet.key === except) continue;
    const slugs = state.filters[facet.key] ?? [];
    const labels = facet.values.filter((value) => slugs.includes(value.slug)).map((value) => value.label);
    if (labels.length > 0) result[facet.key] = { any: labels };
  }
  return result;
}

/**
 * The count to show beside each value, by facet key and slug: how many results there would be
 * with that value selected. For a facet with nothing selected that is Pagefind's count for the
 * current search; for a facet with a selection, adding a value widens it, so the count comes from
 * the search without that facet (`withoutFacet[key]`), as readers of faceted search expect.
 */
export function facetCounts(
  state: SearchState,
  facets: readonly Facet[],
  current: LabelCounts,
  withoutFacet: Readonly<Record<string, LabelCounts>>,
): Record<string, Record<string, number>> {
  const result: Record<string, Record<string, number>> = {};
  for (const facet of facets) {
    const source = (state.filters[facet.key]?.length ?? 0) > 0 ? withoutFacet[facet.key] : current;
    const counts: Record<string, number> = {};
    for (const value of facet.values) counts[value.slug] = source?.[facet.key]?.[value.label] ?? 0;
    result[facet.key] = counts;
  }
  return result;
}

/** What the results region announces in the site's words, e.g. `3 results for “cobalt”, with 2 filters`. */
export function resultsMessage(total: number, state: SearchState, text: SearchText): string {
  const results = total === 0 ? say(text, 'search.status.none') : sayCount(text, 'search.status.count', total);
  const words = state.q.trim();
  const selected = selectedFilterCount(state);
  const filters = sayCount(text, 'search.status.filterCount', selected);
  if (words === '') return selected === 0 ? results : say(text, 'search.status.filters', { results, filters });
  return say(text, selected === 0 ? 'search.status.words' : 'search.status.wordsAndFilters', {
    results,
    words,
    filters,
  });
}
