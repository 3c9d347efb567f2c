import { describe, expect, it } from 'vitest';
import { BUILT_IN_LANGUAGES, siteInterface } from '../../src/i18n/index.ts';
import { missingKeys } from '../../src/lib/i18n/translate.ts';

describe('the built-in dictionaries', () => {
  for (const [language, dictionary] of Object.entries(BUILT_IN_LANGUAGES))
    it(`${language} has every key English has, each of the same kind`, () => {
      expect(missingKeys(BUILT_IN_LANGUAGES.en, dictionary)).toEqual([]);
    });
});

describe('siteInterface', () => {
  it('chooses plural forms by the language’s rules and writes the count in its style', () => {
    const en = siteInterface('en');
    expect(en.t('briefs.count', { count: 1 })).toBe('1 brief');
    expect(en.t('briefs.count', { count: 1250 })).toBe('1,250 briefs');
    const fr = siteInterface('fr');
    // French counts 0 and 1 as singular.
    expect(fr.t('briefs.count', { count: 0 })).toBe('0 synthèse');
    expect(fr.t('briefs.count', { count: 2 })).toMatch(/^2 synthèses$/);
  });

  it('writes dates in the site’s language, in UTC', () => {
    const date = new Date('2025-07-02T00:00:00Z');
    expect(siteInterface('en').formatDate(date)).toBe('2 July 2025');
    expect(siteInterface('fr').formatDate(date)).toBe('2 juillet 2025');
    expect(siteInterface('de').formatDate(date)).toBe('2. Juli 2025');
    expect(siteInterface('en-US').formatDate(date)).toBe('July 2, 2025');
  });

  it('lets a site override any string, and falls back to English for a language Assay does not ship', () => {
    expect(siteInterface('en', { 'brief.sample': 'Demo' }).t('brief.sample')).toBe('Demo');
    expect(siteInterface('nl').t('brief.sample')).toBe('Sample');
  });

  it('names a missing placeholder instead of printing it', () => {
    expect(() => siteInterface('en').t('briefs.count')).toThrow(/needs a number \{count\}/);
  });
});
