/**
 * The interface dictionaries shipped with Assay, one JSON file per language. English is complete
 * and the reference: a unit test fails when another language lacks one of its keys. A site names
 * its language and may override any key (the `strings` option).
 */
import { longDateFormatter, numberStyle, shortMonthFormatter, type NumberStyle } from '../lib/i18n/format.ts';
import {
  createOrdinal,
  createPartsTranslator,
  createTranslator,
  mergeDictionaries,
  type Dictionary,
  type Vars,
} from '../lib/i18n/translate.ts';
import de from './de.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

/** Every interface string's key. */
export type StringKey = keyof typeof en;

/** The languages Assay ships a dictionary for. */
export const BUILT_IN_LANGUAGES = { en, fr, de } as const satisfies Record<string, Dictionary>;

/** The built-in dictionary for a BCP 47 tag (`fr-CA` takes `fr`), or undefined for another language. */
export function builtInDictionary(language: string): Dictionary | undefined {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  return (BUILT_IN_LANGUAGES as Record<string, Dictionary>)[primary];
}

export interface Interface {
  /** The merged dictionary itself: English, the language, the site's overrides (for code that needs every plural form). */
  dictionary: Dictionary;
  /** The interface string for `key`, with its `{placeholders}` filled in. */
  t: (key: StringKey, vars?: Vars) => string;
  /**
   * The interface string for `key` cut where elements go, for a sentence with a link or a date inside:
   * text at even indexes, the names of `slots` at odd ones, in the language's word order.
   */
  tParts: (key: StringKey, slots: readonly string[], vars?: Vars) => string[];
  /** An ordinal number as the language writes it: `3rd`, `3e`, `3.`. */
  ordinal: (n: number) => string;
  /** A calendar date as readers of the language write it, e.g. `2 July 2025`. */
  formatDate: (date: Date) => string;
  /** A month and its year, short, as chart labels write them, e.g. `Jul 2025`. */
  formatMonth: (date: Date) => string;
  /** The separators of numbers in the language, for code that writes numbers itself (charts). */
  numbers: NumberStyle;
  /** The locale dates and numbers are formatted in: the site's language when it names a region, else the dictionary's. */
  locale: string;
}

/**
 * The interface of a site: its language's dictionary over English, with the site's overrides on
 * top. Dates and numbers follow `language` when it names a region (`en-US`), else the locale the
 * dictionary names (`en-GB` for `en`), else the language itself (`es`).
 */
export function siteInterface(language: string, overrides: Dictionary = {}): Interface {
  const builtIn = builtInDictionary(language);
  const dictionary = mergeDictionaries(en, builtIn, overrides);
  // A tag with a region names its own locale; a built-in language or a site's override names one
  // (`en` writes dates the British way); any other language formats as its own tag.
  const named = builtIn || overrides['format.locale'] ? dictionary['format.locale'] : undefined;
  const locale = language.includes('-') || typeof named !== 'string' ? language : named;
  const numbers = numberStyle(locale);
  const formatNumber = (value: number): string =>
    String(value)
      .replace('.', '\u0000')
      .replace(/\B(?=(\d{3})+(?!\d))/g, numbers.group)
      .replace('\u0000', numbers.decimal);
  const t = createTranslator<StringKey>(dictionary, language, formatNumber);
  return {
    dictionary,
    t,
    tParts: createPartsTranslator(t),
    ordinal: createOrdinal(dictionary['format.ordinal'], locale, formatNumber),
    formatDate: longDateFormatter(locale),
    formatMonth: shortMonthFormatter(locale),
    numbers,
    locale,
  };
}
