/**
 * Fallback faces sized to the web fonts. Until Source Serif 4 and Inter arrive, text is set in a
 * font the reader already has; when that font's letters are wider or its lines taller, lines
 * rewrap as the web font swaps in and the page jumps (on a phone, a brief page shifted by 0.149
 * with DejaVu, against Google's 0.1 for a good page). Each fallback here is the local font scaled
 * (`size-adjust`) to the web font's average letter width, with the web font's ascent, descent and
 * line gap, so a line holds about as many words and is as tall in either.
 *
 * The figures are font metrics in font units, as @capsizecss/unpack reads them: `xWidthAvg` is the
 * average width of Latin letters weighted by how often they occur in text. The web fonts' figures
 * are checked against the Fontsource files by tests/unit/fontFallbacks.test.ts; the local fonts'
 * come from @capsizecss/metrics 4.3 (Georgia, Noto Serif, Arial, Roboto) and from DejaVu 2.37's
 * own files.
 */

export interface FontMetrics {
  familyName: string;
  ascent: number;
  /** Below the baseline, so negative. */
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  xWidthAvg: number;
}

/** A web font: the metrics of its Latin regular, and how much wider its bold text is set. */
export interface WebFont extends FontMetrics {
  /** The weight the site's bold text of this face is set at (base.css). */
  boldWeight: number;
  /** Width of text at `boldWeight` over its width at 400, measured in Chromium on one paragraph. */
  boldWidthRatio: number;
}

/** The Latin regular of each web font (weight axis at its default, 400). */
export const WEB_FONTS = {
  body: {
    familyName: 'Source Serif 4 Variable',
    ascent: 1036,
    descent: -335,
    lineGap: 0,
    unitsPerEm: 1000,
    xWidthAvg: 479,
    boldWeight: 650,
    boldWidthRatio: 1.024,
  },
  ui: {
    familyName: 'Inter Variable',
    ascent: 1984,
    descent: -494,
    lineGap: 0,
    unitsPerEm: 2048,
    xWidthAvg: 978,
    boldWeight: 600,
    boldWidthRatio: 1.02,
  },
} as const satisfies Record<string, WebFont>;

/**
 * An installed font, with the names `local()` can find its regular and its bold by (full name,
 * PostScript name), and its bold's average letter width: bold faces widen by 2-16%, the web fonts'
 * by 2%, so the bold is sized on its own.
 */
export interface LocalFont extends FontMetrics {
  localNames: readonly string[];
  boldNames: readonly string[];
  boldXWidthAvg: number;
}

/**
 * For each web font, the local fonts most readers have, first found first used: Georgia on
 * Windows and macOS, Noto Serif on Android, DejaVu Serif on most Linux desktops; Arial, Roboto and
 * DejaVu Sans likewise.
 */
export const LOCAL_FALLBACKS: Record<keyof typeof WEB_FONTS, readonly LocalFont[]> = {
  body: [
    {
      familyName: 'Georgia',
      localNames: ['Georgia'],
      boldNames: ['Georgia Bold', 'Georgia-Bold'],
      boldXWidthAvg: 1062,
      ascent: 1878,
      descent: -449,
      lineGap: 0,
      unitsPerEm: 2048,
      xWidthAvg: 913,
    },
    {
      familyName: 'Noto Serif',
      localNames: ['Noto Serif', 'NotoSerif-Regular'],
      boldNames: ['Noto Serif Bold', 'NotoSerif-Bold'],
      boldXWidthAvg: 512,
      ascent: 1069,
      descent: -293,
      lineGap: 0,
      unitsPerEm: 1000,
      xWidthAvg: 481,
    },
    {
      familyName: 'DejaVu Serif',
      localNames: ['DejaVu Serif', 'DejaVuSerif'],
      boldNames: ['DejaVu Serif Bold', 'DejaVuSerif-Bold'],
      boldXWidthAvg: 1168,
      ascent: 1901,
      descent: -483,
      lineGap: 0,
      unitsPerEm: 2048,
      xWidthAvg: 1058,
    },
  ],
  ui: [
    {
      familyName: 'Arial',
      localNames: ['Arial', 'ArialMT'],
      boldNames: ['Arial Bold', 'Arial-BoldMT'],
      boldXWidthAvg: 983,
      ascent: 1854,
      descent: -434,
      lineGap: 67,
      unitsPerEm: 2048,
      xWidthAvg: 913,
    },
    {
      familyName: 'Roboto',
      localNames: ['Roboto', 'Roboto-Regular'],
      boldNames: ['Roboto Bold', 'Roboto-Bold'],
      boldXWidthAvg: 926,
      ascent: 1900,
      descent: -500,
      lineGap: 0,
      unitsPerEm: 2048,
      xWidthAvg: 911,
    },
    {
      familyName: 'DejaVu Sans',
      localNames: ['DejaVu Sans', 'DejaVuSans'],
      boldNames: ['DejaVu Sans Bold', 'DejaVuSans-Bold'],
      boldXWidthAvg: 1176,
      ascent: 1901,
      descent: -483,
      lineGap: 0,
      unitsPerEm: 2048,
      xWidthAvg: 1041,
    },
  ],
};

/** The family name of `local` sized to `web`, as the font stacks in tokens.css list it. */
export function fallbackFamily(web: WebFont, local: LocalFont): string {
  return `${web.familyName.replace(/ Variable$/, '')} on ${local.familyName}`;
}

/** A ratio as a percentage to two places, without trailing zeros (as Prettier writes CSS numbers). */
const percent = (ratio: number): string => `${Number((ratio * 100).toFixed(2))}%`;

/**
 * The descriptors that make `local` take the room `web` takes: its letters scaled to the same
 * average width (bold to bold when `bold`), and the web font's vertical metrics given in the
 * scaled font's em.
 */
export function fallbackDescriptors(
  web: WebFont,
  local: LocalFont,
  bold = false,
): { sizeAdjust: string; ascentOverride: string; descentOverride: string; lineGapOverride: string } {
  const webWidth = (web.xWidthAvg / web.unitsPerEm) * (bold ? web.boldWidthRatio : 1);
  const localWidth = (bold ? local.boldXWidthAvg : local.xWidthAvg) / local.unitsPerEm;
  const scale = webWidth / localWidth;
  const inScaledEm = (units: number): string => percent(units / web.unitsPerEm / scale);
  return {
    sizeAdjust: percent(scale),
    ascentOverride: inScaledEm(web.ascent),
    descentOverride: inScaledEm(Math.abs(web.descent)),
    lineGapOverride: inScaledEm(web.lineGap),
  };
}

/**
 * Every fallback face, as the CSS of src/styles/font-fallbacks.css: for each local font its regular
 * up to weight 599 and its bold from 600 (the site's bold text is set at 600 and 650).
 */
export function fallbackFontFaces(): string {
  const faces = (Object.keys(WEB_FONTS) as (keyof typeof WEB_FONTS)[]).flatMap((role) =>
    LOCAL_FALLBACKS[role].flatMap((local) => {
      const web = WEB_FONTS[role];
      const face = (names: readonly string[], weights: string, bold: boolean): string => {
        const d = fallbackDescriptors(web, local, bold);
        return [
          '@font-face {',
          `  font-family: '${fallbackFamily(web, local)}';`,
          `  src: ${names.map((name) => `local('${name}')`).join(', ')};`,
          `  font-weight: ${weights};`,
          `  size-adjust: ${d.sizeAdjust};`,
          `  ascent-override: ${d.ascentOverride};`,
          `  descent-override: ${d.descentOverride};`,
          `  line-gap-override: ${d.lineGapOverride};`,
          '}',
        ].join('\n');
      };
      return [face(local.localNames, '100 599', false), face(local.boldNames, '600 900', true)];
    }),
  );
  return `${faces.join('\n')}\n`;
}
