/** A brief's chart with its data in place: inline series, or a data set named by the chart. */
import type { ChartSpec } from '../../schemas/chart.ts';
import type { DataSet, Series } from './dataSets.ts';

/** A chart ready to draw: data resolved, lengths checked. */
export interface ResolvedChart {
  id: string;
  title: string;
  type: ChartSpec['type'];
  unit: string | undefined;
  labels: string[];
  series: Series[];
  source: string;
  /** Draw bars horizontally (set by generated charts; brief charts decide from their labels). */
  horizontal?: boolean;
  /** The value axis runs over this whole range (a score out of 100), not just the values' span. */
  valueRange?: { min: number; max: number };
}

/**
 * A chart of one value (one label, one series) says less as a single bar than as the number itself:
 * such a chart is shown as a figure, the value written large with its label, caption and source.
 */
export function isSingleValue(chart: Pick<ResolvedChart, 'labels' | 'series'>): boolean {
  return chart.labels.length === 1 && chart.series.length === 1;
}

export type ChartResult =
  { ok: true; chart: ResolvedChart } | { ok: false; field: string; expected: string; found: string };

/** Resolves a chart's data (inline, or from a named data set) and checks every series fits the labels. */
export function resolveChart(spec: ChartSpec, dataSets: ReadonlyMap<string, DataSet>): ChartResult {
  let labels = spec.labels;
  let series = spec.series;
  if (spec.data !== undefined) {
    const data = dataSets.get(spec.data);
    if (!data) {
      const known = [...dataSets.keys()];
      return {
        ok: false,
        field: 'data',
        expected: `the name of a file in content/data${known.length ? ` (${known.join(', ')})` : ''}`,
        found: JSON.stringify(spec.data),
      };
    }
    labels ??= data.labels;
    series = data.series;
  }
  if (!labels || !series) return { ok: false, field: 'series', expected: 'labels and series', found: 'nothing' };
  for (const [i, s] of series.entries()) {
    if (s.values.length !== labels.length) {
      return {
        ok: false,
        field: spec.data ? 'labels' : `series[${i}].values`,
        expected: `${labels.length} values in series "${s.name}" (one per label)`,
        found: `${s.values.length}`,
      };
    }
  }
  return {
    ok: true,
    chart: { id: spec.id, title: spec.title, type: spec.type, unit: spec.unit, labels, series, source: spec.source },
  };
}
