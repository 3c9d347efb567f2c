// The theme and drawing options the browser chart tests draw with.
import type { ChartTheme } from '../../../../src/client/charts/theme.ts';

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
