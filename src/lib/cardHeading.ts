/**
 * A brief card's title at another heading level. The card (components/BriefCard.astro) is the same
 * on every listing but for the level of its title, so it is rendered once at one level and the
 * other is made from that markup instead of rendering the card again (docs/performance.md).
 */

export type HeadingLevel = 'h2' | 'h3';

/**
 * `html` (a card rendered with its title at `from`) with its title at `to`: the first `<from …>`
 * element, the card's title, is renamed and nothing else changes. Throws when the card has no such
 * heading, so a change to the card that breaks this is seen at once.
 */
export function withHeadingLevel(html: string, from: HeadingLevel, to: HeadingLevel): string {
  if (from === to) return html;
  const start = html.search(new RegExp(`<${from}[\\s>]`));
  const end = start < 0 ? -1 : html.indexOf(`</${from}>`, start);
  if (end < 0) throw new Error(`Brief card: expected a <${from}> title in the card's markup; found none`);
  const open = `<${to}${html.slice(start + 1 + from.length, end)}`;
  return `${html.slice(0, start)}${open}</${to}>${html.slice(end + from.length + 3)}`;
}
