import sanitizeHtml from 'sanitize-html';

/** Tags a feed reader may show: text structure, tables and figures (no SVG: readers drop it). */
const ALLOWED_TAGS = [
  ...sanitizeHtml.defaults.allowedTags,
  'figure',
  'figcaption',
  'img',
  'section',
  'time',
  'del',
  'ins',
  'sup',
  'sub',
  'details',
  'summary',
];

/**
 * Makes rendered brief HTML safe and self-contained for feed readers: scripts, styles, canvases and
 * event handlers go; links and images become absolute against `baseUrl`; only http(s) and mailto
 * links survive.
 */
export function feedHtml(html: string, baseUrl: string): string {
  const absolute = (value: string): string => {
    try {
      return new URL(value, baseUrl).href;
    } catch {
      return value;
    }
  };
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: ['src', 'alt', 'width', 'height'],
      time: ['datetime'],
      th: ['scope', 'colspan', 'rowspan'],
      td: ['colspan', 'rowspan'],
      '*': ['id', 'lang'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    parser: { lowerCaseAttributeNames: false },
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: attribs['href'] ? { ...attribs, href: absolute(attribs['href']) } : attribs,
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: attribs['src'] ? { ...attribs, src: absolute(attribs['src']) } : attribs,
      }),
    },
  });
}
