/** The text alternative of a card (`og:image:alt`): what the card shows, in words. */
import type { MeterReading } from '../meter.ts';

/** The two sentences of the site's dictionary the alternative is made of (`card.alt`, `card.altRating`). */
export interface CardAltWords {
  /** The whole text from the title and the verdict (each a sentence) and the ratings' list. */
  card: (vars: { title: string; verdict: string; ratings: string }) => string;
  /** One dimension's rating with its place on the scale. */
  rating: (vars: { dimension: string; rating: string; position: number; steps: number }) => string;
}

/** A text as a sentence: with a full stop unless it already ends with one, a question or an exclamation. */
const sentence = (text: string): string => (/[.!?…]["'”’»)]*$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * A brief card's alternative: its title, its verdict, then every dimension's rating with its place.
 * The title and the verdict come as sentences, so a title ending in `?` is not followed by a stop.
 */
export function briefCardAlt(title: string, reading: MeterReading, words: CardAltWords): string {
  const ratings = reading.rows
    .map((row) => words.rating({ dimension: row.label, rating: row.rating, position: row.index + 1, steps: row.steps }))
    .join('; ');
  return words.card({ title: sentence(title), verdict: sentence(reading.overall), ratings });
}
