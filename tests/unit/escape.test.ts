import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/lib/escape.ts';

describe('escapeXml', () => {
  it('escapes the five XML special characters with predefined entities', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
