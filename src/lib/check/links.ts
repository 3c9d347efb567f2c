/**
 * Finds links in Markdown/MDX text whose scheme a reader should never follow
 * (`javascript:`, `data:`, `vbscript:`, `file:`…). Relative links, #anchors, http(s) and mailto pass.
 */

// `[text](target)`, where the target may hold one level of parentheses: `(javascript:alert(1))`.
const MARKDOWN_LINK = /\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)/g;
const HTML_ATTRIBUTE = /\b(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*([^"'\s>]+)/gi;
const REFERENCE_DEFINITION = /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm;
const AUTOLINK = /<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi;
const SAFE = /^(?:https?:|mailto:|\/|\.|#|\?)/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A link found in a body: its target and the offset where its syntax starts. */
export interface FoundLink {
  target: string;
  index: number;
}

/** Link targets in `body` with an unsafe scheme. */
export function unsafeLinks(body: string): FoundLink[] {
  const found: FoundLink[] = [];
  for (const pattern of [MARKDOWN_LINK, HTML_ATTRIBUTE, REFERENCE_DEFINITION, AUTOLINK]) {
    for (const match of body.matchAll(pattern)) {
      // Browsers ignore tabs, newlines and entity-encoded characters in schemes; so must we.
      const target = (match[1] ?? '').replace(/&#x?[0-9a-f]+;?|[\s\p{Cc}]/giu, '');
      if (!SAFE.test(target) && HAS_SCHEME.test(target)) found.push({ target: match[1] ?? '', index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
