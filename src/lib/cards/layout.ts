/**
 * The social card's layout: a pure function from what a card shows to satori's element tree (plain
 * `{ type, props }` objects, as satori reads React elements). Everything an editor wrote (title,
 * verdict, dimension labels, rating words) goes in as a text child, never as markup, so satori draws
 * `<script>` as the eight characters it is. The Bias Meter is the shape of src/lib/meter.ts, drawn
 * with boxes at twice the brief's `summary` size: best on the left, the rated cell taller and filled,
 * the rating's word beside it.
 */
import { meterShape, type MeterBand, type MeterRow } from '../meter.ts';

/** The size every platform takes (X, LinkedIn, Facebook, Mastodon, Slack): 1.91:1. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The faces the card is set in; the renderer loads their files under these names. */
export const CARD_FONTS = { serif: 'Source Serif 4', sans: 'Inter' } as const;

/** A node of satori's tree: an element or a text. */
export type CardNode = CardElement | string;

export interface CardElement {
  type: 'div' | 'img';
  props: {
    style: Record<string, string | number>;
    children?: CardNode[];
    src?: string;
    width?: number;
    height?: number;
  };
}

/** The site's light colours the card is drawn in (src/styles/tokens.css, with the site's customCss over it). */
export interface CardColours {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  meterStep: string;
  meterBetter: string;
  meterMiddle: string;
  meterWorse: string;
}

/** The interface words a card writes, from the site's dictionary. */
export interface CardWords {
  /** Heads the verdict: `Verdict`. */
  verdict: string;
  /** The meter's name: `Bias Meter`. */
  meter: string;
  /** The ends of every strip: `best`, `worst`. */
  best: string;
  worst: string;
}

/** The publication: its name, and its logo as a data URL when it has one. */
export interface CardSite {
  name: string;
  logo?: string | undefined;
}

/** A brief's card: its title, verdict and one row per dimension of the Bias Meter. */
export interface BriefCardInput {
  site: CardSite;
  title: string;
  verdict: string;
  rows: readonly Pick<MeterRow, 'label' | 'rating' | 'index' | 'steps'>[];
  words: CardWords;
  colours: CardColours;
}

/** The site's card, for every page that is not a brief: the name and the description. */
export interface SiteCardInput {
  site: CardSite;
  description: string;
  colours: CardColours;
}

const PADDING = 64;
const RULE = 12;
const PADDING_TOP = 40;
const PADDING_BOTTOM = 44;
const INNER_WIDTH = CARD_WIDTH - 2 * PADDING;
/** The strip's scale against src/lib/meter.ts's `summary` size (120 x 18). */
const STRIP_SCALE = 2;

const el = (
  type: CardElement['type'],
  style: CardElement['props']['style'],
  children: CardNode[] = [],
): CardElement => ({ type, props: { style, children } });

/** A text that stays on `lines` lines, ending with an ellipsis when it would need more. */
function clamped(text: string, lines: number, style: CardElement['props']['style']): CardElement {
  return el(
    'div',
    {
      display: 'block',
      lineClamp: lines,
      // One unbroken word longer than the line breaks inside itself rather than leaving the frame.
      wordBreak: 'break-word',
      overflow: 'hidden',
      ...style,
    },
    [text],
  );
}

/** A one-line text that ends with an ellipsis when it is wider than `width`. */
function oneLine(text: string, width: number, style: CardElement['props']['style']): CardElement {
  return el(
    'div',
    { display: 'block', width, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', ...style },
    [text],
  );
}

/** The header: the logo when the site has one, then the publication's name. */
function masthead(site: CardSite, colours: CardColours): CardElement {
  const logo: CardNode[] = site.logo
    ? [{ type: 'img', props: { src: site.logo, width: 48, height: 48, style: { marginRight: 18 } } }]
    : [];
  return el('div', { display: 'flex', alignItems: 'center', height: 48 }, [
    ...logo,
    oneLine(site.name, INNER_WIDTH - (site.logo ? 66 : 0), {
      fontFamily: CARD_FONTS.sans,
      fontWeight: 600,
      fontSize: 28,
      color: colours.text,
    }),
  ]);
}

const bandColour = (band: MeterBand, colours: CardColours): string =>
  band === 'better' ? colours.meterBetter : band === 'middle' ? colours.meterMiddle : colours.meterWorse;

/** One strip of the meter, as the site draws it (src/lib/meter.ts), in boxes. */
function strip(index: number, steps: number, colours: CardColours): CardElement {
  const shape = meterShape(index, steps, 'summary');
  const s = STRIP_SCALE;
  return el(
    'div',
    { display: 'flex', position: 'relative', width: shape.width * s, height: shape.height * s, flexShrink: 0 },
    shape.cells.map((cell) =>
      el('div', {
        position: 'absolute',
        left: Math.round(cell.x * s),
        top: Math.round(cell.y * s),
        width: Math.round(cell.width * s),
        height: Math.round(cell.height * s),
        borderRadius: 3,
        ...(cell.rated
          ? { backgroundColor: bandColour(shape.band, colours) }
          : { border: `2px solid ${colours.meterStep}`, backgroundColor: colours.surface }),
      }),
    ),
  );
}

const LABEL_WIDTH = 250;
const STRIP_WIDTH = 120 * STRIP_SCALE;
const WORD_WIDTH = 210;
const GAP = 24;

/** The meter: a key of the strips' ends, then one row per dimension (label, strip, rating word). */
function meter(input: BriefCardInput): CardElement {
  const { rows, words, colours } = input;
  // Up to four rows at the full size; more share the same height.
  const rowHeight = Math.min(48, Math.floor(192 / Math.max(rows.length, 1)));
  const fontSize = Math.min(24, rowHeight - 14);
  const small = { fontFamily: CARD_FONTS.sans, fontSize: 18, color: colours.muted };
  return el('div', { display: 'flex', flexDirection: 'column' }, [
    el('div', { display: 'flex', alignItems: 'flex-end', height: 30 }, [
      oneLine(words.meter, LABEL_WIDTH, { ...small, fontWeight: 600, textTransform: 'uppercase', letterSpacing: 1 }),
      el('div', { display: 'flex', justifyContent: 'space-between', width: STRIP_WIDTH, marginLeft: GAP }, [
        oneLine(words.best, STRIP_WIDTH / 2, small),
        oneLine(words.worst, STRIP_WIDTH / 2, { ...small, textAlign: 'right' }),
      ]),
    ]),
    ...rows.map((row) =>
      el('div', { display: 'flex', alignItems: 'center', height: rowHeight }, [
        oneLine(row.label, LABEL_WIDTH, { fontFamily: CARD_FONTS.sans, fontSize, color: colours.muted }),
        el('div', { display: 'flex', marginLeft: GAP }, [strip(row.index, row.steps, colours)]),
        oneLine(row.rating, WORD_WIDTH, {
          fontFamily: CARD_FONTS.sans,
          fontWeight: 600,
          fontSize,
          color: colours.text,
          marginLeft: GAP,
        }),
      ]),
    ),
  ]);
}

/** The frame every card shares: the page's colour, an accent rule on top, the masthead. */
function frame(site: CardSite, colours: CardColours, body: CardNode[]): CardElement {
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: colours.bg,
    },
    [
      el('div', { width: CARD_WIDTH, height: RULE, backgroundColor: colours.accent }),
      // Sized in full rather than padded, so no text can push the box past the frame. Only the texts
      // clip themselves: a clipped box becomes an SVG mask the size of the card, and resvg drew such
      // a card in about 300 ms instead of 25 ms.
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          width: INNER_WIDTH,
          height: CARD_HEIGHT - RULE - PADDING_TOP - PADDING_BOTTOM,
          marginTop: PADDING_TOP,
          marginLeft: PADDING,
        },
        [masthead(site, colours), ...body],
      ),
    ],
  );
}

/** A brief's card: masthead, title (three lines at most), verdict, and the meter. */
export function briefCardLayout(input: BriefCardInput): CardElement {
  const { colours, words } = input;
  return frame(input.site, colours, [
    clamped(input.title, 3, {
      fontFamily: CARD_FONTS.serif,
      fontWeight: 700,
      fontSize: 52,
      lineHeight: 1.15,
      color: colours.text,
      width: INNER_WIDTH,
      flexShrink: 0,
      marginTop: 22,
      maxHeight: Math.ceil(52 * 1.15 * 3) + 2,
    }),
    el('div', { display: 'flex', flexGrow: 1 }, []),
    el('div', { display: 'flex', alignItems: 'flex-end', borderTop: `2px solid ${colours.border}`, paddingTop: 18 }, [
      el('div', { display: 'flex', flexDirection: 'column', width: 270, marginRight: 36, flexShrink: 0 }, [
        oneLine(words.verdict, 270, {
          fontFamily: CARD_FONTS.sans,
          fontWeight: 600,
          fontSize: 18,
          color: colours.muted,
          textTransform: 'uppercase',
          letterSpacing: 1,
        }),
        clamped(input.verdict, 5, {
          fontFamily: CARD_FONTS.serif,
          fontWeight: 600,
          fontSize: 26,
          lineHeight: 1.2,
          color: colours.accent,
          width: 270,
          marginTop: 8,
          maxHeight: Math.ceil(26 * 1.2 * 5) + 2,
        }),
      ]),
      meter(input),
    ]),
  ]);
}

/** The site's card: masthead, then the description large. */
export function siteCardLayout(input: SiteCardInput): CardElement {
  const { colours } = input;
  return frame(input.site, colours, [
    el('div', { display: 'flex', flexGrow: 1, alignItems: 'center' }, [
      clamped(input.description, 4, {
        fontFamily: CARD_FONTS.serif,
        fontWeight: 600,
        fontSize: 56,
        lineHeight: 1.2,
        color: colours.text,
        width: INNER_WIDTH,
        maxHeight: Math.ceil(56 * 1.2 * 4) + 2,
      }),
    ]),
  ]);
}
