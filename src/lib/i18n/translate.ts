/**
 * Interface strings: one flat dictionary per language, keys to text. A text may hold `{name}`
 * placeholders; a text that depends on a count is an object of plural forms (`one`, `other`, and
 * whatever else the language's plural rules name), chosen with `Intl.PluralRules` at build time.
 */

/** One entry of a dictionary: plain text, or the plural forms of a text that takes a `count`. */
export type DictionaryEntry = string | Readonly<Record<string, string>>;
export type Dictionary = Readonly<Record<string, DictionaryEntry>>;
export type Vars = Readonly<Record<string, string | number>>;

/** A missing key or placeholder: a programming error, reported with what was asked for. */
export class TranslationError extends Error {
  override name = 'TranslationError';
}

/**
 * The dictionary a site reads: `base` (the built-in language), then `fallback` (English) for any key
 * the language lacks, then the site's own `overrides`, which win.
 */
export function mergeDictionaries(
  fallback: Dictionary,
  base: Dictionary | undefined,
  overrides: Dictionary = {},
): Dictionary {
  return { ...fallback, ...base, ...overrides };
}

/**
 * A lookup bound to one dictionary and language. Numbers passed as placeholders are written with
 * `formatNumber`, so a count reads `1,250` in English and `1 250` in French.
 */
export function createTranslator<Key extends string>(
  dictionary: Dictionary,
  language: string,
  formatNumber: (value: number) => string = String,
): (key: Key, vars?: Vars) => string {
  const plurals = new Intl.PluralRules(language);
  const fill = (text: string, key: string, vars: Vars | undefined): string =>
    text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars?.[name];
      if (value === undefined) throw new TranslationError(`Interface string "${key}" needs {${name}}; none was given`);
      return typeof value === 'number' ? formatNumber(value) : value;
    });
  return (key, vars) => {
    const entry = dictionary[key];
    if (entry === undefined) throw new TranslationError(`No interface string "${key}"`);
    if (typeof entry === 'string') return fill(entry, key, vars);
    const count = vars?.['count'];
    if (typeof count !== 'number')
      throw new TranslationError(`Interface string "${key}" has plural forms and needs a number {count}`);
    const text = entry[plurals.select(count)] ?? entry['other'];
    if (text === undefined) throw new TranslationError(`Interface string "${key}" has no "other" form`);
    return fill(text, key, vars);
  };
}

/**
 * Ordinal numbers (`1st`, `1er`, `1.`) from a plural entry whose forms are chosen by the language's
 * ordinal rules (English names `one`, `two`, `few` and `other`; German only `other`).
 */
export function createOrdinal(
  entry: DictionaryEntry | undefined,
  language: string,
  formatNumber: (value: number) => string = String,
): (n: number) => string {
  if (entry === undefined || typeof entry === 'string')
    throw new TranslationError('Interface string "format.ordinal" needs plural forms chosen by ordinal rules');
  const rules = new Intl.PluralRules(language, { type: 'ordinal' });
  return (n) => {
    const text = entry[rules.select(n)] ?? entry['other'];
    if (text === undefined) throw new TranslationError('Interface string "format.ordinal" has no "other" form');
    return text.replace('{count}', formatNumber(n));
  };
}

/**
 * A lookup that cuts its text where elements go (a link, a date in `<time>`), so a sentence keeps
 * the word order of its language: `{home} or browse {archive}.` with slots `home` and `archive` gives
 * `['', 'home', ' or browse ', 'archive', '.']`, text at even indexes and slot names at odd ones.
 */
export function createPartsTranslator<Key extends string>(
  translate: (key: Key, vars?: Vars) => string,
): (key: Key, slots: readonly string[], vars?: Vars) => string[] {
  const mark = '\u0000';
  return (key, slots, vars = {}) =>
    translate(key, { ...vars, ...Object.fromEntries(slots.map((slot) => [slot, `${mark}${slot}${mark}`])) }).split(
      mark,
    );
}

/** Keys of `reference` missing from `dictionary`, and plural entries whose forms differ in kind. */
export function missingKeys(reference: Dictionary, dictionary: Dictionary): string[] {
  return Object.keys(reference).filter(
    (key) => dictionary[key] === undefined || typeof dictionary[key] !== typeof reference[key],
  );
}
