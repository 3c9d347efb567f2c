/**
 * The search dialog that the header control, `/` and Ctrl/Cmd+K open on any page. Loaded on first
 * use with its styles; Pagefind is loaded as it opens. Results update as the reader types; Escape
 * closes it and focus goes back where it was.
 */
import { longEnoughToSearch, resultsMessage, type SearchState } from './state.ts';
import { paths } from '../sitePaths.ts';
import { h } from './dom.ts';
import { searchBriefs, searchTerm } from './engine.ts';
import { arrowKeyNavigation } from './keyboard.ts';
import { loadPagefind, UNAVAILABLE } from './pagefind.ts';
import { briefResult } from './results.ts';
import { searchWhileTyping } from './typing.ts';
import css from './search.css?inline';

/**
 * Results shown in the dialog; the full search page shows the rest with filters. Each costs a
 * fragment download (about 2.5 KB at 1,000 briefs), so the dialog keeps to what fits in view.
 */
const SHOWN = 5;

interface SearchDialog {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
}

let built: SearchDialog | undefined;
let returnFocusTo: HTMLElement | null = null;

function build(): SearchDialog {
  document.head.append(h('style', {}, css));
  const input = h('input', {
    class: 'search-field',
    type: 'search',
    name: 'q',
    id: 'search-dialog-q',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'A mineral, a country, a publisher…',
    'aria-describedby': 'search-dialog-hint',
  });
  const close = h(
    'button',
    { type: 'button', class: 'search-close' },
    'Close',
    h('kbd', { 'aria-hidden': 'true' }, 'Esc'),
  );
  const status = h('p', { class: 'search-status', role: 'status' });
  const list = h('ol', { class: 'search-results' });
  const more = h('a', { href: paths.search(), class: 'search-full' }, 'Filter and sort on the full search page');
  const form = h(
    'form',
    { role: 'search', action: paths.search(), method: 'get', class: 'search-dialog-form' },
    h(
      'div',
      { class: 'search-dialog-head' },
      h('label', { for: 'search-dialog-q', id: 'search-dialog-title' }, 'Search briefs'),
      close,
    ),
    input,
    h(
      'p',
      { class: 'search-hint', id: 'search-dialog-hint' },
      'Results appear as you type. Down arrow moves to them; Enter opens the full search page.',
    ),
  );
  const results = h(
    'div',
    { class: 'search-dialog-results' },
    status,
    list,
    h('p', { class: 'search-dialog-foot' }, more),
  );
  const dialog = h('dialog', { class: 'search-dialog', 'aria-labelledby': 'search-dialog-title' }, form, results);
  document.body.append(dialog);

  let latest = 0;
  const run = async (): Promise<void> => {
    const ticket = ++latest;
    const state: SearchState = { q: input.value, filters: {}, sort: 'relevance' };
    const term = searchTerm(state);
    more.href = paths.search(term ?? undefined);
    if (term === null || !longEnoughToSearch(term)) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const { results } = await searchBriefs(pagefind, state);
      const shown = await Promise.all(results.slice(0, SHOWN).map((result) => result.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...shown.map((data) => briefResult(data, 'h3', true)));
      status.textContent =
        resultsMessage(results.length, state) + (results.length > SHOWN ? `; showing the first ${SHOWN}` : '');
    } catch {
      if (ticket === latest) status.textContent = UNAVAILABLE;
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
 * Opens the dialog (building it the first time) and remembers where focus should return. `typed`
 * is what the reader typed while the dialog loaded; it goes into the box and is searched.
 */
export function openSearchDialog(opener: HTMLElement | null, typed = ''): void {
  built ??= build();
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
