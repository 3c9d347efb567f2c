/**
 * Names for the controls Decap CMS draws without one (icon buttons of list items, the drag handle,
 * the Markdown editor, the preview frame), so a screen reader announces them and the page passes
 * axe. Decap redraws its form as an editor works, so new controls are named as they appear.
 */
import type { AdminPayload } from '../../lib/admin/payload.ts';

type Words = AdminPayload['words'];

function nameControls(root: ParentNode, words: Words): void {
  for (const frame of root.querySelectorAll<HTMLIFrameElement>('iframe#preview-pane:not([title])'))
    frame.title = words.heading;
  for (const handle of root.querySelectorAll<HTMLElement>('[aria-roledescription="sortable"]:not([aria-label])'))
    handle.setAttribute('aria-label', words.reorder);
  for (const editor of root.querySelectorAll<HTMLElement>('[data-slate-editor][role="textbox"]:not([aria-label])'))
    editor.setAttribute('aria-label', words.body);
  // A list item's top bar: the chevron that folds it comes first, the cross that removes it last.
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[class*="TopBarButton"]:not([aria-label])')) {
    const isFirst = button.parentElement?.firstElementChild === button;
    button.setAttribute('aria-label', isFirst ? words.toggle : words.remove);
  }
}

/** Names Decap's unnamed controls now and whenever it draws new ones. */
export function nameDecapControls(words: Words): void {
  nameControls(document, words);
  new MutationObserver(() => nameControls(document, words)).observe(document.body, {
    childList: true,
    subtree: true,
  });
}
