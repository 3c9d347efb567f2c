/**
 * The only script on every page: opens search from the header control, `/` (when not typing in a
 * field) or Ctrl/Cmd+K. The search UI, its words and Pagefind are fetched on first use, so a reader
 * who never searches downloads none of them.
 */
import type { SearchText } from '../../lib/searchText.ts';

/**
 * The header's search form, whose action is the search page's address (made by src/urls.ts), so
 * this script, loaded on every page, carries no address code of its own.
 */
const launchers = document.querySelectorAll<HTMLFormElement>('form[data-search-launcher]');

/**
 * The search UI's words (src/lib/searchText.ts), written by the build next to the search page's
 * address, so this script needs no address code to find them.
 */
const textUrl = new URL('text.json', launchers[0]?.action ?? location.href);
let text: Promise<SearchText> | undefined;

/** The search UI's words, fetched once; a failed fetch (offline) is tried again next time. */
function searchText(): Promise<SearchText> {
  text ??= fetch(textUrl).then((response) => {
    if (!response.ok) throw new Error(`${textUrl.href}: ${response.status}`);
    return response.json() as Promise<SearchText>;
  });
  text.catch(() => {
    text = undefined;
  });
  return text;
}

/** What the reader types while the search UI is still loading; undefined when nothing is loading. */
let typedWhileLoading: string | undefined;

function isTypingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

function openSearch(opener: Element | null): void {
  // On /search/ the page is the search: go to its box rather than open a second one.
  const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]');
  if (pageBox) {
    pageBox.focus();
    pageBox.select();
    return;
  }
  if (typedWhileLoading !== undefined) return;
  typedWhileLoading = '';
  // The words are fetched alongside the dialog's code, so they cost no extra wait.
  Promise.all([import('./dialog.ts'), searchText()]).then(
    ([{ openSearchDialog }, words]) => {
      const typed = typedWhileLoading ?? '';
      typedWhileLoading = undefined;
      openSearchDialog(opener instanceof HTMLElement ? opener : null, words, typed);
    },
    // Offline or a stale cache: the search page still works as a plain link.
    () => location.assign(launchers[0]?.action ?? location.href),
  );
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.altKey) return;
  // Keys pressed before the search box exists are kept for it, so a quick reader loses nothing.
  if (typedWhileLoading !== undefined && !event.ctrlKey && !event.metaKey) {
    if (event.key.length === 1) typedWhileLoading += event.key;
    else if (event.key === 'Backspace') typedWhileLoading = typedWhileLoading.slice(0, -1);
    else return;
    event.preventDefault();
    return;
  }
  const commandK = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTypingIn(event.target);
  if (!commandK && !slash) return;
  event.preventDefault();
  openSearch(document.activeElement);
});

for (const form of launchers) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    openSearch(event.submitter ?? form);
  });
}
