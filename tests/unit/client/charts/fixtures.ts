// Charts and a theme shared by the chart unit tests.
import type { ChartTheme } from '../../../../src/client/charts/theme.ts';
import type { ResolvedChart } from '../../../../src/lib/charts.ts';

export const sites: ResolvedChart = {
  id: 'extraction-sites',
  title: 'Rare-earth extraction sites in Kachin',
  type: 'bar',
  unit: 'sites',
  labels: ['Before the 2021 coup', '2025'],
  series: [{ name: 'Extraction sites', values: [130, 370] }],
  source: 'Stimson Center',
};
export const prices: ResolvedChart = {
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
export const theme: ChartTheme = {
  text: '#111',
  muted: '#555',
  grid: '#ddd',
  surface: '#fff',
  font: 'system-ui',
  series: ['#c1', '#c2', '#c3', '#c4', '#c5', '#c6'],
  fills: ['#f1', '#f2', '#f3', '#f4', '#f5', '#f6'],
};
export const motion = { reducedMotion: false };
