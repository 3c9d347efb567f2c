import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeXml, serializeJsonForHtml } from '../../src/lib/escape.ts';

describe('escaping', () => {
  it('escapes HTML and XML special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeXml(`<'&">`)).toBe('&lt;&apos;&amp;&quot;&gt;');
  });

  it('serialises JSON that cannot close a script element and still parses to the same value', () => {
    const value = { label: '</script><script>alert(1)</script>', line: 'a\u2028b', comment: '<!--' };
    const json = serializeJsonForHtml(value);
    expect(json).not.toMatch(/<\/script|<!--|\u2028/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
