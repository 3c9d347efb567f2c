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
    // Its dates and numbers are still its own language's.
    expect(siteInterface('es').formatDate(new Date('2025-07-02T00:00:00Z'))).toBe('2 de julio de 2025');
  });

  it('counts the briefs of a listing and says which ones a later page shows', () => {
    const { t } = siteInterface('en');
    expect(t('listing.all', { count: 1 })).toBe('1 brief, newest first.');
    expect(t('listing.all', { count: 7 })).toBe('7 briefs, newest first.');
    expect(t('listing.range', { first: 11, last: 20, total: 54 })).toBe('Briefs 11–20 of 54, newest first.');
  });

  it('writes ordinals by the language’s ordinal rules', () => {
    const en = siteInterface('en');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(en.ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
    expect([1, 2, 3].map(siteInterface('fr').ordinal)).toEqual(['1er', '2e', '3e']);
    expect([1, 2].map(siteInterface('de').ordinal)).toEqual(['1.', '2.']);
  });

  it('cuts a sentence where its elements go, in the language’s word order', () => {
    expect(siteInterface('en').tParts('notFound.next', ['home', 'archive'])).toEqual([
      '',
      'home',
      ' or browse ',
      'archive',
      '.',
    ]);
    expect(siteInterface('de').tParts('notFound.next', ['home', 'archive'])).toEqual([
      '',
      'home',
      ' oder ',
      'archive',
      ' durchsehen.',
    ]);
    expect(siteInterface('en').tParts('publisher.briefCount', ['number'], { count: 2 })).toEqual([
      '',
      'number',
      ' briefs reviewing its work',
    ]);
  });

  it('names a missing placeholder instead of printing it', () => {
    expect(() => siteInterface('en').t('briefs.count')).toThrow(/needs a number \{count\}/);
  });
});
