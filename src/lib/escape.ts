/** Escaping for text that lands in HTML or XML outside Astro's own templates. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML or XML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for XML with the five predefined entities only. Numeric references such as `&#39;`
 * would be escaped a second time by XML tools that re-serialise the text (@astrojs/rss does).
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch]!);
}

/**
 * Serialises a value as JSON that is safe inside a `<script>` element: `<` becomes `\u003c`, so
 * no string can close the element (`</script>`) or open a comment, and U+2028/2029 are escaped for
 * old parsers.
 */
export function serializeJsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
