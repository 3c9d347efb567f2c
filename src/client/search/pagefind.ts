/**
 * Loads Pagefind's browser API from the index the build wrote to pagefind/ under the site's base. The few types below
 * describe the part of the API Assay uses (Pagefind ships no types for its browser module).
 */
import { say, type SearchText } from '../../lib/searchText.ts';
import type { ExcerptSection } from './excerpt.ts';
import type { LabelCounts } from './state.ts';
import { paths } from '../sitePaths.ts';

/** What `result.data()` resolves to. `meta` and `filters` are raw text; excerpts are HTML. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  /** The page's sections (split at headings with an id), each with its own excerpt. */
  sub_results: ExcerptSection[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Fetches this result's fragment; call it only for results about to be shown. */
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Per filter value, how many results there would be with it added to the current filters. */
  filters: LabelCounts;
  totalFilters: LabelCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>;
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
  /** Loads every filter's values and counts; needed before searches report counts. */
  filters: () => Promise<LabelCounts>;
}

/**
 * What readers are told when Pagefind cannot be loaded, in the site's words (`search.unavailable`).
 * Under `astro dev` the message is for the site's developer, so it stays in English.
 */
export function unavailableMessage(text: SearchText): string {
  return import.meta.env.DEV
    ? // `astro dev` serves no index: it is written by the build.
      'Search needs the index that npm run build writes. Try it with npm start.'
    : say(text, 'search.unavailable');
}

let loading: Promise<Pagefind> | undefined;

/**
 * Pagefind, loaded and initialised once; a failed load can be retried. The first call on a page
 * decides where Pagefind searches:
 * - `inWorker: true` (the /search/ page): in Pagefind's Web Worker. That page searches as it loads,
 *   and on the main thread the index's decompression and the WebAssembly blocked a phone for seconds
 *   (Lighthouse mobile: 0.62-0.77 with 0.55-2.6 s of blocking, against 0.95-0.97 and 0.05-0.25 s in
 *   the worker, measured in one run).
 * - otherwise (the header's dialog): on the main thread, where the reader has asked by typing and
 *   each step blocks for under 100 ms; the worker's script would add 12 KB to the first query.
 */
export function loadPagefind({ inWorker = false }: { inWorker?: boolean } = {}): Promise<Pagefind> {
  loading ??= (async () => {
    // A path made at run time: the index is written after Vite bundles the site, so Vite must not
    // try to resolve or bundle it.
    const pagefind = (await import(/* @vite-ignore */ paths.pagefind())) as Pagefind;
    // The index holds paths from the built folder (`/briefs/x/`); baseUrl puts results under the
    // site's base, as the pages are served.
    await pagefind.options({ baseUrl: paths.home(), excerptLength: 26, noWorker: !inWorker });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
