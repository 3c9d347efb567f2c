/**
 * A resolved chart shaped once on the server: the JSON spec the browser draws from, the box the
 * page reserves for it, its accessible name, and how each series is told apart (colour, pattern,
 * dash, point shape) for the canvas and the HTML legend alike.
 */
import type { NumberStyle } from '../i18n/format.ts';
import { ENGLISH_NUMBERS, formatValue } from './format.ts';
import type { ResolvedChart } from './resolve.ts';

/** What the browser needs to draw a chart: plain JSON, with nothing that runs. */
export interface DrawSpec {
  type: ResolvedChart['type'];
  labels: string[];
  series: { name: string; values: number[] }[];
  unit?: string;
  /** Bars run left to right, so long category names stay readable. */
  horizontal: boolean;
  /** The value axis's fixed range, when the chart has one. */
  valueRange?: { min: number; max: number };
  /** The site's number separators; absent for English, which `formatNumber` writes by default. */
  numbers?: NumberStyle;
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

/** The item at `index` of a list that repeats: past the end, counting starts again from the first. */
export const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;

/** The colour, pattern, dash and point shape of the series at `index`. */
export function seriesStyle(index: number): SeriesStyle {
  return {
    colour: (index % SERIES_COLOURS) + 1,
    pattern: pick(PATTERNS, index),
    dash: pick(DASHES, index),
    pointStyle: pick(POINT_STYLES, index),
  };
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
  if (chart.type === 'doughnut')
    return chart.labels.map((label, i) => ({ label, style: seriesStyle(i), swatch: 'area' }));
  if (chart.series.length < 2) return [];
  const swatch = chart.type === 'bar' ? 'area' : 'line';
  return chart.series.map((s, i) => ({ label: s.name, style: seriesStyle(i), swatch }));
}

/** The interface strings (src/i18n/en.json) an accessible name is made of. */
export type ChartWordKey =
  | `chart.type.${ResolvedChart['type']}`
  | 'chart.description'
  | 'chart.description.series'
  | 'chart.description.summary';
/** Looks up an interface string, as `t` from src/strings.ts does. */
export type ChartWords = (key: ChartWordKey, vars?: Readonly<Record<string, string | number>>) => string;
/** Past this many values an accessible name summarises instead of listing; the table lists all. */
const MAX_LISTED_VALUES = 12;
/** Characters a wrapped category name fits on one line beside the bars of a 360 px phone's chart. */
const PHONE_LINE = 13;
/** Lines a category name may wrap onto: a publisher's name and its brief count fit in four. */
export const MAX_LABEL_LINES = 4;
/** Category names longer than this turn a bar chart on its side. */
const LONG_LABEL = 16;

/** Whether bars should run horizontally: set by the chart, else when its labels are long. */
export function isHorizontal(chart: Pick<ResolvedChart, 'type' | 'labels' | 'horizontal'>): boolean {
  if (chart.type !== 'bar') return false;
  return chart.horizontal ?? (chart.labels.length >= 3 && chart.labels.some((label) => label.length > LONG_LABEL));
}

/**
 * The spec a chart's figure carries to the browser, with the site's number separators (`numbers`
 * from src/strings.ts) when they are not English, so an English spec is as it always was.
 */
export function drawSpec(chart: ResolvedChart, numbers: NumberStyle = ENGLISH_NUMBERS): DrawSpec {
  const english = numbers.group === ENGLISH_NUMBERS.group && numbers.decimal === ENGLISH_NUMBERS.decimal;
  return {
    type: chart.type,
    labels: chart.labels,
    series: chart.series.map((s) => ({ name: s.name, values: s.values })),
    ...(chart.unit ? { unit: chart.unit } : {}),
    horizontal: isHorizontal(chart),
    ...(chart.valueRange ? { valueRange: chart.valueRange } : {}),
    ...(english ? {} : { numbers }),
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
  // On a phone a name wraps at about PHONE_LINE characters (see sideAxis in src/client/charts/config.ts); each bar needs room for its lines.
  const lines = Math.min(MAX_LABEL_LINES, Math.ceil(Math.max(...chart.labels.map((l) => l.length), 1) / PHONE_LINE));
  return {
    aspectRatio: Math.round(ratio * 1000) / 1000,
    minHeight: Math.round((3 + count * (1.2 + 1.1 * lines)) * 10) / 10,
  };
}

/**
 * The canvas's accessible name: type, title and the values, or their range when there are many,
 * in the words of `t` and the separators of `numbers`.
 */
export function describeChart(chart: ResolvedChart, t: ChartWords, numbers: NumberStyle = ENGLISH_NUMBERS): string {
  const value = (v: number): string => formatValue(v, chart.unit, numbers);
  const head = t('chart.description', { type: t(`chart.type.${chart.type}`), title: chart.title });
  const count = chart.labels.length * chart.series.length;
  if (count <= MAX_LISTED_VALUES) {
    const parts = chart.series.map((s) =>
      t('chart.description.series', {
        series: s.name,
        values: chart.labels.map((label, i) => `${label}, ${value(s.values[i] ?? 0)}`).join('; '),
      }),
    );
    return [head, ...parts].join(' ');
  }
  const values = chart.series.flatMap((s) => s.values);
  const summary = t('chart.description.summary', {
    count,
    series: chart.series.map((s) => s.name).join(', '),
    first: chart.labels[0] ?? '',
    last: chart.labels[chart.labels.length - 1] ?? '',
    min: value(Math.min(...values)),
    max: value(Math.max(...values)),
  });
  return `${head} ${summary}`;
}
