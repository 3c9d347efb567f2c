import { describe, expect, it } from 'vitest';
import { siteInterface } from '../../src/i18n/index.ts';
import { slot, splitSlots } from '../../src/lib/slots.ts';

describe('splitSlots', () => {
  it('cuts a translated sentence where its elements go, in the language’s order', () => {
    const vars = { subjects: slot(0), publisher: slot(1) };
    expect(splitSlots(siteInterface('en').t('search.none.browse', vars))).toEqual([
      'Browse by ',
      0,
      ' or ',
      1,
      ' instead.',
    ]);
    expect(splitSlots(siteInterface('de').t('search.none.browse', vars))).toEqual([
      'Stöbern Sie stattdessen nach ',
      0,
      ' oder ',
      1,
      '.',
    ]);
  });

  it('keeps a sentence without markers whole, and places an element used twice twice', () => {
    expect(splitSlots('Plain text')).toEqual(['Plain text']);
    expect(splitSlots(`${slot(1)}+${slot(0)} or ${slot(1)}`)).toEqual([1, '+', 0, ' or ', 1]);
  });
});
