// The measuring commands (bench, page-weight, measure-search) print their figures as Markdown
// tables, because they are pasted into docs/performance.md as they are.
import { markdownTable } from 'markdown-table';

/** How the cells of a column line up: figures read best right-aligned. */
export type Align = 'left' | 'right';

/**
 * A Markdown (GFM) table of `rows` under `header`, each column padded to its widest cell so it
 * reads as a grid in a terminal too. `align` is one style for every column or one per column;
 * `right` also marks a column right-aligned in Markdown (`---:`).
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: Align | readonly Align[] = 'left',
): string {
  const styles = typeof align === 'string' ? header.map(() => align) : align;
  return markdownTable([header, ...rows], { align: styles.map((style) => (style === 'right' ? 'r' : '')) });
}
