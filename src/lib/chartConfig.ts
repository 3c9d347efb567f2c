/**
 * How a resolved chart is drawn. The server shapes each chart once into a small JSON spec; the
 * browser turns that spec and the page's colours into a chart.js configuration. Both halves are
 * plain functions here, so they are tested without a browser.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { formatValue, type ResolvedChart } from './charts.ts';

/** What the browser needs to draw a chart: plain JSON, with nothing that runs. */
export interface DrawSpec {
  type: ResolvedChart['type'];
  labels: string[];
  series: { name: string; values: number[] }[];
  unit?: string;
  /** Bars run left to right, so long category names stay readable. */
  horizontal: boolean;
}

/** Colours and font read from the page's CSS at draw time, so light, dark and print all fit. */
export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  font: string;
  /** The `--chart-N` colours, each in contrast with `surface`. */
  series: string[];
  /** `fills[i]` is `series[i]` painted with `PATTERNS[i]`: a colour or a pattern. */
  fills: (string | CanvasPattern)[];
}

export interface DrawOptions {
  /** The reader asked for less motion: draw the final state at once. */
  reducedMotion: boolean;
  /** Drawing for paper: sharper pixels, no animation. */
  print?: boolean;
}

/** How many series colours the stylesheet defines (`--chart-1` …). */
export const SERIES_COLOURS = 6;
/** Fill patterns in series order; the first is a plain colour. */
export const PATTERNS = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical'] as const;
export type PatternName = (typeof PATTERNS)[number];
/** Side of the square tile a pattern repeats, in CSS pixels. */
export const PATTERN_TILE = 8;
/**
 * The marks each pattern lays over its colour, in the page colour, as SVG path data on one tile.
 * The canvas (through Path2D) and the HTML legend draw from the same paths, so they match.
 */
export const PATTERN_MARKS: Record<PatternName, { stroke?: string; fill?: string }> = {
  solid: {},
  diagonal: { stroke: 'M0 8L8 0M-4 4L4 -4M4 12L12 4' },
  dots: { fill: 'M2.75 2.75h2.5v2.5h-2.5z' },
  cross: { stroke: 'M0 8L8 0M-4 4L4 -4M4 12L12 4M0 0L8 8' },
  horizontal: { stroke: 'M0 4H8' },
  vertical: { stroke: 'M4 0V8' },
};
/** Line dashes and point shapes in series order, so lines differ in shape as well as colour. */
export const DASHES: readonly (readonly number[])[] = [[], [8, 4], [2, 3], [12, 4, 2, 4]];
export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;
export type PointStyleName = (typeof POINT_STYLES)[number];

/** How the nth series (or doughnut slice) is told apart: never by colour alone. */
export interface SeriesStyle {
  /** 1-based number of the `--chart-N` colour. */
  colour: number;
  pattern: PatternName;
  dash: readonly number[];
  pointStyle: PointStyleName;
}

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;

/** The colour, pattern, dash and point shape of the series at `index`. */
export function seriesStyle(index: number): SeriesStyle {
  return { colour: (index % SERIES_COLOURS) + 1, pattern: pick(PATTERNS, index), dash: pick(DASHES, index), pointStyle: pick(POINT_STYLES, index) };
}

/** One entry of a chart's legend, which the page renders as text beside a drawn swatch. */
export interface LegendItem {
  label: string;
  style: SeriesStyle;
  /** Areas (bars, slices) show their fill; lines show their dash and point shape. */
  swatch: 'area' | 'line';
}

/**
 * The legend a chart needs: a doughnut names its slices, a chart with several series names them.
 * A single series needs none (the caption and axis say it all). The legend is HTML rather than
 * canvas, so it is real text, wraps on small screens and takes its space before anything draws.
 */
export function legendItems(chart: Pick<ResolvedChart, 'type' | 'labels' | 'series'>): LegendItem[] {
  if (chart.type === 'doughnut') return chart.labels.map((label, i) => ({ label, style: seriesStyle(i), swatch: 'area' }));
  if (chart.series.length < 2) return [];
  const swatch = chart.type === 'bar' ? 'area' : 'line';
  return chart.series.map((s, i) => ({ label: s.name, style: seriesStyle(i), swatch }));
}

const TYPE_NAMES: Record<ResolvedChart['type'], string> = { bar: 'Bar chart', line: 'Line chart', doughnut: 'Doughnut chart', radar: 'Radar chart' };
/** Past this many values an accessible name summarises instead of listing; the table lists all. */
const MAX_LISTED_VALUES = 12;
/** Up to this many bars carry their value as text; past it the labels would crowd each other. */
const MAX_VALUE_LABELS = 16;
/** Up to this many categories under a chart have their names wrapped rather than slanted. */
const MAX_WRAPPED_CATEGORIES = 8;
/** Characters a wrapped category name fits on one line of a phone-width chart. */
const PHONE_LINE = 16;
/** Lines a category name may wrap onto. */
const MAX_LABEL_LINES = 3;
/** Category names longer than this turn a bar chart on its side. */
const LONG_LABEL = 16;

/** Whether bars should run horizontally: set by the chart, else when its labels are long. */
export function isHorizontal(chart: Pick<ResolvedChart, 'type' | 'labels' | 'horizontal'>): boolean {
  if (chart.type !== 'bar') return false;
  return chart.horizontal ?? (chart.labels.length >= 3 && chart.labels.some((label) => label.length > LONG_LABEL));
}

/** The spec a chart's figure carries to the browser. */
export function drawSpec(chart: ResolvedChart): DrawSpec {
  return {
    type: chart.type,
    labels: chart.labels,
    series: chart.series.map((s) => ({ name: s.name, values: s.values })),
    ...(chart.unit ? { unit: chart.unit } : {}),
    horizontal: isHorizontal(chart),
  };
}

/** The box reserved for a chart: its shape, and the least height that keeps it legible. */
export interface ChartBox {
  /** Width over height. */
  aspectRatio: number;
  /** In rem; on narrow screens this wins over the aspect ratio. */
  minHeight: number;
}

/**
 * The box reserved for the chart. The page lays it out before any script runs, so nothing moves
 * when the chart draws; horizontal bars get taller with each category, and enough height on a
 * phone for labels that wrap onto two or three lines.
 */
export function chartBox(chart: Pick<ResolvedChart, 'type' | 'labels' | 'horizontal'>): ChartBox {
  if (chart.type === 'doughnut' || chart.type === 'radar') return { aspectRatio: 1.333, minHeight: 16 };
  if (!isHorizontal(chart)) return { aspectRatio: 1.778, minHeight: 13 };
  const count = chart.labels.length;
  // About 32 px a bar at a typical 560 px width, within sensible bounds.
  const ratio = Math.min(16 / 9, Math.max(0.6, 560 / (60 + 32 * count)));
  // On a phone a name wraps at about PHONE_LINE characters (see sideAxis); each bar needs room for its lines.
  const lines = Math.min(MAX_LABEL_LINES, Math.ceil(Math.max(...chart.labels.map((l) => l.length), 1) / PHONE_LINE));
  return { aspectRatio: Math.round(ratio * 1000) / 1000, minHeight: Math.round((3 + count * (1.2 + 1.1 * lines)) * 10) / 10 };
}

/**
 * Breaks a category name into lines of at most `width` characters at spaces, at most `lines` of
 * them, the last ending in `…` when text is left over. A word longer than `width` keeps its line.
 */
export function wrapLabel(label: string, width: number, lines = MAX_LABEL_LINES): string[] {
  const result: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
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

/** A plain number for ticks and labels: `1,250`, `12.5`. */
function formatNumber(value: number): string {
  return formatValue(value, undefined);
}

/** The canvas's accessible name: type, title and the values, or their range when there are many. */
export function describeChart(chart: ResolvedChart): string {
  const head = `${TYPE_NAMES[chart.type]} of ${chart.title}.`;
  const count = chart.labels.length * chart.series.length;
  if (count <= MAX_LISTED_VALUES) {
    const parts = chart.series.map((s) => `${s.name}: ${chart.labels.map((label, i) => `${label}, ${formatValue(s.values[i] ?? 0, chart.unit)}`).join('; ')}.`);
    return [head, ...parts].join(' ');
  }
  const values = chart.series.flatMap((s) => s.values);
  const range = `${formatValue(Math.min(...values), chart.unit)} to ${formatValue(Math.max(...values), chart.unit)}`;
  const span = `${chart.labels[0] ?? ''} to ${chart.labels[chart.labels.length - 1] ?? ''}`;
  return `${head} ${count} values of ${chart.series.map((s) => s.name).join(', ')} for ${span}, from ${range}. The data table lists every value.`;
}

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
            ctx.fillText(formatNumber(value), x + 4 * sign, y);
          } else {
            ctx.textAlign = 'center';
            ctx.textBaseline = sign > 0 ? 'bottom' : 'top';
            ctx.fillText(formatNumber(value), x, y - 4 * sign);
          }
        });
      });
      ctx.restore();
    },
  };
}

/** The text shown for the value under the pointer: `2024 Q1 · Spot price: 15 USD/t`. */
export function hoverText(spec: DrawSpec, datasetIndex: number, index: number): string {
  const value = formatValue(spec.series[datasetIndex]?.values[index] ?? 0, spec.unit);
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
        if (hit && at?.x != null && at.y != null) next = { text: hoverText(spec, hit.datasetIndex, hit.index), x: at.x, y: at.y };
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
    return { borderColor: colour(i), backgroundColor: colour(i), borderDash: [...style.dash], pointStyle: style.pointStyle, pointRadius: 5, pointHoverRadius: 7, borderWidth: 2.5, fill: false };
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
  const valueTicks = { ...ticks, ...(whole ? { precision: 0 } : {}), callback: (value: string | number) => formatNumber(Number(value)) };
  const valueTitle = { display: Boolean(spec.unit), text: spec.unit ?? '', color: theme.muted, font };
  const axis = { grid: { color: theme.grid }, border: { color: theme.muted } };

  if (spec.type === 'doughnut') {
    return {
      type: 'doughnut',
      data: {
        labels: spec.labels,
        // A border in the page colour parts neighbouring slices, so no two colours must contrast.
        datasets: spec.series.map((s) => ({ label: s.name, data: s.values, backgroundColor: spec.labels.map((_, j) => fill(j)), borderColor: theme.surface, borderWidth: 2 })),
      },
      options: { ...common, cutout: '55%' },
      plugins,
    };
  }

  if (spec.type === 'radar') {
    return {
      type: 'radar',
      data: { labels: spec.labels, datasets: spec.series.map((s, i) => ({ label: s.name, data: s.values, ...lineStyle(i) })) },
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
  const longestValue = Math.max(...spec.series.flatMap((s) => s.values.map((v) => formatNumber(v).length)));
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
    ticks: spec.labels.length <= MAX_WRAPPED_CATEGORIES ? { ...ticks, callback: wrapped((width) => (width - 60) / spec.labels.length - 8) } : ticks,
  };
  const sideAxis = { ...categoryAxis, ticks: { ...ticks, autoSkip: false, callback: wrapped((width) => (width - endPadding) / 2 - 20) } };
  const valueAxis = { ...axis, beginAtZero: true, ticks: valueTicks, title: valueTitle };
  if (spec.type === 'line') {
    return {
      type: 'line',
      data: { labels: spec.labels, datasets: spec.series.map((s, i) => ({ label: s.name, data: s.values, ...lineStyle(i) })) },
      options: { ...common, scales: { x: categoryAxis, y: valueAxis } },
      plugins,
    };
  }

  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({ label: s.name, data: s.values, backgroundColor: fill(i), borderColor: colour(i), borderWidth: 1.5 })),
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
