/**
 * The only script a chart page loads up front. It watches the chart figures and fetches the chart
 * code the first time one comes near the viewport, so a reader who never scrolls to a chart never
 * downloads chart.js. Keep it tiny: every page with a chart pays for it.
 */

/** How far ahead of the viewport a chart starts loading, so it is drawn by the time it is seen. */
const AHEAD = '300px 0px';

type Drawer = typeof import('./draw.ts');

/** Draws each `figure[data-chart]` under `root` once it nears the viewport. */
export function watchCharts(root: ParentNode = document): void {
  const figures = [...root.querySelectorAll<HTMLElement>('figure[data-chart]')];
  if (figures.length === 0) return;
  let drawer: Promise<Drawer> | undefined;
  const draw = (figure: HTMLElement): void => {
    drawer ??= import('./draw.ts');
    drawer
      .then((module) => module.drawChart(figure))
      .catch((error: unknown) => {
        // The table says everything the chart would: show it in place of the empty box.
        figure.classList.add('chart-failed');
        figure.querySelector('details')?.setAttribute('open', '');
        console.error('Chart could not be drawn:', error);
      });
  };
  if (!('IntersectionObserver' in window)) {
    figures.forEach(draw);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: AHEAD },
  );
  for (const figure of figures) observer.observe(figure);
}
