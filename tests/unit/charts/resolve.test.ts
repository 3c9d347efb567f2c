import { describe, expect, it } from 'vitest';
import { isSingleValue, resolveChart } from '../../../src/lib/charts/resolve.ts';

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

describe('isSingleValue', () => {
  it('tells a chart of one value, shown as a figure, from one that needs drawing', () => {
    const one = { labels: ['KIA rare-earth exports'], series: [{ name: 'Revenue', values: [200] }] };
    expect(isSingleValue(one)).toBe(true);
    expect(isSingleValue({ ...one, labels: ['2021', '2025'], series: [{ name: 'Sites', values: [130, 370] }] })).toBe(
      false,
    );
    expect(
      isSingleValue({
        ...one,
        series: [
          { name: 'Low', values: [1] },
          { name: 'High', values: [2] },
        ],
      }),
    ).toBe(false);
  });
});
