/**
 * The words, numbers and dates of search in the browser. The browser never reads the dictionaries
 * or calls `Intl` (see src/lib/charts/format.ts): the build shapes this data once, from the site's
 * dictionary, and the page carries it as JSON (src/pages/search.astro, src/pages/search/text.json.ts).
 */
import type { DateStyle } from './calendarDate.ts';
import type { NumberStyle } from './i18n/format.ts';
import type { Dictionary, DictionaryEntry } from './i18n/translate.ts';

/** Plain strings the search UI shows, by their key in src/i18n/en.json; `{name}` placeholders are filled in the browser. */
export const SEARCH_STRING_KEYS = [
  'search.heading',
  'search.dialog.placeholder',
  'search.dialog.close',
  'search.key.esc',
  'search.dialog.hint',
  'search.dialog.full',
  'search.dialog.showingFirst',
  'search.unavailable',
  'search.status.none',
  'search.status.words',
  'search.status.filters',
  'search.status.wordsAndFilters',
  'search.result.reviews',
  'search.meter.verdict',
  'search.meter.best',
  'search.meter.worst',
  'meter.position',
] as const;
/** Strings that depend on a `{count}`: their plural forms travel whole. */
export const SEARCH_PLURAL_KEYS = [
  'search.status.count',
  'search.status.filterCount',
  'search.filters.selected',
  'search.more',
] as const;

export type SearchStringKey = (typeof SEARCH_STRING_KEYS)[number];
export type SearchPluralKey = (typeof SEARCH_PLURAL_KEYS)[number];

/**
 * Counts up to this bound have their plural category listed; above it a count takes the category of
 * `LISTED - 100 + count % 100`, which holds for the rules of English, French and German (and of
 * languages that decide by the last two digits, such as Polish or Russian).
 */
const LISTED = 200;

export interface SearchText {
  strings: Record<SearchStringKey, string>;
  plurals: Record<SearchPluralKey, Readonly<Record<string, string>>>;
  /**
   * The plural rule, worked out at build time with `Intl.PluralRules`: the category of each count
   * below `LISTED` whose category is not `other` (`{"1": "one"}` in English, 0 and 1 in French).
   */
  pluralOf: Record<string, string>;
  numbers: NumberStyle;
  dates: DateStyle;
  /**
   * Ordinal numbers as the language writes them (`1st`, `1er`, `1.`), `ordinals[0]` for 1, up to the
   * longest Bias Meter scale: their forms follow ordinal plural rules, which only the build knows.
   */
  ordinals: string[];
}

/** The forms of an entry: a plain string serves as every form. */
const formsOf = (entry: DictionaryEntry | undefined): Readonly<Record<string, string>> =>
  typeof entry === 'string' ? { other: entry } : (entry ?? { other: '' });

/** Shapes the search text from the site's merged dictionary (build time only: calls Intl). */
export function searchText(
  dictionary: Dictionary,
  language: string,
  numbers: NumberStyle,
  dates: DateStyle,
  ordinals: readonly string[],
): SearchText {
  const rules = new Intl.PluralRules(language);
  const pluralOf: Record<string, string> = {};
  for (let count = 0; count < LISTED; count++) {
    const category = rules.select(count);
    if (category !== 'other') pluralOf[count] = category;
  }
  const plain = (key: SearchStringKey): string => {
    const entry = dictionary[key];
    return typeof entry === 'string' ? entry : (entry?.['other'] ?? '');
  };
  return {
    strings: Object.fromEntries(SEARCH_STRING_KEYS.map((key) => [key, plain(key)])) as Record<SearchStringKey, string>,
    plurals: Object.fromEntries(
      SEARCH_PLURAL_KEYS.map((key) => [key, formsOf(dictionary[key])]),
    ) as SearchText['plurals'],
    pluralOf,
    numbers,
    dates,
    ordinals: [...ordinals],
  };
}

/**
 * A count as the search UI shows it (`1,250`, `1 250`): search only writes whole numbers, so it groups
 * digits itself rather than share the charts' formatter, which would put that module in a chunk the
 * search and chart code both fetch (a request more before a chart draws).
 */
export function formatCount(value: number, numbers: NumberStyle): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+$)/g, numbers.group);
}

/** Fills `{name}` placeholders; numbers are written in the site's separators. A missing one stays as written. */
export function fillText(
  text: SearchText,
  template: string,
  vars: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatCount(value, text.numbers) : value;
  });
}

/** A plain search string with its placeholders filled. */
export function say(text: SearchText, key: SearchStringKey, vars?: Readonly<Record<string, string | number>>): string {
  return fillText(text, text.strings[key], vars);
}

/** A string that depends on `count`, in the form the language's plural rule picks for it. */
export function sayCount(
  text: SearchText,
  key: SearchPluralKey,
  count: number,
  vars: Readonly<Record<string, string | number>> = {},
): string {
  const whole = Math.abs(Math.trunc(count));
  const listed = whole < LISTED ? whole : LISTED - 100 + (whole % 100);
  const forms = text.plurals[key];
  const template = forms[text.pluralOf[listed] ?? 'other'] ?? forms['other'] ?? '';
  return fillText(text, template, { ...vars, count });
}

/**
 * Where a rating sits on its scale, for a screen reader (`meter.position`: `3rd of 5, where 1st is
 * best`); `index` is 0 for the best end.
 */
export function positionText(text: SearchText, index: number, steps: number): string {
  const step = index + 1;
  return say(text, 'meter.position', {
    position: text.ordinals[index] ?? formatCount(step, text.numbers),
    step,
    steps,
  });
}
