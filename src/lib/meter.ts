/**
 * The Bias Meter's one shape, worked out once for every place it is drawn (the brief's verdict,
 * the full meter, cards, publisher pages, and search results built in the browser): each rating
 * is a strip of cells, one per step of its scale, best on the left and worst on the right, with the
 * rated cell drawn taller and filled. All strips of a size have the same width, so their ends line
 * up under one "best … worst" key. Pure: the Astro components and the browser code both draw from it.
 */
import { ratingLabel } from './scores.ts';

/** Where the shape is drawn: on a card or search result, in a brief's verdict, in the full meter. */
export type MeterSize = 'card' | 'summary' | 'full';

/** Pixel size of a strip; every scale, whatever its number of steps, fills the same width. */
export const METER_SIZES: Record<MeterSize, { width: number; height: number; gap: number }> = {
  card: { width: 76, height: 12, gap: 2 },
  summary: { width: 120, height: 18, gap: 3 },
  full: { width: 168, height: 22, gap: 4 },
};

/** One cell of a strip, in the strip's own pixels. */
export interface MeterCell {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The cell of the rating: drawn taller and filled, so it reads without colour. */
  rated: boolean;
}

/** How far toward the worst end a rating sits, for the shade of its mark: ink deepens toward worse. */
export type MeterBand = 'better' | 'middle' | 'worse';

export interface MeterShape {
  width: number;
  height: number;
  cells: MeterCell[];
  band: MeterBand;
}

/**
 * The cells of a strip for the rating at `index` (0 is best) of a scale with `steps` steps. The
 * other cells are shorter, centred and outlined with a 1 px line, drawn half a pixel inside their
 * box so the outline falls on whole pixels and stays crisp.
 */
export function meterShape(index: number, steps: number, size: MeterSize): MeterShape {
  const { width, height, gap } = METER_SIZES[size];
  const pitch = (width + gap) / steps;
  // Half the height, with the same parity, so the short cells centre exactly on the tall one.
  const half = Math.round(height * 0.5);
  const short = (height - half) % 2 === 0 ? half : half + 1;
  const cells = Array.from({ length: steps }, (_, i): MeterCell => {
    const x = Math.round(i * pitch);
    const right = Math.round((i + 1) * pitch) - gap;
    const rated = i === index;
    return rated
      ? { x, y: 0, width: right - x, height, rated }
      : { x: x + 0.5, y: Math.round((height - short) / 2) + 0.5, width: right - x - 1, height: short - 1, rated };
  });
  return { width, height, cells, band: meterBand(index, steps) };
}

/** Better third, middle, or worse third of the scale. */
export function meterBand(index: number, steps: number): MeterBand {
  const score = steps > 1 ? index / (steps - 1) : 0;
  if (score < 1 / 3) return 'better';
  if (score > 2 / 3) return 'worse';
  return 'middle';
}

/** One of a brief's ratings as resolved with its dimension (src/lib/resolveBrief.ts). */
export interface MeterRating {
  dimension: { id: string; label: string; scale: readonly string[] };
  rating: string;
  /** 1-based place on the scale: 1 is the best end. */
  position: number;
}

/** One dimension's rating, ready to draw and to read out. */
export interface MeterRow {
  /** The dimension's id; absent in a reading decoded from the search index. */
  id?: string;
  label: string;
  /** The rating as readers see it: `One-sided`. */
  rating: string;
  /** Position on the scale, 0 for the best. */
  index: number;
  steps: number;
}

/** A brief's meter: its overall verdict and one row per dimension, in the order of bias-meter.yaml. */
export interface MeterReading {
  overall: string;
  rows: MeterRow[];
}

/** A brief's verdict and its ratings (already in the Bias Meter's order), as the meter draws them. */
export function meterReading(overall: string, ratings: readonly MeterRating[]): MeterReading {
  return {
    overall,
    rows: ratings.map(({ dimension, rating, position }) => ({
      id: dimension.id,
      label: dimension.label,
      rating: ratingLabel(rating),
      index: position - 1,
      steps: dimension.scale.length,
    })),
  };
}

/**
 * The reading as one compact text for the search index (a result's `meter` field): JSON of the
 * verdict and `[label, rating, index, steps]` per row. About 130 bytes a brief, read only with the
 * result it belongs to, so it adds nothing to what a first search downloads.
 */
export function encodeMeter(reading: MeterReading): string {
  return JSON.stringify({ o: reading.overall, d: reading.rows.map((r) => [r.label, r.rating, r.index, r.steps]) });
}

const isRow = (value: unknown): value is [string, string, number, number] =>
  Array.isArray(value) &&
  value.length === 4 &&
  typeof value[0] === 'string' &&
  typeof value[1] === 'string' &&
  Number.isInteger(value[2]) &&
  Number.isInteger(value[3]) &&
  (value[3] as number) > 0 &&
  (value[2] as number) >= 0 &&
  (value[2] as number) < (value[3] as number);

/**
 * Reads a `meter` field back, or undefined when it is missing or not what `encodeMeter` writes (an
 * index built by another version): a result then shows without its meter rather than a wrong one.
 */
export function decodeMeter(text: string | undefined): MeterReading | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { o, d } = value as { o?: unknown; d?: unknown };
  if (typeof o !== 'string' || !Array.isArray(d) || !d.every(isRow)) return undefined;
  return {
    overall: o,
    rows: d.map(([label, rating, index, steps]) => ({ label, rating, index, steps })),
  };
}
