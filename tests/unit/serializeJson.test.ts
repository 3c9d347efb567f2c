import { describe, expect, it } from 'vitest';
import { serializeJsonForHtml } from '../../src/lib/serializeJson.ts';

describe('serializeJsonForHtml', () => {
  const hostile = {
    title: '</script><script>alert(1)</script>',
    labels: ['<img src=x onerror=alert(1)>', '<!-- <script>', 'a & b', 'line\u2028separator'],
  };

  it('leaves no character that could end or confuse a script element', () => {
    const text = serializeJsonForHtml(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
  });

  it('parses back to exactly the same data', () => {
    expect(JSON.parse(serializeJsonForHtml(hostile))).toEqual(hostile);
    expect(JSON.parse(serializeJsonForHtml({ n: [1, 2.5, -3], s: 'plain "quoted" \\ text' }))).toEqual({
      n: [1, 2.5, -3],
      s: 'plain "quoted" \\ text',
    });
  });

  it('refuses a value JSON cannot represent', () => {
    expect(() => serializeJsonForHtml(undefined)).toThrow(TypeError);
  });
});
