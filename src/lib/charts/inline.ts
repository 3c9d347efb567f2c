/** Charts that an MDX body places inside its text with `<Chart id="..." />`. */

// `<Chart id="x" />`, also with other attributes, spaces around `=` or `id={"x"}`.
const CHART_TAG = /<Chart\b[^>]*?\sid\s*=\s*(?:\{\s*)?["']([^"']*)["']/g;

/** The `<Chart id="..." />` tags in a body, with the offset of each. */
export function inlineChartTags(body: string): { id: string; index: number }[] {
  return [...body.matchAll(CHART_TAG)].map((match) => ({ id: match[1] ?? '', index: match.index }));
}

/** Ids of the charts an MDX body places inline with `<Chart id="..." />`, in order. */
export function inlineChartIds(body: string): string[] {
  return inlineChartTags(body).map((tag) => tag.id);
}
