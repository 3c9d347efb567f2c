import type { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import {
  chartBox,
  chartJsConfig,
  describeChart,
  drawSpec,
  hoverLabelPlugin,
  hoverText,
  isHorizontal,
  legendItems,
  PATTERNS,
  SERIES_COLOURS,
  seriesStyle,
  valueLabelPlugin,
  wrapLabel,
  type ChartTheme,
  type DrawSpec,
} from '../../src/lib/chartConfig.ts';
import type { ResolvedChart } from '../../src/lib/charts.ts';

const sites: ResolvedChart = {
  id: 'extraction-sites',
  title: 'Rare-earth extraction sites in Kachin',
  type: 'bar',
  unit: 'sites',
  labels: ['Before the 2021 coup', '2025'],
  series: [{ name: 'Extraction sites', values: [130, 370] }],
  source: 'Stimson Center',
};
const prices: ResolvedChart = {
  id: 'prices',
  title: 'Lithium prices',
  type: 'line',
  unit: 'USD/t',
  labels: ['Q1', 'Q2', 'Q3'],
  series: [
    { name: 'Spot', values: [62, 71, 12.5] },
    { name: 'Contract', values: [48, 66, 15] },
  ],
  source: 'S',
};
const theme: ChartTheme = {
  text: '#111',
  muted: '#555',
  grid: '#ddd',
  surface: '#fff',
  font: 'system-ui',
  series: ['#c1', '#c2', '#c3', '#c4', '#c5', '#c6'],
  fills: ['#f1', '#f2', '#f3', '#f4', '#f5', '#f6'],
};
const motion = { reducedMotion: false };

describe('the spec sent to the browser', () => {
  it('holds the data and layout only, as plain JSON', () => {
    const spec = drawSpec(sites);
    expect(spec).toEqual({ type: 'bar', labels: ['Before the 2021 coup', '2025'], series: [{ name: 'Extraction sites', values: [130, 370] }], unit: 'sites', horizontal: false });
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(drawSpec({ ...sites, unit: undefined })).not.toHaveProperty('unit');
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
    const long = chartBox({ type: 'bar', labels: Array.from({ length: 12 }, (_, i) => `A rather long publisher name ${i}`), horizontal: true });
    expect(many.aspectRatio).toBeLessThan(few.aspectRatio);
    expect(many.minHeight).toBeGreaterThan(few.minHeight);
    expect(long.minHeight).toBeGreaterThan(many.minHeight);
  });
});

describe('accessible names', () => {
  it('lists every value of a small chart', () => {
    expect(describeChart(sites)).toBe('Bar chart of Rare-earth extraction sites in Kachin. Extraction sites: Before the 2021 coup, 130 sites; 2025, 370 sites.');
  });

  it('summarises a large chart and points to the table', () => {
    const months = { ...sites, unit: undefined, labels: Array.from({ length: 14 }, (_, i) => `M${i + 1}`), series: [{ name: 'Briefs', values: Array.from({ length: 14 }, (_, i) => i % 3) }] };
    expect(describeChart(months)).toBe('Bar chart of Rare-earth extraction sites in Kachin. 14 values of Briefs for M1 to M14, from 0 to 2. The data table lists every value.');
  });
});

describe('telling series apart without colour', () => {
  it('gives each series its own pattern, dash and point shape', () => {
    const styles = [0, 1, 2, 3].map(seriesStyle);
    for (const key of ['pattern', 'pointStyle', 'colour'] as const) expect(new Set(styles.map((s) => s[key])).size).toBe(4);
    expect(new Set(styles.map((s) => s.dash.join())).size).toBe(4);
    expect(seriesStyle(SERIES_COLOURS).colour).toBe(1);
    // theme.fills[i] is colour i painted with PATTERNS[i]: the two lists must line up.
    expect(PATTERNS).toHaveLength(SERIES_COLOURS);
  });

  it('uses those styles in the chart.js datasets', () => {
    const line = chartJsConfig(drawSpec(prices), theme, motion);
    const [spot, contract] = line.data.datasets as { borderDash: number[]; pointStyle: string; borderColor: string }[];
    expect([spot?.borderColor, contract?.borderColor]).toEqual(['#c1', '#c2']);
    expect(spot?.borderDash).not.toEqual(contract?.borderDash);
    expect(spot?.pointStyle).not.toBe(contract?.pointStyle);

    const bars = chartJsConfig(drawSpec({ ...prices, type: 'bar' }), theme, motion);
    expect(bars.data.datasets.map((d) => (d as { backgroundColor: string }).backgroundColor)).toEqual(['#f1', '#f2']);
    const doughnut = chartJsConfig(drawSpec({ ...sites, type: 'doughnut' }), theme, motion);
    expect(doughnut.data.datasets[0]).toMatchObject({ backgroundColor: ['#f1', '#f2'], borderColor: '#fff' });
  });

  it('names series (or doughnut slices) in a legend, and needs none for one series', () => {
    expect(legendItems(sites)).toEqual([]);
    expect(legendItems(prices).map((item) => [item.label, item.swatch, item.style.colour])).toEqual([
      ['Spot', 'line', 1],
      ['Contract', 'line', 2],
    ]);
    expect(legendItems({ ...sites, type: 'doughnut' }).map((item) => [item.label, item.swatch, item.style.pattern])).toEqual([
      ['Before the 2021 coup', 'area', 'solid'],
      ['2025', 'area', 'diagonal'],
    ]);
  });
});

describe('the chart.js configuration', () => {
  it('turns animation off for readers who ask for less motion, and for print', () => {
    expect(chartJsConfig(drawSpec(sites), theme, { reducedMotion: true }).options?.animation).toBe(false);
    expect(chartJsConfig(drawSpec(sites), theme, { reducedMotion: false, print: true }).options).toMatchObject({ animation: false, devicePixelRatio: 2 });
    expect(chartJsConfig(drawSpec(sites), theme, motion).options?.animation).not.toBe(false);
  });

  it('fills the reserved box instead of sizing it', () => {
    expect(chartJsConfig(drawSpec(sites), theme, motion).options).toMatchObject({ responsive: true, maintainAspectRatio: false });
  });

  it('draws horizontal bars with the values along x', () => {
    const config = chartJsConfig(drawSpec({ ...sites, horizontal: true }), theme, motion);
    expect(config.options).toMatchObject({ indexAxis: 'y', scales: { x: { beginAtZero: true, title: { text: 'sites' } } } });
  });

  it('steps counts by whole numbers', () => {
    const scales = (chart: ResolvedChart) => chartJsConfig(drawSpec(chart), theme, motion).options?.scales as Record<string, { ticks: { precision?: number } }>;
    expect(scales(sites)['y']?.ticks.precision).toBe(0);
    expect(scales(prices)['y']?.ticks.precision).toBeUndefined();
  });

  it('wraps category names to the room each has, under a few bars and beside horizontal ones', () => {
    type Ticks = { callback?: (this: unknown, value: number) => string[] };
    const axis = (chart: ResolvedChart, key: string) => (chartJsConfig(drawSpec(chart), theme, motion).options?.scales as Record<string, { ticks: Ticks }>)[key]!.ticks;
    const scale = (width: number, labels: string[]) => ({ chart: { width }, getLabelForValue: (i: number) => labels[i] ?? '' });
    const under = axis(sites, 'x');
    expect(under.callback?.call(scale(320, sites.labels), 0)).toEqual(['Before the', '2021 coup']);
    expect(under.callback?.call(scale(900, sites.labels), 0)).toEqual(['Before the 2021 coup']);
    const beside = axis({ ...sites, horizontal: true }, 'y');
    expect(beside.callback?.call(scale(900, sites.labels), 0)).toEqual(['Before the 2021 coup']);
    // Many categories keep chart.js's own slanting and skipping.
    const many = { ...sites, labels: Array.from({ length: 12 }, (_, i) => `M${i}`), series: [{ name: 'n', values: Array.from({ length: 12 }, () => 1) }] };
    expect(axis(many, 'x').callback).toBeUndefined();
  });

  it('writes values on bars only while they fit', () => {
    const ids = (chart: ResolvedChart) => (chartJsConfig(drawSpec(chart), theme, motion).plugins ?? []).map((p) => p.id);
    expect(ids(sites)).toEqual(['assayValueLabels', 'assayHoverLabel']);
    expect(ids({ ...sites, labels: Array.from({ length: 20 }, (_, i) => `${i}`), series: [{ name: 'n', values: Array.from({ length: 20 }, () => 1) }] })).toEqual(['assayHoverLabel']);
    expect(ids(prices)).toEqual(['assayHoverLabel']);
  });
});

/** A stand-in for chart.js's chart with a canvas context that records the text drawn. */
function fakeChart(points: { x: number; y: number }[][]) {
  const texts: string[] = [];
  const ctx = { save() {}, restore() {}, fillText: (text: string) => texts.push(text), measureText: (text: string) => ({ width: text.length * 7 }), fillRect() {}, strokeRect() {} };
  const chart = {
    ctx,
    width: 400,
    height: 300,
    isDatasetVisible: () => true,
    getDatasetMeta: (i: number) => ({ data: points[i] ?? [] }),
    getElementsAtEventForMode: () => [{ datasetIndex: 1, index: 2, element: { tooltipPosition: () => ({ x: 50, y: 80 }) } }],
  };
  return { chart: chart as unknown as Chart, texts };
}

describe('the canvas plugins', () => {
  const spec: DrawSpec = drawSpec(prices);

  it('write each bar’s value at its end', () => {
    const { chart, texts } = fakeChart([
      [{ x: 1, y: 1 }, { x: 2, y: 2 }, { x: 3, y: 3 }],
      [{ x: 1, y: 1 }, { x: 2, y: 2 }, { x: 3, y: 3 }],
    ]);
    valueLabelPlugin({ ...spec, type: 'bar' }, theme).afterDatasetsDraw?.(chart as never, { cancelable: false } as never, {}, false as never);
    expect(texts).toEqual(['62', '71', '12.5', '48', '66', '15']);
  });

  it('name the value under the pointer, and clear it when the pointer leaves', () => {
    const { chart, texts } = fakeChart([]);
    const plugin = hoverLabelPlugin(spec, theme);
    const args = { event: { type: 'mousemove', x: 50, y: 80 }, changed: false } as { event: { type: string }; changed: boolean };
    plugin.afterEvent?.(chart, args as never, {});
    expect(args.changed).toBe(true);
    plugin.afterDraw?.(chart, { cancelable: true } as never, {});
    expect(texts).toEqual(['Q3 · Contract: 15 USD/t']);
    const out = { event: { type: 'mouseout' }, changed: false };
    plugin.afterEvent?.(chart, out as never, {});
    expect(out.changed).toBe(true);
    texts.length = 0;
    plugin.afterDraw?.(chart, { cancelable: true } as never, {});
    expect(texts).toEqual([]);
  });

  it('say a doughnut slice’s name rather than its series', () => {
    expect(hoverText(drawSpec({ ...sites, type: 'doughnut' }), 0, 1)).toBe('2025: 370 sites');
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces, keeps long words whole and ends cut text with an ellipsis', () => {
    expect(wrapLabel('Northfield University Resource Lab', 12)).toEqual(['Northfield', 'University', 'Resource Lab']);
    expect(wrapLabel('Supercalifragilistic word', 8)).toEqual(['Supercalifragilistic', 'word']);
    expect(wrapLabel('one two three four five', 3, 2)).toEqual(['one', 'two…']);
    expect(wrapLabel('Trade', 20)).toEqual(['Trade']);
  });
});
