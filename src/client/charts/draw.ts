/**
 * The chart code, fetched by loader.ts only when a chart nears the viewport. It reads each
 * figure's JSON spec (never script text built from data), takes colours from the page's CSS custom
 * properties, and redraws when the colour scheme, the motion preference or printing changes them.
 */
import {
  PATTERN_MARKS,
  PATTERN_TILE,
  PATTERNS,
  SERIES_COLOURS,
  type DrawSpec,
  type PatternName,
} from '../../lib/charts/spec.ts';
import { chartJsConfig } from './config.ts';
import { Chart } from './parts.ts';
import type { ChartTheme } from './theme.ts';

const darkScheme = matchMedia('(prefers-color-scheme: dark)');
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const drawn = new Map<HTMLCanvasElement, { spec: DrawSpec; chart: Chart }>();
let printing = false;

/** A repeating tile of the series colour with the pattern's marks in the page colour over it. */
function pattern(name: PatternName, colour: string, background: string): string | CanvasPattern {
  const marks = PATTERN_MARKS[name];
  if (!marks.stroke && !marks.fill) return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = PATTERN_TILE;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, PATTERN_TILE, PATTERN_TILE);
  ctx.strokeStyle = ctx.fillStyle = background;
  ctx.lineWidth = 1.5;
  if (marks.stroke) ctx.stroke(new Path2D(marks.stroke));
  if (marks.fill) ctx.fill(new Path2D(marks.fill));
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** The colours in force right now: light, dark, or the print palette while printing. */
function readTheme(): ChartTheme {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string): string => style.getPropertyValue(name).trim();
  const surface = read('--surface');
  const series = Array.from({ length: SERIES_COLOURS }, (_, i) => read(`--chart-${i + 1}`));
  return {
    text: read('--text'),
    muted: read('--muted'),
    grid: read('--border'),
    surface,
    font: read('--font-ui'),
    series,
    fills: series.map((colour, i) => pattern(PATTERNS[i] ?? 'solid', colour, surface)),
  };
}

function render(canvas: HTMLCanvasElement, spec: DrawSpec, theme: ChartTheme): void {
  drawn.get(canvas)?.chart.destroy();
  const config = chartJsConfig(spec, theme, { reducedMotion: reducedMotion.matches, print: printing });
  drawn.set(canvas, { spec, chart: new Chart(canvas, config) });
}

function redrawAll(): void {
  const theme = readTheme();
  for (const [canvas, { spec }] of drawn) render(canvas, spec, theme);
}

/** Draws the chart of one figure from the JSON spec it carries; drawing twice is a no-op. */
export function drawChart(figure: HTMLElement): void {
  const canvas = figure.querySelector('canvas');
  const source = figure.querySelector('script[type="application/json"]');
  if (!canvas || !source || drawn.has(canvas)) return;
  render(canvas, JSON.parse(source.textContent) as DrawSpec, readTheme());
  figure.dataset['drawn'] = '';
}

darkScheme.addEventListener('change', redrawAll);
reducedMotion.addEventListener('change', redrawAll);
// Paper is white whatever the screen's scheme: the print palette applies while the page prints
// (see :root[data-printing] in global.css), and charts are redrawn sharper for it.
addEventListener('beforeprint', () => {
  printing = true;
  document.documentElement.dataset['printing'] = '';
  redrawAll();
});
addEventListener('afterprint', () => {
  printing = false;
  delete document.documentElement.dataset['printing'];
  redrawAll();
});
