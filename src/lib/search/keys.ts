/**
 * The names and shapes search uses for filters, shared by the build (which tags pages and renders
 * the facets) and the browser (which reads the facets and queries them). Kept apart from meta.ts
 * so the browser bundle carries no schema code.
 */

/**
 * Filter keys kept from Bias Meter dimension ids on every site: the demo's subjects' (a site's own
 * subjects are checked against its dimensions by the content check) and the filters every site has
 * (src/lib/search/meta.ts), so shared search links stay unambiguous.
 */
export const BASE_FILTER_KEYS = [
  'topic',
  'region',
  'mineral',
  'publisher',
  'kind',
  'year',
  'revised',
  'replied',
] as const;

/** The hidden filter that tells briefs from other indexed pages. */
export const TYPE_FILTER = 'type';

/**
 * What the `type` filter holds for a brief, and for any other indexed page: identifiers that readers
 * never see (the filter is hidden and no facet offers it), so they are the same in every language.
 */
export const PAGE_TYPES = { brief: 'Brief', page: 'Page' } as const;

/**
 * Names a Bias Meter dimension id must not take, because they already mean something in the
 * search index or its URL: the base filters, `type`, the `q` and `sort` parameters, and the words
 * Pagefind reserves for compound filters.
 */
export const RESERVED_SEARCH_KEYS: readonly string[] = [
  ...BASE_FILTER_KEYS,
  TYPE_FILTER,
  'q',
  'sort',
  'any',
  'all',
  'none',
  'not',
];

/** One value a facet offers: the slug that goes in the URL and the label that is indexed and shown. */
export interface FacetValue {
  slug: string;
  label: string;
}

/** A group of filter values offered on the search page. */
export interface Facet {
  /** The filter key in the index and the URL parameter, e.g. `topic` or `source-bias`. */
  key: string;
  /** The group's name for readers. */
  legend: string;
  values: FacetValue[];
}
