import { describe, expect, it } from 'vitest';
import { chooseExcerpt, decodeEntities, excerptParts } from '../../../../src/client/search/excerpt.ts';

describe('excerptParts', () => {
  it('splits an excerpt into plain and highlighted text', () => {
    expect(excerptParts('notably <mark>dysprosium</mark> and <mark>terbium</mark>.')).toEqual([
      { text: 'notably ', marked: false },
      { text: 'dysprosium', marked: true },
      { text: ' and ', marked: false },
      { text: 'terbium', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes the entities Pagefind encodes, so the reader sees the characters, once', () => {
    expect(excerptParts('a &lt;img src=x <mark>onerror</mark>=alert(1)&gt; &amp;lt; b')).toEqual([
      { text: 'a <img src=x ', marked: false },
      { text: 'onerror', marked: true },
      { text: '=alert(1)> &lt; b', marked: false },
    ]);
  });

  it('keeps any tag other than mark as visible text, never as markup', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)><script>x()</script><MARK>hit</MARK><b>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)><script>x()</script>', marked: false },
      { text: 'hit', marked: true },
      { text: '<b>', marked: false },
    ]);
  });

  it('joins neighbouring runs and ignores empty highlights', () => {
    expect(excerptParts('<mark></mark>a<mark>b</mark><mark>c</mark>')).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves the rest alone', () => {
    expect(decodeEntities('&quot;&#39;&#x27;&#8212;&nbsp;&copy;&#0;&#xD800;')).toBe("\"''—\u00a0&copy;&#0;&#xD800;");
  });
});

describe('chooseExcerpt', () => {
  const page = '/briefs/kachin/';
  it('prefers the section inside the brief with the most matches over the title and summary', () => {
    const sections = [
      { url: page, excerpt: 'Title with <mark>cobalt</mark>', locations: [1] },
      { url: `${page}#what-the-report-says`, excerpt: 'one <mark>cobalt</mark>', locations: [40] },
      { url: `${page}#final-thoughts`, excerpt: 'two <mark>cobalt</mark> <mark>cobalt</mark>', locations: [90, 95] },
    ];
    expect(chooseExcerpt(page, 'page excerpt', sections)).toBe('two <mark>cobalt</mark> <mark>cobalt</mark>');
  });

  it('falls back to the page excerpt when only the title or summary matched', () => {
    expect(
      chooseExcerpt(page, 'page excerpt', [
        { url: page, excerpt: 'x', locations: [1] },
        { url: `${page}#a`, excerpt: 'y', locations: [] },
      ]),
    ).toBe('page excerpt');
    expect(chooseExcerpt(page, 'page excerpt', [])).toBe('page excerpt');
  });
});
