import { describe, expect, it } from 'vitest';
import { siteInterface } from '../../src/i18n/index.ts';
import { slot, splitSlots } from '../../src/lib/slots.ts';

describe('splitSlots', () => {
  it('cuts a translated sentence where its elements go, in the language’s order', () => {
    const vars = { topic: slot(0), region: slot(1), publisher: slot(2) };
    expect(splitSlots(siteInterface('en').t('search.none.browse', vars))).toEqual([
      'Browse by ',
      0,
      ', ',
      1,
      ' or ',
      2,
      ' instead.',
    ]);
    expect(splitSlots(siteInterface('de').t('search.none.browse', vars))).toEqual([
      'Stöbern Sie stattdessen nach ',
      0,
      ', ',
      1,
      ' oder ',
      2,
      '.',
    ]);
  });

  it('keeps a sentence without markers whole, and places an element used twice twice', () => {
    expect(splitSlots('Plain text')).toEqual(['Plain text']);
    expect(splitSlots(`${slot(1)}+${slot(0)} or ${slot(1)}`)).toEqual([1, '+', 0, ' or ', 1]);
  });
});
