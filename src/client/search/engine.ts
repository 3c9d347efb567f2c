/** Runs Assay's searches on Pagefind: briefs (with facet counts when asked) and, apart, other pages. */
import { PAGE_TYPES, TYPE_FILTER, type Facet } from '../../lib/search/keys.ts';
import { facetCounts, pagefindFilters, type LabelCounts, type SearchState } from './state.ts';
import type { Pagefind, PagefindResult, PagefindSearchOptions } from './pagefind.ts';

export interface BriefSearch {
  /** Every matching brief in order; load data only for those shown. */
  results: PagefindResult[];
  /** Count per facet key and slug, when facets were given. */
  counts: Record<string, Record<string, number>> | undefined;
}

/** The words to search for, or null to list by filters alone. */
export function searchTerm(state: SearchState): string | null {
  const term = state.q.trim();
  return term === '' ? null : term;
}

function briefOptions(state: SearchState, facets: readonly Facet[], except?: string): PagefindSearchOptions {
  // Without words there is no relevance to rank by, so filtered lists are newest first.
  const byDate = state.sort === 'date' || searchTerm(state) === null;
  return {
    filters: { ...pagefindFilters(state, facets, except), [TYPE_FILTER]: PAGE_TYPES.brief },
    ...(byDate ? { sort: { date: 'desc' } } : {}),
  };
}

/**
 * Searches briefs. With `facets`, also works out each facet's counts; a facet with a selection needs
 * one more search without it (see `facetCounts`). Pagefind must have loaded its filters
 * (`pagefind.filters()`) for counts to be reported.
 */
export async function searchBriefs(
  pagefind: Pagefind,
  state: SearchState,
  facets?: readonly Facet[],
): Promise<BriefSearch> {
  const term = searchTerm(state);
  const main = await pagefind.search(term, briefOptions(state, facets ?? []));
  if (!facets) return { results: main.results, counts: undefined };
  const selected = Object.keys(state.filters);
  const others = await Promise.all(selected.map((key) => pagefind.search(term, briefOptions(state, facets, key))));
  const withoutFacet: Record<string, LabelCounts> = Object.fromEntries(
    selected.map((key, i) => [key, others[i]?.filters ?? {}]),
  );
  return { results: main.results, counts: facetCounts(state, facets, main.filters, withoutFacet) };
}

/** The best few pages that are not briefs (publisher profiles, the methodology) for some words. */
export async function searchOtherPages(pagefind: Pagefind, term: string, limit: number): Promise<PagefindResult[]> {
  const found = await pagefind.search(term, { filters: { [TYPE_FILTER]: PAGE_TYPES.page } });
  return found.results.slice(0, limit);
}
