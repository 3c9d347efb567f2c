/**
 * The search dialog that the header control, `/` and Ctrl/Cmd+K open on any page. Loaded on first
 * use with its styles; Pagefind is loaded as it opens. Results update as the reader types; Escape
 * closes it and focus goes back where it was.
 */
import { say, type SearchText } from '../../lib/searchText.ts';
import { longEnoughToSearch, resultsMessage, type SearchState } from './state.ts';
import { paths } from '../sitePaths.ts';
import { h } from './dom.ts';
import { searchBriefs, searchTerm } from './engine.ts';
import { arrowKeyNavigation } from './keyboard.ts';
import { loadPagefind, unavailableMessage, type PagefindResult } from './pagefind.ts';
import { briefResult } from './results.ts';
import { searchWhileTyping } from './typing.ts';
import css from './search.css?inline';

/**
 * Results shown in the dialog; the full search page shows the rest with filters. Each costs a
 * fragment download (1.3-3.8 KB at 5,000 briefs), so the first two, which fill the dialog's 44rem
 * view (240-310 px each, measured at 5,000 briefs), come with the search, and the other three once
 * the end of the list comes into view or the keyboard reaches the last result shown.
 */
const SHOWN = 5;
/** Results fetched with the search itself. */
const FIRST = 2;

interface SearchDialog {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
}

let built: SearchDialog | undefined;
let returnFocusTo: HTMLElement | null = null;

function build(text: SearchText): SearchDialog {
  document.head.append(h('style', {}, css));
  const input = h('input', {
    class: 'search-field',
    type: 'search',
    name: 'q',
    id: 'search-dialog-q',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: say(text, 'search.dialog.placeholder'),
    'aria-describedby': 'search-dialog-hint',
  });
  const close = h(
    'button',
    { type: 'button', class: 'search-close' },
    say(text, 'search.dialog.close'),
    h('kbd', { 'aria-hidden': 'true' }, say(text, 'search.key.esc')),
  );
  const status = h('p', { class: 'search-status', role: 'status' });
  const list = h('ol', { class: 'search-results' });
  const more = h('a', { href: paths.search(), class: 'search-full' }, say(text, 'search.dialog.full'));
  const form = h(
    'form',
    { role: 'search', action: paths.search(), method: 'get', class: 'search-dialog-form' },
    h(
      'div',
      { class: 'search-dialog-head' },
      h('label', { for: 'search-dialog-q', id: 'search-dialog-title' }, say(text, 'search.heading')),
      close,
    ),
    input,
    h('p', { class: 'search-hint', id: 'search-dialog-hint' }, say(text, 'search.dialog.hint')),
  );
  const foot = h('p', { class: 'search-dialog-foot' }, more);
  const results = h('div', { class: 'search-dialog-results' }, status, list, foot);
  const dialog = h('dialog', { class: 'search-dialog', 'aria-labelledby': 'search-dialog-title' }, form, results);
  document.body.append(dialog);

  let latest = 0;
  /** The current search's results still to show: fetched together once the end of the list is in view. */
  let rest: PagefindResult[] = [];
  const showRest = (): void => {
    const ticket = latest;
    const batch = rest;
    rest = [];
    atEnd.disconnect();
    if (batch.length === 0) return;
    void Promise.all(batch.map((result) => result.data())).then(
      (data) => {
        if (ticket === latest) list.append(...data.map((entry) => briefResult(entry, 'h3', true, text)));
      },
      () => undefined,
    );
  };
  // The foot sits right after the list, inside the scrolling results: when it is in view, so is the
  // end of the list, and a reader who scrolls there wants the rest.
  const atEnd = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) showRest();
    },
    { root: results },
  );
  list.addEventListener('focusin', (event) => {
    if (event.target instanceof Node && list.lastElementChild?.contains(event.target)) showRest();
  });

  const run = async (): Promise<void> => {
    const ticket = ++latest;
    const state: SearchState = { q: input.value, filters: {}, sort: 'relevance' };
    const term = searchTerm(state);
    more.href = paths.search(term ?? undefined);
    rest = [];
    atEnd.disconnect();
    if (term === null || !longEnoughToSearch(term)) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const found = (await searchBriefs(pagefind, state)).results;
      // The reader typed on while this search ran: fetch no fragments for results never shown.
      if (ticket !== latest) return;
      const shown = await Promise.all(found.slice(0, FIRST).map((result) => result.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...shown.map((data) => briefResult(data, 'h3', true, text)));
      // New results are read from the top, wherever the last ones had been scrolled to.
      results.scrollTop = 0;
      const message = resultsMessage(found.length, state, text);
      status.textContent =
        found.length > SHOWN ? say(text, 'search.dialog.showingFirst', { status: message, shown: SHOWN }) : message;
      rest = found.slice(FIRST, SHOWN);
      // Observed afresh, so a foot already in view (short results, a tall screen) reports it at once.
      atEnd.disconnect();
      if (rest.length > 0) atEnd.observe(foot);
    } catch {
      if (ticket === latest) status.textContent = unavailableMessage(text);
    }
  };

  searchWhileTyping(input, loadPagefind, () => void run());
  close.addEventListener('click', () => dialog.close());
  // In a search field Escape would first clear the words; here it always closes, words kept.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    if (returnFocusTo?.isConnected) returnFocusTo.focus();
    returnFocusTo = null;
  });
  arrowKeyNavigation(input, results);
  return { dialog, input };
}

/**
 * Opens the dialog (building it the first time, in the words of `text`) and remembers where focus
 * should return. `typed` is what the reader typed while the dialog loaded; it goes into the box and
 * is searched.
 */
export function openSearchDialog(opener: HTMLElement | null, text: SearchText, typed = ''): void {
  built ??= build(text);
  const { dialog, input } = built;
  if (!dialog.open) {
    returnFocusTo = opener;
    dialog.showModal();
    // Start fetching Pagefind while the reader types the first word.
    void loadPagefind().catch(() => undefined);
  }
  input.focus();
  if (typed === '') {
    input.select();
    return;
  }
  input.value = typed;
  input.dispatchEvent(new Event('input'));
}
