/**
 * Markup inside a translated sentence: the sentence is looked up with a marker in place of each
 * `{placeholder}` that should become an element (a link, a key), then cut at the markers, so the
 * element lands wherever the language puts it.
 */

/** The marker for the `index`th element, in private-use characters no dictionary or content string holds. */
export function slot(index: number): string {
  return `\ue000${index}\ue001`;
}

/** The sentence's text runs and, where markers stood, the index of the element to put there. */
export function splitSlots(text: string): (string | number)[] {
  return text
    .split(/\ue000(\d+)\ue001/)
    .map((piece, i) => (i % 2 === 1 ? Number(piece) : piece))
    .filter((piece) => piece !== '');
}
