/**
 * The search UI's words, numbers and dates for the browser (src/lib/searchText.ts), shaped once per
 * build from the site's dictionary: its language's over English, with the site's overrides on top,
 * as src/strings.ts reads them. Plural strings travel with all their forms, so they are read here
 * from the dictionary rather than through `t`, which picks one form.
 */
import en from '../i18n/en.json' with { type: 'json' };
import { builtInDictionary } from '../i18n/index.ts';
import { longDateStyle } from '../lib/calendarDate.ts';
import { mergeDictionaries } from '../lib/i18n/translate.ts';
import { searchWordsOf } from '../lib/search/meta.ts';
import { searchText, type SearchText } from '../lib/searchText.ts';
import { site } from './config.ts';
import { locale, numbers, ordinal, t } from './strings.ts';

/** The search text of the site, with ordinals up to the longest scale of its Bias Meter `dimensions`. */
export function siteSearchText(dimensions: readonly { scale: readonly string[] }[]): SearchText {
  const longest = Math.max(0, ...dimensions.map((dimension) => dimension.scale.length));
  return searchText(
    mergeDictionaries(en, builtInDictionary(site.language), site.strings),
    site.language,
    numbers,
    longDateStyle(locale),
    Array.from({ length: longest }, (_, i) => ordinal(i + 1)),
  );
}

/** The words search writes into the index and onto the search page: filter legends and values. */
export const searchWords = searchWordsOf(t);
