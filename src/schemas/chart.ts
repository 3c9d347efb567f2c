import { z } from 'astro/zod';
import { slug, text } from './fields.ts';

/** Chart types Assay draws. */
export const CHART_TYPES = ['bar', 'line', 'doughnut', 'radar'] as const;

/** A label on a chart axis; YAML turns `2021` into a number, which is fine. */
const label = z.union([z.string(), z.number()], { error: 'expected a label (text or number)' }).transform(String);

/** One named series of numbers. */
export const seriesSchema = z.strictObject({
  /** Legend name of the series. */
  name: text,
  /** One number per label. */
  values: z.array(z.number({ error: 'expected a number' }), { error: 'expected a list of numbers' }).min(1),
});

/** A data chart in a brief: inline `series`, or `data` naming a file in `content/data/`. */
export const chartSchema = z
  .strictObject({
    /** Unique within the brief; `<Chart id="...">` in MDX places it inline. */
    id: slug,
    /** Caption shown above the chart. */
    title: text,
    /** How to draw it. */
    type: z.enum(CHART_TYPES),
    /** Unit of the values, e.g. `sites` or `USD million`. */
    unit: text.optional(),
    /** Category labels, one per value. Optional with `data`, which brings its own. */
    labels: z.array(label).min(1).optional(),
    /** Inline data. */
    series: z.array(seriesSchema).min(1).optional(),
    /** Name of a file in `content/data/` (without extension) that holds the data. */
    data: slug.optional(),
    /** Where the numbers come from, shown under the chart. */
    source: text,
  })
  .check((ctx) => {
    const chart = ctx.value;
    if (chart.series && chart.data) {
      ctx.issues.push({
        code: 'custom',
        input: chart,
        path: ['data'],
        message: 'expected either series or data, not both',
      });
    } else if (!chart.series && !chart.data) {
      ctx.issues.push({
        code: 'custom',
        input: chart,
        path: ['series'],
        message: 'expected series (inline numbers) or data (a file in content/data)',
      });
    } else if (chart.series && !chart.labels) {
      ctx.issues.push({
        code: 'custom',
        input: chart,
        path: ['labels'],
        message: 'expected labels for the inline series',
      });
    }
  });

export type ChartSpec = z.infer<typeof chartSchema>;
