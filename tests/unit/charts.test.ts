import { describe, expect, it } from 'vitest';
import { formatValue, inlineChartIds, isSingleValue } from '../../src/lib/charts.ts';

describe('charts', () => {
  it('finds the charts an MDX body places inline, however the tag is written', () => {
    const body = [
      '<Chart id="a" />',
      "<Chart id='b'/>",
      '<Chart  id = "c"  />',
      '<Chart id={"d"} />',
      '<Chart title="x" id="e" />',
      '<Charts id="no" />',
      '<ChartFigure id="no" />',
    ].join('\n\n');
    expect(inlineChartIds(body)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('formats values with their unit, British style', () => {
    expect(formatValue(1250.5, 'USD million')).toBe('1,250.5 USD million');
    expect(formatValue(3, undefined)).toBe('3');
  });

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
