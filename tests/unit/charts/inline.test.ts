import { describe, expect, it } from 'vitest';
import { inlineChartIds } from '../../../src/lib/charts/inline.ts';

describe('charts placed inline', () => {
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
});
