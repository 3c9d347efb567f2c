/**
 * The search UI's words, numbers and dates for the browser (src/lib/searchText.ts), shaped once per
 * build from the site's dictionary as src/site/strings.ts merged it. Plural strings travel with all
 * their forms, so they are read from the dictionary rather than through `t`, which picks one form.
 */
import { longDateStyle } from '../lib/calendarDate.ts';
import { searchWordsOf } from '../lib/search/meta.ts';
import { searchText, type SearchText } from '../lib/searchText.ts';
import { site } from './config.ts';
import { dictionary, locale, numbers, ordinal, t } from './strings.ts';

/** The search text of the site, with ordinals up to the longest scale of its Bias Meter `dimensions`. */
export function siteSearchText(dimensions: readonly { scale: readonly string[] }[]): SearchText {
  const longest = Math.max(0, ...dimensions.map((dimension) => dimension.scale.length));
  return searchText(
    dictionary,
    site.language,
    numbers,
    longDateStyle(locale),
    Array.from({ length: longest }, (_, i) => ordinal(i + 1)),
  );
}

/** The words search writes into the index and onto the search page: filter legends and values. */
export const searchWords = searchWordsOf(t);
