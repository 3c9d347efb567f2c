/** A page number to link to, or a gap standing for the numbers left out. */
export type PageLink = number | 'gap';

/**
 * The page numbers a paginator shows: the first and the last page, and `radius` pages either side
 * of the current one, with a gap where numbers are left out. A gap never hides a single page (that
 * number is shown instead), so the list stays short however many pages there are.
 */
export function pageWindow(current: number, last: number, radius = 2): PageLink[] {
  const shown = new Set<number>([1, last]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= last) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  numbers.forEach((n, i) => {
    const before = numbers[i - 1];
    if (before !== undefined && n - before === 2) links.push(before + 1);
    else if (before !== undefined && n - before > 2) links.push('gap');
    links.push(n);
  });
  return links;
}
