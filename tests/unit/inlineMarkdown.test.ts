import { describe, expect, it } from 'vitest';
import { inlineMarkdown, inlineMarkdownText } from '../../src/lib/inlineMarkdown.ts';

describe('inlineMarkdown', () => {
  it('renders emphasis, code and http(s) links', () => {
    expect(inlineMarkdown('It was *twelve*, see [the report](https://example.org/r) and `x`.')).toBe(
      'It was <em>twelve</em>, see <a href="https://example.org/r">the report</a> and <code>x</code>.',
    );
  });

  it('escapes any other markup and drops unsafe links, so nothing an editor types can run', () => {
    const html = inlineMarkdown(
      'A </script><script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))',
    );
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('inlineMarkdownText', () => {
  it('gives the text without markup, with what an editor typed as markup kept as characters', () => {
    expect(inlineMarkdownText('It was *twelve* & <b>ten</b>.')).toBe('It was twelve & <b>ten</b>.');
  });
});
