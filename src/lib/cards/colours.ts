/**
 * The card's colours from the site's stylesheets: the light scheme's custom properties of Assay's
 * tokens (src/styles/tokens.css), with those of the site's own customCss over them, so a card wears
 * the brand a reader sees on the site in its light scheme.
 */
import type { CardColours } from './layout.ts';

/** The custom properties each colour of the card is read from. */
const PROPERTIES: Record<keyof CardColours, string> = {
  bg: '--bg',
  surface: '--surface',
  text: '--text',
  muted: '--muted',
  border: '--border',
  accent: '--accent',
  meterStep: '--meter-step',
  meterBetter: '--meter-better',
  meterMiddle: '--meter-middle',
  meterWorse: '--meter-worse',
};

/**
 * The custom properties set to a plain colour (`#hex`, `rgb()`, a name) in a stylesheet's `:root`
 * rules outside any at-rule: the light scheme, not `@media (prefers-color-scheme: dark)`.
 */
export function lightCustomProperties(css: string): Map<string, string> {
  const found = new Map<string, string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let depth = 0;
  let atRule = 0;
  let selector = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') {
      const isAt = selector.trim().startsWith('@');
      if (isAt && atRule === 0) atRule = depth + 1;
      depth++;
      if (atRule === 0 && /^:root$/.test(selector.trim())) {
        const end = text.indexOf('}', i);
        for (const match of text.slice(i + 1, end).matchAll(/(--[\w-]+)\s*:\s*([^;{}]+)/g))
          found.set(match[1] ?? '', (match[2] ?? '').trim());
      }
      selector = '';
    } else if (char === '}') {
      depth--;
      if (atRule > depth) atRule = 0;
      selector = '';
    } else if (char === ';') selector = '';
    else selector += char;
  }
  return found;
}

const PLAIN_COLOUR = /^(#[0-9a-f]{3,8}|rgba?\([^()]*\)|hsla?\([^()]*\)|[a-z]+)$/i;

/** The card's colours from Assay's tokens and then the site's stylesheet, each a plain colour. */
export function cardColours(tokensCss: string, siteCss = ''): CardColours {
  const tokens = lightCustomProperties(tokensCss);
  const site = lightCustomProperties(siteCss);
  const colours = {} as CardColours;
  for (const [key, property] of Object.entries(PROPERTIES) as [keyof CardColours, string][]) {
    const own = site.get(property);
    const value = own !== undefined && PLAIN_COLOUR.test(own) ? own : tokens.get(property);
    if (value === undefined || !PLAIN_COLOUR.test(value))
      throw new Error(`Social cards: src/styles/tokens.css has no plain colour for ${property}`);
    colours[key] = value;
  }
  return colours;
}
