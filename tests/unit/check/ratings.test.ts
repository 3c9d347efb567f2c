import { describe, expect, it } from 'vitest';
import { checkRating, foldRating } from '../../../src/lib/check/ratings.ts';

const framing = {
  id: 'geopolitical-framing',
  label: 'Geopolitical Framing',
  scale: ['balanced', 'leaning', 'one-sided'],
};

describe('a rating against its own scale', () => {
  it('accepts a word of the scale', () => {
    expect(checkRating('a.md', ['r'], 'leaning', framing)).toBeUndefined();
  });

  it('refuses another case or spacing, naming the exact word', () => {
    for (const written of ['Leaning', ' LEANING ', 'One sided', 'one_sided']) {
      const found = checkRating('a.md', ['r'], written, framing);
      expect(found?.severity).toBe('error');
      expect(found?.hint).toMatch(new RegExp(`did you mean \`${foldRating(written)}\``));
    }
  });

  it('names the one likely word for a near miss, not the list', () => {
    const found = checkRating('a.md', ['r'], 'leanin', framing);
    expect(found?.hint).toBe('did you mean `leaning`?');
    expect(found?.expected).toBe('one of balanced, leaning, one-sided (the Geopolitical Framing scale)');
  });

  it('says what to do when nothing is close', () => {
    expect(checkRating('a.md', ['r'], 'medium', framing)?.hint).toMatch(
      /choose the word of the Geopolitical Framing scale/,
    );
    expect(checkRating('a.md', ['r'], 3, framing)?.found).toBe('3');
  });
});
