/**
 * The names search uses for filters, shared by the build (which tags pages) and the browser (which
 * queries them). Kept apart from searchMeta.ts so the browser bundle carries no schema code.
 */

/** Filters every brief has, besides one per Bias Meter dimension, in the order the search page shows them. */
export const BASE_FILTER_KEYS = ['topic', 'region', 'mineral', 'publisher', 'kind', 'year'] as const;

/** The hidden filter that tells briefs from other indexed pages. */
export const TYPE_FILTER = 'type';

/** What the `type` filter holds for a brief, and for any other indexed page. */
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
