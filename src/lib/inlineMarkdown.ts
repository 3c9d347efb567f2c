/**
 * Inline Markdown from frontmatter (a correction's text, a rating change's reason) as safe HTML:
 * marked renders emphasis, code and links, then sanitize-html keeps only those elements and
 * http(s) links, and escapes any other markup an editor typed so it shows as text.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { escapeXml } from './escape.ts';

/** Raw HTML an editor typed is shown as the characters typed, never passed on as markup. */
const marked = new Marked({ gfm: true, renderer: { html: ({ text }) => escapeXml(text) } });

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['a', 'em', 'strong', 'code'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
};

/** `text` rendered as inline Markdown, with everything but emphasis, code and http(s) links escaped. */
export function inlineMarkdown(text: string): string {
  const html = marked.parseInline(text, { async: false });
  return sanitizeHtml(html, OPTIONS);
}

/** The entities sanitize-html writes, so plain text can be handed to JSON and feeds that escape it themselves. */
const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&amp;': '&',
};

/**
 * The same text as plain text, for JSON-LD, search and JSON Feed summaries: the safe HTML with its
 * few allowed elements unwrapped (everything else in it is already escaped text) and entities decoded.
 */
export function inlineMarkdownText(text: string): string {
  return inlineMarkdown(text)
    .replace(/<\/?(?:a|em|strong|code)\b[^>]*>/g, '')
    .replace(/&(?:lt|gt|quot|#39|apos|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}
