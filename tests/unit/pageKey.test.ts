import { describe, expect, it } from 'vitest';
import { pageKey, stableJson } from '../../src/lib/pageKey.ts';

describe('pageKey', () => {
  it('is the same for the same values, whatever the order of their keys', () => {
    expect(pageKey({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(pageKey({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(stableJson({ b: 1, a: new Date('2025-01-02T00:00:00Z') })).toBe('{"a":"2025-01-02T00:00:00.000Z","b":1}');
  });

  it('changes with any value, including one deep inside or the order of a list', () => {
    const base = pageKey({ items: ['a', 'b'], page: { current: 1, last: 3 } });
    expect(pageKey({ items: ['b', 'a'], page: { current: 1, last: 3 } })).not.toBe(base);
    expect(pageKey({ items: ['a', 'b'], page: { current: 1, last: 4 } })).not.toBe(base);
    expect(pageKey({ items: ['a', 'b', 'c'], page: { current: 1, last: 3 } })).not.toBe(base);
  });
});
