/**
 * Two small chart.js plugins: values written at the ends of bars, and a label for the value under
 * the pointer. They draw with the page's colours from the chart's theme.
 */
import type { Plugin } from 'chart.js';
import { formatNumber, formatValue } from '../../lib/charts/format.ts';
import type { DrawSpec } from '../../lib/charts/spec.ts';
import type { ChartTheme } from './theme.ts';

/**
 * Writes each bar's value at its end, so readers get the number without hovering and without
 * matching a colour to a legend.
 */
export function valueLabelPlugin(spec: DrawSpec, theme: ChartTheme): Plugin<'bar'> {
  return {
    id: 'assayValueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = theme.text;
      ctx.font = `600 12px ${theme.font}`;
      spec.series.forEach((series, i) => {
        if (!chart.isDatasetVisible(i)) return;
        chart.getDatasetMeta(i).data.forEach((bar, j) => {
          const value = series.values[j];
          if (value === undefined) return;
          const { x, y } = bar;
          const sign = value < 0 ? -1 : 1;
          if (spec.horizontal) {
            ctx.textAlign = sign > 0 ? 'left' : 'right';
            ctx.textBaseline = 'middle';
            ctx.fillText(formatNumber(value, spec.numbers), x + 4 * sign, y);
          } else {
            ctx.textAlign = 'center';
            ctx.textBaseline = sign > 0 ? 'bottom' : 'top';
            ctx.fillText(formatNumber(value, spec.numbers), x, y - 4 * sign);
          }
        });
      });
      ctx.restore();
    },
  };
}

/** The text shown for the value under the pointer: `2024 Q1 · Spot price: 15 USD/t`. */
export function hoverText(spec: DrawSpec, datasetIndex: number, index: number): string {
  const value = formatValue(spec.series[datasetIndex]?.values[index] ?? 0, spec.unit, spec.numbers);
  const label = spec.labels[index] ?? '';
  const name = spec.series[datasetIndex]?.name ?? '';
  return spec.type === 'doughnut' && spec.series.length === 1 ? `${label}: ${value}` : `${label} · ${name}: ${value}`;
}

/**
 * Names the value under the mouse or finger, drawn on the canvas in the page's colours. It stands
 * in for chart.js's Tooltip plugin at a tenth of its size; keyboard and screen-reader users have
 * the table, which holds every value.
 */
export function hoverLabelPlugin(spec: DrawSpec, theme: ChartTheme): Plugin {
  let shown: { text: string; x: number; y: number } | undefined;
  const intersect = spec.type === 'bar' || spec.type === 'doughnut';
  return {
    id: 'assayHoverLabel',
    afterEvent(chart, args) {
      const { event } = args;
      let next: typeof shown;
      if (event.type !== 'mouseout') {
        // chart.js resolves positions from its own event objects as well as native ones.
        const [hit] = chart.getElementsAtEventForMode(event as unknown as Event, 'nearest', { intersect }, false);
        const at = hit?.element.tooltipPosition(false);
        if (hit && at?.x != null && at.y != null)
          next = { text: hoverText(spec, hit.datasetIndex, hit.index), x: at.x, y: at.y };
      }
      if (next?.text !== shown?.text) {
        shown = next;
        args.changed = true;
      }
    },
    afterDraw(chart) {
      if (!shown) return;
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.font = `600 13px ${theme.font}`;
      const pad = 6;
      const boxWidth = ctx.measureText(shown.text).width + 2 * pad;
      const boxHeight = 13 + 2 * pad;
      const x = Math.max(0, Math.min(width - boxWidth, shown.x - boxWidth / 2));
      const y = shown.y - boxHeight - 10 >= 0 ? shown.y - boxHeight - 10 : Math.min(height - boxHeight, shown.y + 10);
      ctx.fillStyle = theme.surface;
      ctx.strokeStyle = theme.text;
      ctx.lineWidth = 1;
      ctx.fillRect(x, y, boxWidth, boxHeight);
      ctx.strokeRect(x + 0.5, y + 0.5, boxWidth - 1, boxHeight - 1);
      ctx.fillStyle = theme.text;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      ctx.fillText(shown.text, x + pad, y + boxHeight / 2);
      ctx.restore();
    },
  };
}
