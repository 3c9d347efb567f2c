/**
 * The chart.js configuration for a chart's spec, in the colours the page uses right now. It runs
 * in the browser, but as a plain function it is tested without one.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatNumber } from '../../lib/charts/format.ts';
import { MAX_LABEL_LINES, pick, seriesStyle, type DrawSpec } from '../../lib/charts/spec.ts';
import { hoverLabelPlugin, valueLabelPlugin } from './plugins.ts';
import type { ChartTheme } from './theme.ts';

/** How to draw: the reader's preferences and the medium. */
export interface DrawOptions {
  /** The reader asked for less motion: draw the final state at once. */
  reducedMotion: boolean;
  /** Drawing for paper: sharper pixels, no animation. */
  print?: boolean;
}

/** Up to this many bars carry their value as text; past it the labels would crowd each other. */
const MAX_VALUE_LABELS = 16;
/** Up to this many categories under a chart have their names wrapped rather than slanted. */
const MAX_WRAPPED_CATEGORIES = 8;

/**
 * Breaks a category name into lines of at most `width` characters at spaces, at most `lines` of
 * them, the last ending in `…` when text is left over. A word longer than `width` keeps its line,
 * and a no-break space holds its words together: "(3\u00a0briefs)" is never split.
 */
export function wrapLabel(label: string, width: number, lines = MAX_LABEL_LINES): string[] {
  const result: string[] = [];
  let line = '';
  for (const word of label.split(/[ \t\n\r]+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      result.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) result.push(line);
  if (result.length <= lines) return result;
  const kept = result.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!}…`;
  return kept;
}

/** A chart.js configuration for one of the chart types Assay draws. */
export type AssayChartConfig =
  | ChartConfiguration<'bar', number[], string>
  | ChartConfiguration<'line', number[], string>
  | ChartConfiguration<'doughnut', number[], string>
  | ChartConfiguration<'radar', number[], string>;

/** The chart.js configuration for a spec, in the given colours. */
export function chartJsConfig(spec: DrawSpec, theme: ChartTheme, options: DrawOptions): AssayChartConfig {
  const font = { family: theme.font, size: 13 };
  const colour = (i: number): string => pick(theme.series, seriesStyle(i).colour - 1);
  const fill = (i: number): string | CanvasPattern => pick(theme.fills, seriesStyle(i).colour - 1);
  const lineStyle = (i: number) => {
    const style = seriesStyle(i);
    return {
      borderColor: colour(i),
      backgroundColor: colour(i),
      borderDash: [...style.dash],
      pointStyle: style.pointStyle,
      pointRadius: 5,
      pointHoverRadius: 7,
      borderWidth: 2.5,
      fill: false,
    };
  };
  const common = {
    responsive: true,
    // The page reserves the box (see chartBox); the chart fills it rather than resizing it.
    maintainAspectRatio: false,
    locale: 'en-GB',
    animation: options.reducedMotion || options.print ? (false as const) : { duration: 500 },
    ...(options.print ? { devicePixelRatio: 2 } : {}),
  };
  const plugins = [hoverLabelPlugin(spec, theme)];
  const ticks = { color: theme.muted, font };
  // Counts get whole-number steps: half a brief is not a value anyone reported.
  const whole = spec.series.every((s) => s.values.every(Number.isInteger));
  const valueTicks = {
    ...ticks,
    ...(whole ? { precision: 0 } : {}),
    callback: (value: string | number) => formatNumber(Number(value), spec.numbers),
  };
  const valueTitle = { display: Boolean(spec.unit), text: spec.unit ?? '', color: theme.muted, font };
  const axis = { grid: { color: theme.grid }, border: { color: theme.muted } };

  if (spec.type === 'doughnut') {
    return {
      type: 'doughnut',
      data: {
        labels: spec.labels,
        // A border in the page colour parts neighbouring slices, so no two colours must contrast.
        datasets: spec.series.map((s) => ({
          label: s.name,
          data: s.values,
          backgroundColor: spec.labels.map((_, j) => fill(j)),
          borderColor: theme.surface,
          borderWidth: 2,
        })),
      },
      options: { ...common, cutout: '55%' },
      plugins,
    };
  }

  if (spec.type === 'radar') {
    return {
      type: 'radar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s, i) => ({ label: s.name, data: s.values, ...lineStyle(i) })),
      },
      options: {
        ...common,
        scales: {
          r: {
            beginAtZero: true,
            grid: { color: theme.grid },
            angleLines: { color: theme.grid },
            pointLabels: { color: theme.text, font },
            ticks: { ...valueTicks, backdropColor: theme.surface },
          },
        },
      },
      plugins,
    };
  }

  // Category lines add nothing between bars or points; value lines carry the scale.
  const labelled = spec.type === 'bar' && spec.labels.length * spec.series.length <= MAX_VALUE_LABELS;
  const longestValue = Math.max(
    ...spec.series.flatMap((s) => s.values.map((v) => formatNumber(v, spec.numbers).length)),
  );
  const endPadding = labelled ? 12 + 8 * longestValue : 0;
  type TickScale = { chart: { width: number }; getLabelForValue(value: number): string };
  // Names wrap to the room they have, 8.5 px a character being safe at this size: under a few
  // bars or points each gets its share of the width (past that chart.js slants and skips them);
  // beside horizontal bars chart.js allows half the width left by the padding and cuts off the rest.
  const wrapped = (room: (width: number) => number) =>
    function (this: TickScale, value: string | number): string[] {
      return wrapLabel(this.getLabelForValue(Number(value)), Math.max(6, Math.floor(room(this.chart.width) / 8.5)));
    };
  // Category lines add nothing between bars or points; value lines carry the scale.
  const categoryAxis = {
    ...axis,
    grid: { display: false },
    ticks:
      spec.labels.length <= MAX_WRAPPED_CATEGORIES
        ? { ...ticks, callback: wrapped((width) => (width - 60) / spec.labels.length - 8) }
        : ticks,
  };
  const sideAxis = {
    ...categoryAxis,
    ticks: { ...ticks, autoSkip: false, callback: wrapped((width) => (width - endPadding) / 2 - 20) },
  };
  const range = spec.valueRange ? { min: spec.valueRange.min, max: spec.valueRange.max } : {};
  const valueAxis = { ...axis, beginAtZero: true, ...range, ticks: valueTicks, title: valueTitle };
  if (spec.type === 'line') {
    return {
      type: 'line',
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s, i) => ({ label: s.name, data: s.values, ...lineStyle(i) })),
      },
      options: { ...common, scales: { x: categoryAxis, y: valueAxis } },
      plugins,
    };
  }

  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({
        label: s.name,
        data: s.values,
        backgroundColor: fill(i),
        borderColor: colour(i),
        borderWidth: 1.5,
      })),
    },
    options: {
      ...common,
      indexAxis: spec.horizontal ? 'y' : 'x',
      // Room for the value written at the end of each bar.
      ...(labelled ? { layout: { padding: spec.horizontal ? { right: endPadding } : { top: 22 } } } : {}),
      scales: spec.horizontal ? { x: valueAxis, y: sideAxis } : { x: categoryAxis, y: valueAxis },
    },
    plugins: labelled ? [valueLabelPlugin(spec, theme), ...plugins] : plugins,
  };
}
