/**
 * The parts of chart.js that Assay's four chart types use, and nothing else: registering them
 * one by one (never `chart.js/auto`) lets the bundler drop the rest of the library. The legend is
 * HTML beside the canvas and the hover label a small plugin in plugins.ts, which keeps
 * chart.js's Legend and Tooltip plugins (about 7.5 KB gzipped together) out of the bundle.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
} from 'chart.js';

/** Controllers with their elements and scales. */
export const CHART_PARTS = [
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  DoughnutController,
  ArcElement,
  RadarController,
  RadialLinearScale,
  CategoryScale,
  LinearScale,
];

Chart.register(...CHART_PARTS);

export { Chart };
