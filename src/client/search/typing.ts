/** Search as the reader types, without a search (and its downloads) for every letter. */
import type { Pagefind } from './pagefind.ts';

/** Pause after a keystroke before searching: a steady typist gets one search per word, not per letter. */
export const TYPING_PAUSE_MS = 300;

/** Index chunks are fetched ahead from three letters on; shorter prefixes span much of the index. */
const PRELOAD_LETTERS = 3;

/**
 * Calls `search` when the reader pauses typing in `input`, and meanwhile fetches the index chunks
 * the words will need. `onInput` runs on every keystroke, for work that must keep up, such as the
 * URL. Callers check `longEnoughToSearch` before searching.
 */
export function searchWhileTyping(
  input: HTMLInputElement,
  pagefind: () => Promise<Pagefind>,
  search: () => void,
  onInput?: () => void,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    onInput?.();
    const words = input.value.trim();
    if (words.length >= PRELOAD_LETTERS)
      void pagefind().then(
        (loaded) => loaded.preload(words),
        () => undefined,
      );
    timer = setTimeout(search, TYPING_PAUSE_MS);
  });
  // An explicit search (Enter) should not be followed by a late duplicate.
  input.form?.addEventListener('submit', () => clearTimeout(timer));
}
