import { describe, expect, it } from 'vitest';
import { resolveChart } from '../../../src/lib/charts/resolve.ts';

describe('resolveChart', () => {
  const spec = { id: 'c', title: 'T', type: 'bar' as const, unit: undefined, source: 'S' };
  it('takes data from a named data set', () => {
    const sets = new Map([['prices', { labels: ['a', 'b'], series: [{ name: 'P', values: [1, 2] }] }]]);
    expect(resolveChart({ ...spec, data: 'prices' }, sets)).toMatchObject({
      ok: true,
      chart: { labels: ['a', 'b'], series: [{ name: 'P', values: [1, 2] }] },
    });
    expect(resolveChart({ ...spec, data: 'missing' }, sets)).toMatchObject({
      ok: false,
      field: 'data',
      found: '"missing"',
    });
  });
  it('rejects series that do not fit the labels', () => {
    expect(resolveChart({ ...spec, labels: ['a'], series: [{ name: 'S', values: [1, 2] }] }, new Map())).toMatchObject({
      ok: false,
      field: 'series[0].values',
    });
  });
});
