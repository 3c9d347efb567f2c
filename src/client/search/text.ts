/**
 * The search UI's words, numbers and dates, as the build shaped them (src/lib/searchText.ts): the
 * /search/ page carries them as JSON in `#search-text`; the dialog, which opens on any page,
 * fetches the same JSON from /search/text.json (see launcher.ts).
 */
import type { SearchText } from '../../lib/searchText.ts';

/** The text the page carries, or an error naming what is missing. */
export function pageSearchText(root: ParentNode = document): SearchText {
  const source = root.querySelector('script#search-text[type="application/json"]');
  if (!source) throw new Error('search page: script#search-text is missing');
  return JSON.parse(source.textContent) as SearchText;
}
