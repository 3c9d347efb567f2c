import { describe, expect, it } from 'vitest';
import { BUILT_IN_LANGUAGES, siteInterface } from '../../src/i18n/index.ts';
import { longDateStyle } from '../../src/lib/calendarDate.ts';
import { mergeDictionaries } from '../../src/lib/i18n/translate.ts';
import { formatCount, positionText, say, sayCount, searchText } from '../../src/lib/searchText.ts';
import { numberStyle } from '../../src/lib/i18n/format.ts';

/** The search text a site in `language` carries, with ordinals up to a five-step scale, as the build shapes it. */
function textOf(language: 'en' | 'fr' | 'de') {
  const site = siteInterface(language);
  return searchText(
    mergeDictionaries(BUILT_IN_LANGUAGES.en, BUILT_IN_LANGUAGES[language]),
    language,
    site.numbers,
    longDateStyle(site.locale),
    [1, 2, 3, 4, 5].map(site.ordinal),
  );
}

describe('positionText', () => {
  it('says where a rating sits and which end is best, with the ordinals the build wrote', () => {
    expect(positionText(textOf('en'), 2, 5)).toBe('3rd of 5, where 1st is best');
    expect(positionText(textOf('en'), 0, 4)).toBe('1st of 4, where 1st is best');
  });

  it('says it in the site’s language, as the pages’ meters do', () => {
    const french = siteInterface('fr');
    expect(positionText(textOf('fr'), 1, 3)).toBe(french.t('meter.position', { position: '2e', step: 2, steps: 3 }));
    expect(positionText(textOf('fr'), 0, 3)).toBe('1er sur 3, le 1er étant le meilleur');
    expect(positionText(textOf('de'), 2, 4)).toBe('Stufe 3 von 4, Stufe 1 ist die beste');
  });

  it('writes the number itself past the ordinals it was given', () => {
    expect(positionText(textOf('en'), 6, 7)).toBe('7 of 7, where 1st is best');
  });
});

const textFor = (language: 'en' | 'fr' | 'de', locale: string) =>
  searchText(
    mergeDictionaries(BUILT_IN_LANGUAGES.en, BUILT_IN_LANGUAGES[language]),
    language,
    numberStyle(locale),
    longDateStyle(locale),
    [],
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
