import { describe, expect, it } from 'vitest';
import {
  chartBox,
  describeChart,
  drawSpec,
  isHorizontal,
  legendItems,
  PATTERNS,
  pick,
  SERIES_COLOURS,
  seriesStyle,
} from '../../../src/lib/charts/spec.ts';
import { siteInterface } from '../../../src/i18n/index.ts';
import { prices, sites } from './fixtures.ts';

const english = siteInterface('en');
const french = siteInterface('fr');

describe('the spec sent to the browser', () => {
  it('holds the data and layout only, as plain JSON', () => {
    const spec = drawSpec(sites);
    expect(spec).toEqual({
      type: 'bar',
      labels: ['Before the 2021 coup', '2025'],
      series: [{ name: 'Extraction sites', values: [130, 370] }],
      unit: 'sites',
      horizontal: false,
    });
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(drawSpec({ ...sites, unit: undefined })).not.toHaveProperty('unit');
  });

  it('carries the site’s number separators, except English ones, which the browser writes by default', () => {
    expect(drawSpec(sites, english.numbers)).not.toHaveProperty('numbers');
    expect(drawSpec(sites, french.numbers).numbers).toEqual({ group: '\u202f', decimal: ',' });
  });

  it('turns bars on their side for long category names, or when the chart asks', () => {
    expect(isHorizontal(sites)).toBe(false);
    expect(isHorizontal({ type: 'bar', labels: ['Northfield University Resource Lab', 'B', 'C'] })).toBe(true);
    expect(isHorizontal({ type: 'line', labels: ['Northfield University Resource Lab', 'B', 'C'] })).toBe(false);
    expect(isHorizontal({ ...sites, horizontal: true })).toBe(true);
  });
});

describe('the reserved box', () => {
  it('is wide for bars and lines, squarer for doughnuts and radars', () => {
    expect(chartBox(sites).aspectRatio).toBeCloseTo(16 / 9);
    expect(chartBox({ ...sites, type: 'doughnut' }).aspectRatio).toBeCloseTo(4 / 3);
  });

  it('grows taller with each horizontal bar, and more when names wrap', () => {
    const few = chartBox({ type: 'bar', labels: ['a', 'b'], horizontal: true });
    const many = chartBox({ type: 'bar', labels: Array.from({ length: 12 }, (_, i) => `t${i}`), horizontal: true });
    const long = chartBox({
      type: 'bar',
      labels: Array.from({ length: 12 }, (_, i) => `A rather long publisher name ${i}`),
      horizontal: true,
    });
    expect(many.aspectRatio).toBeLessThan(few.aspectRatio);
    expect(many.minHeight).toBeGreaterThan(few.minHeight);
    expect(long.minHeight).toBeGreaterThan(many.minHeight);
  });
});

describe('accessible names', () => {
  it('lists every value of a small chart', () => {
    expect(describeChart(sites, english.t, english.numbers)).toBe(
      'Bar chart of Rare-earth extraction sites in Kachin. Extraction sites: Before the 2021 coup, 130 sites; 2025, 370 sites.',
    );
  });

  it('summarises a large chart and points to the table', () => {
    const months = {
      ...sites,
      unit: undefined,
      labels: Array.from({ length: 14 }, (_, i) => `M${i + 1}`),
      series: [{ name: 'Briefs', values: Array.from({ length: 14 }, (_, i) => i % 3) }],
    };
    expect(describeChart(months, english.t, english.numbers)).toBe(
      'Bar chart of Rare-earth extraction sites in Kachin. 14 values of Briefs for M1 to M14, from 0 to 2. The data table lists every value.',
    );
  });
});

describe('accessible names in the site’s language', () => {
  it('names the chart and writes its values in French', () => {
    const big = { ...sites, series: [{ name: 'Sites', values: [1250.5, 370] }] };
    expect(describeChart(big, french.t, french.numbers)).toBe(
      'Diagramme en barres\u00a0: Rare-earth extraction sites in Kachin. Sites\u00a0: Before the 2021 coup, 1\u202f250,5 sites; 2025, 370 sites.',
    );
  });
});

describe('telling series apart without colour', () => {
  it('gives each series its own pattern, dash and point shape', () => {
    const styles = [0, 1, 2, 3].map(seriesStyle);
    for (const key of ['pattern', 'pointStyle', 'colour'] as const)
      expect(new Set(styles.map((s) => s[key])).size).toBe(4);
    expect(new Set(styles.map((s) => s.dash.join())).size).toBe(4);
    expect(seriesStyle(SERIES_COLOURS).colour).toBe(1);
    // theme.fills[i] is colour i painted with PATTERNS[i]: the two lists must line up.
    expect(PATTERNS).toHaveLength(SERIES_COLOURS);
  });

  it('starts the styles again from the first past the last, never running out', () => {
    expect(pick(PATTERNS, PATTERNS.length + 1)).toBe(PATTERNS[1]);
    expect(seriesStyle(PATTERNS.length).pattern).toBe('solid');
    expect(seriesStyle(7)).toEqual({ ...seriesStyle(1), dash: seriesStyle(3).dash });
  });

  it('names series (or doughnut slices) in a legend, and needs none for one series', () => {
    expect(legendItems(sites)).toEqual([]);
    expect(legendItems(prices).map((item) => [item.label, item.swatch, item.style.colour])).toEqual([
      ['Spot', 'line', 1],
      ['Contract', 'line', 2],
    ]);
    expect(
      legendItems({ ...sites, type: 'doughnut' }).map((item) => [item.label, item.swatch, item.style.pattern]),
    ).toEqual([
      ['Before the 2021 coup', 'area', 'solid'],
      ['2025', 'area', 'diagonal'],
    ]);
  });
});
