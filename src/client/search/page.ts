/**
 * The /search/ page: the full search, with facets, counts and sort. Its state lives in the URL:
 * typing replaces the current history entry, while a filter or sort change adds one, so Back
 * undoes filters one at a time; reloading or sharing the URL gives the same search.
 */
import {
  isBlankSearch,
  longEnoughToSearch,
  parseSearchState,
  resultsMessage,
  searchQueryString,
  selectedFilterCount,
  type SearchState,
} from './state.ts';
import { searchBriefs, searchOtherPages, searchTerm } from './engine.ts';
import { readFacets, showFacetCounts, siteCounts } from './facets.ts';
import { arrowKeyNavigation } from './keyboard.ts';
import {
  loadPagefind,
  unavailableMessage,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind.ts';
import { briefResult, pageResult } from './results.ts';
import { pageSearchText } from './text.ts';
import { sayCount } from '../../lib/searchText.ts';
import { searchWhileTyping } from './typing.ts';

/** Results shown at first and added by each "Show more". */
const PAGE_SIZE = 10;
/** Pages that are not briefs shown under the briefs, at most. */
const OTHER_PAGES = 3;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: ${selector} is missing`);
  return element;
}

/** Starts the search page if this is it. */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const form = required<HTMLFormElement>(root, 'form');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const sort = required<HTMLSelectElement>(form, 'select[name="sort"]');
  const filtersPanel = required<HTMLDetailsElement>(root, '[data-search-filters]');
  const filterCount = required<HTMLElement>(root, '[data-filter-count]');
  const output = required<HTMLElement>(root, '[data-search-output]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const list = required<HTMLOListElement>(root, '[data-search-results]');
  const more = required<HTMLButtonElement>(root, '[data-search-more]');
  const otherPages = required<HTMLElement>(root, '[data-search-pages]');
  const otherList = required<HTMLOListElement>(root, '[data-search-pages-list]');
  const intro = required<HTMLElement>(root, '[data-search-intro]');
  const none = required<HTMLElement>(root, '[data-search-none]');
  const facets = readFacets(form);
  const text = pageSearchText();
  const boxes = [...form.querySelectorAll<HTMLInputElement>('fieldset[data-facet] input[type="checkbox"]')];

  const fromForm = (): SearchState => {
    const params = new URLSearchParams();
    params.set('q', input.value);
    params.set('sort', sort.value);
    for (const box of boxes) if (box.checked) params.append(box.name, box.value);
    return parseSearchState(params, facets);
  };
  const toForm = (state: SearchState): void => {
    input.value = state.q;
    sort.value = state.sort;
    for (const box of boxes) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  };
  const writeUrl = (state: SearchState, mode: 'push' | 'replace'): void => {
    const url = `${location.pathname}${searchQueryString(state, facets)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  let state = parseSearchState(new URLSearchParams(location.search), facets);
  toForm(state);
  // Beside the results the filters are already shown (search.css); opening them changes nothing on
  // screen. On a phone they stay closed, under their button.
  if (matchMedia('(min-width: 48rem)').matches) filtersPanel.open = true;
  filtersPanel.dataset['ready'] = '';

  // An empty search shows every filter with the whole site's counts, written into the page by the
  // build, so Pagefind (its runtime, 124 KB at 5,000 briefs, and its filter files, 138 KB) loads
  // only when the reader searches: a letter typed, a filter picked, or an address that holds a
  // search. Its filters load with it: Pagefind reports counts only for filters it has loaded.
  const totals = siteCounts(form);
  let loading: Promise<Pagefind> | undefined;
  const ready = (): Promise<Pagefind> => {
    if (!loading) {
      loading = loadPagefind({ inWorker: true }).then(async (pagefind) => {
        await pagefind.filters();
        return pagefind;
      });
      // A failed load (offline) is tried again by the next search.
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };

  let latest = 0;
  let results: PagefindResult[] = [];
  let shown = 0;

  let withExcerpts = false;
  const renderBatch = (data: readonly PagefindResultData[]): HTMLLIElement[] =>
    data.map((entry) => briefResult(entry, 'h3', withExcerpts, text));
  const updateMore = (): void => {
    const left = results.length - shown;
    more.hidden = left <= 0;
    more.textContent = sayCount(text, 'search.more', left, { shown: Math.min(left, PAGE_SIZE) });
  };

  more.addEventListener('click', () => {
    const ticket = latest;
    void Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data())).then((data) => {
      if (ticket !== latest) return;
      const items = renderBatch(data);
      list.append(...items);
      shown += items.length;
      updateMore();
      // The button may vanish; the first new result is where the reader wanted to go.
      items[0]?.querySelector('a')?.focus();
    });
  });

  /** The empty search, from the page alone: the tips, no results, the site's counts. */
  const showBlank = (): void => {
    ++latest;
    showFacetCounts(form, totals, text.numbers);
    filterCount.textContent = '';
    results = [];
    list.replaceChildren();
    shown = 0;
    updateMore();
    otherList.replaceChildren();
    otherPages.hidden = true;
    intro.hidden = false;
    none.hidden = true;
    status.textContent = '';
    root.dataset['ready'] = '';
  };

  const run = async (): Promise<void> => {
    if (isBlankSearch(state)) {
      showBlank();
      return;
    }
    const ticket = ++latest;
    const current = state;
    try {
      const pagefind = await ready();
      const found = await searchBriefs(pagefind, current, facets);
      // The reader typed on while this search ran: fetch no fragments for results never shown.
      if (ticket !== latest) return;
      const term = searchTerm(current);
      const askOthers = term !== null && selectedFilterCount(current) === 0 && current.sort === 'relevance';
      const [first, others] = await Promise.all([
        Promise.all(found.results.slice(0, PAGE_SIZE).map((result) => result.data())),
        askOthers
          ? searchOtherPages(pagefind, term, OTHER_PAGES).then((pages) =>
              Promise.all(pages.map((result) => result.data())),
            )
          : [],
      ]);
      // A newer search started while this one waited: its results win.
      if (ticket !== latest) return;
      if (found.counts) showFacetCounts(form, found.counts, text.numbers);
      const selected = selectedFilterCount(current);
      filterCount.textContent = selected === 0 ? '' : sayCount(text, 'search.filters.selected', selected);
      results = found.results;
      // Without words an excerpt would only repeat the summary.
      withExcerpts = term !== null;
      list.replaceChildren(...renderBatch(first));
      shown = first.length;
      updateMore();
      otherList.replaceChildren(...others.map((entry) => pageResult(entry, 'h3')));
      otherPages.hidden = others.length === 0;
      intro.hidden = true;
      none.hidden = results.length > 0;
      for (const tip of none.querySelectorAll<HTMLElement>('[data-when-filtered]')) tip.hidden = selected === 0;
      status.textContent = resultsMessage(results.length, current, text);
      root.dataset['ready'] = '';
    } catch {
      root.dataset['ready'] = '';
      if (ticket === latest) status.textContent = unavailableMessage(text);
    }
  };

  searchWhileTyping(
    input,
    ready,
    () => {
      // A single letter would match nearly everything: keep the last results until there is more.
      if (state.q.trim() === '' || longEnoughToSearch(state.q)) void run();
    },
    () => {
      state = fromForm();
      writeUrl(state, 'replace');
      // The first letter typed starts Pagefind loading, so it is ready by the pause that searches.
      void ready().catch(() => undefined);
    },
  );
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    state = fromForm();
    writeUrl(state, 'push');
    void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = fromForm();
    writeUrl(state, 'replace');
    void run();
  });
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-clear-filters]')) {
    button.addEventListener('click', () => {
      for (const box of boxes) box.checked = false;
      state = fromForm();
      writeUrl(state, 'push');
      void run();
      input.focus();
    });
  }
  window.addEventListener('popstate', () => {
    state = parseSearchState(new URLSearchParams(location.search), facets);
    toForm(state);
    void run();
  });
  arrowKeyNavigation(input, output);
  void run();
}
