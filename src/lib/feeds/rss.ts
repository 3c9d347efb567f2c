/**
 * RSS 2.0 documents written directly as strings, byte for byte as @astrojs/rss wrote them before
 * (docs/performance.md): that library builds an object tree and parses every item's custom
 * elements with an XML parser only to write them out again, which was most of the feeds' XML
 * work. Pure: every value comes in as an argument, and every value is escaped here.
 */
import { escapeXml } from '../escape.ts';
import type { FeedMeta } from './items.ts';

/** The namespace of `<content:encoded>`, declared by every feed that has an item. */
const CONTENT_NAMESPACE = 'http://purl.org/rss/1.0/modules/content/';
const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

export interface RssItem {
  title: string;
  /** Absolute URL of the item; also its guid. */
  link: string;
  /** Plain text; left out when empty. */
  description: string;
  pubDate: Date;
  /** The full item as HTML, escaped here into `<content:encoded>`. */
  content: string;
  /**
   * Elements of other namespaces (Atom's `updated`, the Bias Meter), already XML with every value
   * escaped; placed after the content.
   */
  extensions?: string;
  categories?: readonly string[];
}

/** An element with escaped text, or an empty element when there is none. */
function element(name: string, text: string): string {
  return text === '' ? `<${name}/>` : `<${name}>${escapeXml(text)}</${name}>`;
}

/** One `<item>`: its XML does not depend on the feed it is in (every address in it is absolute). */
export function rssItemXml(item: RssItem): string {
  const link = escapeXml(item.link);
  return [
    '<item>',
    item.title ? element('title', item.title) : '',
    `<link>${link}</link><guid isPermaLink="true">${link}</guid>`,
    item.description ? element('description', item.description) : '',
    `<pubDate>${item.pubDate.toUTCString()}</pubDate>`,
    element('content:encoded', item.content),
    item.extensions ?? '',
    ...(item.categories ?? []).map((category) => element('category', category)),
    '</item>',
  ].join('');
}

/**
 * A whole RSS 2.0 document around `items` (from `rssItemXml`), with the channel's language and an
 * Atom self link. `namespaces` are declared on `<rss>` besides Atom's (and content's, when there
 * are items).
 */
export function rssXml(meta: FeedMeta, items: readonly string[], namespaces: Record<string, string> = {}): string {
  const declared = { ...(items.length > 0 ? { content: CONTENT_NAMESPACE } : {}), atom: ATOM_NAMESPACE, ...namespaces };
  const xmlns = Object.entries(declared)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${escapeXml(uri)}"`)
    .join('');
  return [
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"${xmlns}><channel>`,
    element('title', meta.title),
    element('description', meta.description),
    element('link', meta.homeUrl),
    element('language', meta.language),
    `<atom:link href="${escapeXml(meta.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel></rss>',
  ].join('');
}
