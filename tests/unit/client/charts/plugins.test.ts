import type { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { hoverLabelPlugin, hoverText, valueLabelPlugin } from '../../../../src/client/charts/plugins.ts';
import { drawSpec, type DrawSpec } from '../../../../src/lib/charts/spec.ts';
import { prices, sites } from '../../charts/fixtures.ts';
import { theme } from './fixtures.ts';

/** A stand-in for chart.js's chart with a canvas context that records the text drawn. */
function fakeChart(points: { x: number; y: number }[][]) {
  const texts: string[] = [];
  const ctx = {
    save() {},
    restore() {},
    fillText: (text: string) => texts.push(text),
    measureText: (text: string) => ({ width: text.length * 7 }),
    fillRect() {},
    strokeRect() {},
  };
  const chart = {
    ctx,
    width: 400,
    height: 300,
    isDatasetVisible: () => true,
    getDatasetMeta: (i: number) => ({ data: points[i] ?? [] }),
    getElementsAtEventForMode: () => [
      { datasetIndex: 1, index: 2, element: { tooltipPosition: () => ({ x: 50, y: 80 }) } },
    ],
  };
  return { chart: chart as unknown as Chart, texts };
}

describe('the canvas plugins', () => {
  const spec: DrawSpec = drawSpec(prices);

  it('write each bar’s value at its end', () => {
    const { chart, texts } = fakeChart([
      [
        { x: 1, y: 1 },
        { x: 2, y: 2 },
        { x: 3, y: 3 },
      ],
      [
        { x: 1, y: 1 },
        { x: 2, y: 2 },
        { x: 3, y: 3 },
      ],
    ]);
    valueLabelPlugin({ ...spec, type: 'bar' }, theme).afterDatasetsDraw?.(
      chart as never,
      { cancelable: false } as never,
      {},
      false,
    );
    expect(texts).toEqual(['62', '71', '12.5', '48', '66', '15']);
  });

  it('name the value under the pointer, and clear it when the pointer leaves', () => {
    const { chart, texts } = fakeChart([]);
    const plugin = hoverLabelPlugin(spec, theme);
    const args = { event: { type: 'mousemove', x: 50, y: 80 }, changed: false } as {
      event: { type: string };
      changed: boolean;
    };
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

  it('write values with the separators the page passed in the spec', () => {
    const spec = drawSpec(prices, { group: '.', decimal: ',' });
    expect(hoverText(spec, 0, 2)).toBe('Q3 · Spot: 12,5 USD/t');
  });
});
