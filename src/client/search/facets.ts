/** The facet checkboxes on /search/: read as the catalogue of filters, and kept showing counts. */
import type { NumberStyle } from '../../lib/i18n/format.ts';
import type { Facet } from '../../lib/search/keys.ts';
import { formatCount } from '../../lib/searchText.ts';

/** The facets as the page rendered them: the checkboxes are the catalogue. */
export function readFacets(form: HTMLFormElement): Facet[] {
  return [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')].map((fieldset) => ({
    key: fieldset.dataset['facet'] ?? '',
    legend: fieldset.querySelector('legend')?.textContent ?? '',
    values: [...fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => ({
      slug: box.value,
      label: box.dataset['label'] ?? box.value,
    })),
  }));
}

/**
 * Writes each value's count beside it. A value that would give no results is hidden, unless it is
 * checked, so it can always be unchecked; a facet with nothing left to offer is hidden whole.
 */
export function showFacetCounts(
  form: HTMLFormElement,
  counts: Record<string, Record<string, number>>,
  numbers: NumberStyle,
): void {
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
    const key = fieldset.dataset['facet'] ?? '';
    let visible = 0;
    for (const box of fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const count = counts[key]?.[box.value] ?? 0;
      const item = box.closest('li');
      const countText = item?.querySelector('[data-count]');
      if (countText) countText.textContent = `(${formatCount(count, numbers)})`;
      const hide = count === 0 && !box.checked;
      if (item) item.hidden = hide;
      if (!hide) visible += 1;
    }
    fieldset.hidden = visible === 0;
  }
}

/**
 * The whole site's count for every value, as the build wrote it (`data-total`): what an empty search
 * shows, with no need for Pagefind or its filter files.
 */
export function siteCounts(form: HTMLFormElement): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
    const values: Record<string, number> = {};
    for (const box of fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      values[box.value] = Number(box.dataset['total'] ?? 0);
    counts[fieldset.dataset['facet'] ?? ''] = values;
  }
  return counts;
}
