/** A child for `h`: nodes as they are, strings as text (never parsed as HTML), nothing for the rest. */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Strings always become text nodes, so text from
 * the index (titles, summaries, publisher names) can never turn into markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}
