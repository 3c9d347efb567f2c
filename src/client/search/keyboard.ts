/**
 * Arrow keys between the search box and the result links: Down from the box goes to the first
 * result, Up and Down move along the results, Up from the first returns to the box. Tab and Enter
 * keep their usual meaning.
 */
export function arrowKeyNavigation(input: HTMLInputElement, results: HTMLElement): void {
  const links = (): HTMLAnchorElement[] => [...results.querySelectorAll<HTMLAnchorElement>('.search-result a[href]')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  results.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const index = all.indexOf(event.target as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? all[index + 1] : all[index - 1];
    if (next) next.focus();
    else if (event.key === 'ArrowUp') input.focus();
  });
}
