// Charts shared by the chart unit tests, on the server and in the browser.
import type { ResolvedChart } from '../../../src/lib/charts/resolve.ts';

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
