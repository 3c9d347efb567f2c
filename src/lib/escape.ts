/** Escaping for text written into XML outside Astro's own templates. */

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for XML content and quoted attributes with the five predefined entities only.
 * Numeric references such as `&#39;` would be escaped a second time by XML tools that re-serialise
 * the text (@astrojs/rss did), and these are the entities it wrote, so feeds stayed byte-identical.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch]!);
}
