import { describe, expect, it } from 'vitest';
import { BUILT_IN_LANGUAGES, siteInterface } from '../../src/i18n/index.ts';
import { longDateStyle } from '../../src/lib/calendarDate.ts';
import { mergeDictionaries } from '../../src/lib/i18n/translate.ts';
import { positionText, searchText } from '../../src/lib/searchText.ts';

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
