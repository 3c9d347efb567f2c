import { describe, expect, it } from 'vitest';
import { BUILT_IN_LANGUAGES } from '../../src/i18n/index.ts';
import { longDateStyle } from '../../src/lib/calendarDate.ts';
import { numberStyle } from '../../src/lib/i18n/format.ts';
import { mergeDictionaries } from '../../src/lib/i18n/translate.ts';
import { formatCount, say, sayCount, searchText } from '../../src/lib/searchText.ts';

const textFor = (language: 'en' | 'fr' | 'de', locale: string) =>
  searchText(
    mergeDictionaries(BUILT_IN_LANGUAGES.en, BUILT_IN_LANGUAGES[language]),
    language,
    numberStyle(locale),
    longDateStyle(locale),
  );

describe('the search UI’s words, as the browser reads them without Intl', () => {
  it('groups a count with the language’s separator', () => {
    expect(formatCount(1250, numberStyle('en-GB'))).toBe('1,250');
    expect(formatCount(1250, numberStyle('fr-FR'))).toBe((1250).toLocaleString('fr-FR'));
    expect(formatCount(1250, numberStyle('de-DE'))).toBe('1.250');
    expect(formatCount(999, numberStyle('en-GB'))).toBe('999');
  });

  it('picks the plural form the language’s rule gives, also past the listed counts', () => {
    const en = textFor('en', 'en-GB');
    expect(sayCount(en, 'search.status.count', 1)).toBe('1 result');
    expect(sayCount(en, 'search.status.count', 0)).toBe('0 results');
    expect(sayCount(en, 'search.status.count', 1201)).toBe('1,201 results');
    // French counts 0 as singular.
    const fr = textFor('fr', 'fr-FR');
    expect(sayCount(fr, 'search.status.count', 0)).toBe('0 résultat');
    expect(sayCount(fr, 'search.status.count', 2)).toBe('2 résultats');
  });

  it('fills placeholders and leaves an unknown one as written', () => {
    const en = textFor('en', 'en-GB');
    expect(say(en, 'search.status.words', { results: '3 results', words: 'cobalt' })).toBe('3 results for “cobalt”');
    expect(say(en, 'search.status.words', { results: '3 results' })).toBe('3 results for “{words}”');
  });
});
