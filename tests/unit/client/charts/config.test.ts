import { describe, expect, it } from 'vitest';
import { chartJsConfig, wrapLabel } from '../../../../src/client/charts/config.ts';
import type { ResolvedChart } from '../../../../src/lib/charts/resolve.ts';
import { drawSpec } from '../../../../src/lib/charts/spec.ts';
import { prices, sites } from '../../charts/fixtures.ts';
import { motion, theme } from './fixtures.ts';

describe('telling series apart in chart.js', () => {
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
});

describe('the chart.js configuration', () => {
  it('turns animation off for readers who ask for less motion, and for print', () => {
    expect(chartJsConfig(drawSpec(sites), theme, { reducedMotion: true }).options?.animation).toBe(false);
    expect(chartJsConfig(drawSpec(sites), theme, { reducedMotion: false, print: true }).options).toMatchObject({
      animation: false,
      devicePixelRatio: 2,
    });
    expect(chartJsConfig(drawSpec(sites), theme, motion).options?.animation).not.toBe(false);
  });

  it('fills the reserved box instead of sizing it', () => {
    expect(chartJsConfig(drawSpec(sites), theme, motion).options).toMatchObject({
      responsive: true,
      maintainAspectRatio: false,
    });
  });

  it('runs the value axis over a fixed range when the chart has one', () => {
    const scales = (chart: ResolvedChart) =>
      chartJsConfig(drawSpec(chart), theme, motion).options?.scales as Record<string, { min?: number; max?: number }>;
    const scored = { ...sites, horizontal: true, valueRange: { min: 0, max: 100 } };
    expect(scales(scored)['x']).toMatchObject({ min: 0, max: 100 });
    expect(scales(sites)['y']?.max).toBeUndefined();
  });

  it('draws horizontal bars with the values along x', () => {
    const config = chartJsConfig(drawSpec({ ...sites, horizontal: true }), theme, motion);
    expect(config.options).toMatchObject({
      indexAxis: 'y',
      scales: { x: { beginAtZero: true, title: { text: 'sites' } } },
    });
  });

  it('steps counts by whole numbers', () => {
    const scales = (chart: ResolvedChart) =>
      chartJsConfig(drawSpec(chart), theme, motion).options?.scales as Record<
        string,
        { ticks: { precision?: number } }
      >;
    expect(scales(sites)['y']?.ticks.precision).toBe(0);
    expect(scales(prices)['y']?.ticks.precision).toBeUndefined();
  });

  it('wraps category names to the room each has, under a few bars and beside horizontal ones', () => {
    type Ticks = { callback?: (this: unknown, value: number) => string[] };
    const axis = (chart: ResolvedChart, key: string) =>
      (chartJsConfig(drawSpec(chart), theme, motion).options?.scales as Record<string, { ticks: Ticks }>)[key]!.ticks;
    const scale = (width: number, labels: string[]) => ({
      chart: { width },
      getLabelForValue: (i: number) => labels[i] ?? '',
    });
    const under = axis(sites, 'x');
    expect(under.callback?.call(scale(320, sites.labels), 0)).toEqual(['Before the', '2021 coup']);
    expect(under.callback?.call(scale(900, sites.labels), 0)).toEqual(['Before the 2021 coup']);
    const beside = axis({ ...sites, horizontal: true }, 'y');
    expect(beside.callback?.call(scale(900, sites.labels), 0)).toEqual(['Before the 2021 coup']);
    // Many categories keep chart.js's own slanting and skipping.
    const many = {
      ...sites,
      labels: Array.from({ length: 12 }, (_, i) => `M${i}`),
      series: [{ name: 'n', values: Array.from({ length: 12 }, () => 1) }],
    };
    expect(axis(many, 'x').callback).toBeUndefined();
  });

  it('writes values on bars only while they fit', () => {
    const ids = (chart: ResolvedChart) =>
      (chartJsConfig(drawSpec(chart), theme, motion).plugins ?? []).map((p) => p.id);
    expect(ids(sites)).toEqual(['assayValueLabels', 'assayHoverLabel']);
    expect(
      ids({
        ...sites,
        labels: Array.from({ length: 20 }, (_, i) => `${i}`),
        series: [{ name: 'n', values: Array.from({ length: 20 }, () => 1) }],
      }),
    ).toEqual(['assayHoverLabel']);
    expect(ids(prices)).toEqual(['assayHoverLabel']);
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces, keeps long words whole and ends cut text with an ellipsis', () => {
    expect(wrapLabel('Northfield University Resource Lab', 12)).toEqual(['Northfield', 'University', 'Resource Lab']);
    expect(wrapLabel('Supercalifragilistic word', 8)).toEqual(['Supercalifragilistic', 'word']);
    expect(wrapLabel('one two three four five', 3, 2)).toEqual(['one', 'two…']);
    expect(wrapLabel('Trade', 20)).toEqual(['Trade']);
  });

  it('never splits words held together by a no-break space', () => {
    expect(wrapLabel('The Stimson Center (1\u00a0brief)', 13)).toEqual(['The Stimson', 'Center', '(1\u00a0brief)']);
  });

  it('fits every demo publisher’s name and count beside the bars of a 360 px phone without cutting it', () => {
    // What sideAxis allows there: a 294 px chart, values of two digits.
    const room = Math.floor(((294 - (12 + 8 * 2)) / 2 - 20) / 8.5);
    for (const name of [
      'Northfield University Resource Lab (3\u00a0briefs)',
      'Andes Watershed Watch (1\u00a0brief)',
      'Meridian Policy Institute (3\u00a0briefs)',
      'Coastal Minerals Review (3\u00a0briefs)',
    ]) {
      const lines = wrapLabel(name, room);
      expect(lines.join(' '), name).toBe(name);
      expect(lines.length, name).toBeLessThanOrEqual(4);
    }
  });
});
